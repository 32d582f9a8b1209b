/**
 * A formula as a user types it and as it is kept. In a ru_RU spreadsheet the UI takes «;» between arguments and
 * a decimal comma (`=СУММ(A1:A3; 2,5)`, `=BUDGET_TOTAL(A1:E7; 2024)`), while the file, Apps Script's
 * getFormula/setFormula and the formula engine keep one form whatever the locale: English function names, «,»
 * between arguments, «.» in numbers (`=SUM(A1:A3, 2.5)`). Excel does the same (its files always hold the English
 * form); for Sheets the stored form is what Range.getFormula() returns (unverified for every locale).
 *
 * `toStoredFormula` reads typed text (Russian or English names, either separator where it is unambiguous);
 * `toTypedFormula` shows a stored formula the way the locale types it, names left in English, which Sheets
 * accepts in every locale. Text in quotes and quoted sheet names are never changed.
 */

/** Excel's Russian names of the common functions (Sheets in a Russian spreadsheet accepts them; unverified). */
const RUSSIAN_NAMES: Record<string, string> = {
  СУММ: 'SUM',
  СУММЕСЛИ: 'SUMIF',
  СУММЕСЛИМН: 'SUMIFS',
  СУММПРОИЗВ: 'SUMPRODUCT',
  СРЗНАЧ: 'AVERAGE',
  СРЗНАЧЕСЛИ: 'AVERAGEIF',
  СРЗНАЧЕСЛИМН: 'AVERAGEIFS',
  СЧЁТ: 'COUNT',
  СЧЁТЗ: 'COUNTA',
  СЧЁТЕСЛИ: 'COUNTIF',
  СЧЁТЕСЛИМН: 'COUNTIFS',
  СЧИТАТЬПУСТОТЫ: 'COUNTBLANK',
  МИН: 'MIN',
  МАКС: 'MAX',
  МЕДИАНА: 'MEDIAN',
  ОКРУГЛ: 'ROUND',
  ОКРУГЛВВЕРХ: 'ROUNDUP',
  ОКРУГЛВНИЗ: 'ROUNDDOWN',
  ЦЕЛОЕ: 'INT',
  ОСТАТ: 'MOD',
  ПРОИЗВЕД: 'PRODUCT',
  СТЕПЕНЬ: 'POWER',
  КОРЕНЬ: 'SQRT',
  ЕСЛИ: 'IF',
  ЕСЛИОШИБКА: 'IFERROR',
  ЕСНД: 'IFNA',
  И: 'AND',
  ИЛИ: 'OR',
  НЕ: 'NOT',
  ЕПУСТО: 'ISBLANK',
  ЕЧИСЛО: 'ISNUMBER',
  ЕТЕКСТ: 'ISTEXT',
  ЕОШИБКА: 'ISERROR',
  СЕГОДНЯ: 'TODAY',
  ТДАТА: 'NOW',
  ДАТА: 'DATE',
  ГОД: 'YEAR',
  МЕСЯЦ: 'MONTH',
  ДЕНЬ: 'DAY',
  ВПР: 'VLOOKUP',
  ГПР: 'HLOOKUP',
  ИНДЕКС: 'INDEX',
  ПОИСКПОЗ: 'MATCH',
  СТРОКА: 'ROW',
  СТОЛБЕЦ: 'COLUMN',
  ЧСТРОК: 'ROWS',
  ЧИСЛСТОЛБ: 'COLUMNS',
  СЦЕПИТЬ: 'CONCATENATE',
  ТЕКСТ: 'TEXT',
  ДЛСТР: 'LEN',
  ЛЕВСИМВ: 'LEFT',
  ПРАВСИМВ: 'RIGHT',
  ПСТР: 'MID',
  СЖПРОБЕЛЫ: 'TRIM',
  ПРОПИСН: 'UPPER',
  СТРОЧН: 'LOWER',
  ПОДСТАВИТЬ: 'SUBSTITUTE',
  ЗНАЧЕН: 'VALUE',
  ТРАНСП: 'TRANSPOSE',
};

export type FormulaLocale = 'ru' | 'en';

/** Typed text of a formula (starting with «=») → the stored form. */
export function toStoredFormula(typed: string, locale: FormulaLocale): string {
  return rewrite(typed, (piece) => {
    if (piece.kind === 'name') return RUSSIAN_NAMES[piece.text.toUpperCase().replace(/^СЧЕТ/, 'СЧЁТ')] ?? piece.text;
    if (locale !== 'ru') return piece.text;
    if (piece.kind === 'separator') return ',';
    if (piece.kind === 'number') return piece.text.replace(',', '.');
    return piece.text;
  });
}

/** A stored formula → how a user of this locale types it (`=SUM(A1:A3; 2,5)` in ru). */
export function toTypedFormula(stored: string, locale: FormulaLocale): string {
  if (locale !== 'ru') return stored;
  return rewrite(
    stored,
    (piece) => {
      if (piece.kind === 'separator') return piece.text === ',' ? ';' : piece.text;
      if (piece.kind === 'number') return piece.text.replace('.', ',');
      return piece.text;
    },
    true,
  );
}

interface Piece {
  kind: 'text' | 'name' | 'separator' | 'number';
  text: string;
}

/**
 * Splits a formula into what may change (function names before «(», argument separators, numbers) and what may
 * not (strings, quoted sheet names, references, everything else), and joins it back through `change`.
 * `stored`: «.» is the only decimal point; otherwise a comma between digits is a decimal comma (`2,5`), and any
 * other «,» or «;» a separator.
 */
function rewrite(formula: string, change: (piece: Piece) => string, stored = false): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  const identifier = /[\p{L}\p{N}_.$]/u;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1]! : '';
    if (/\d/.test(ch) && !identifier.test(prev)) {
      const m = (stored ? /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/ : /^\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?/).exec(formula.slice(i))!;
      const after = formula[i + m[0].length] ?? '';
      if (!identifier.test(after) && after !== ':') {
        out += change({ kind: 'number', text: m[0] });
        i += m[0].length;
        continue;
      }
    }
    if (/\p{L}|_/u.test(ch) && !identifier.test(prev)) {
      const m = /^[\p{L}\p{N}_.]+/u.exec(formula.slice(i))!;
      const next = formula.slice(i + m[0].length).match(/^\s*\(/);
      out += next ? change({ kind: 'name', text: m[0] }) : m[0];
      i += m[0].length;
      continue;
    }
    if (ch === ';' || ch === ',') {
      out += change({ kind: 'separator', text: ch });
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
