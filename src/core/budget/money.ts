/**
 * Money cells as estimates write them, beyond a plain number: the unit inside the cell («85руб.»,
 * «- 115,5 тыс. руб.», «8 т. р.»), a remark after the amount («3323 (для малообеспеченных 0руб.)»,
 * «163 рубля в день»), an inline formula with its result («4 пачки x 140 руб. = 560 руб.»), a quantity that is
 * no money («- 50 чел.»), several numbers stacked in one cell (a total and its years: «396541 89517 95783»),
 * and lists of amounts, one per line. Also the formulas written into item names («(50 чел. х 14 дн. х 165 руб.)»,
 * «4 гранта по 15 т. руб.») and breakdowns in a cell («1 кв. - 8 т. р.\n2 кв. - 30 т. р.»).
 */
import { cellText, isFormulaError } from '../table/cell';
import { isNilAmount, MAX_AMOUNT, parseAmountUnit } from './amount';

/** Why an amount cell cannot be summed. */
export type AmountProblemCode = 'text' | 'formula-error' | 'formula-text' | 'date' | 'too-large' | 'other';

export interface AmountProblem {
  problem: AmountProblemCode;
  /** The cell's text as written. */
  text: string;
}

/** An amount cell: a number (dashes read as 0), null when blank, or a problem. */
export type Amount = number | null | AmountProblem;

/** An amount: `value` as written (roubles when `unit` is given: the unit's factor is applied). */
export interface MoneyAmount {
  kind: 'amount';
  value: number;
  /** The unit the cell names (roubles per unit), when it names one. */
  unit?: number;
  /** The words after the amount, kept: «(для малообеспеченных 163 рублей)». */
  remark?: string;
  /** The inline formula the amount is the result of («4 пачки x 140 руб. = 560 руб.»). */
  formula?: InlineFormula;
}

/** Several numbers in one cell («396541 89517 95783 102296 108945»): a total and its parts, as stored. */
export interface MoneyStack {
  kind: 'stack';
  values: number[];
}

/** One amount per line («560 руб.\n\n\n520 руб.»); `lines` keeps the cell's line numbers (blank lines too). */
export interface MoneyList {
  kind: 'list';
  lines: { line: number; money: MoneyAmount }[];
}

/** A count that is no money: «- 50 чел.», «- 14 дн.». */
export interface MoneyQuantity {
  kind: 'quantity';
  value: number;
  word: string;
}

export type MoneyRead = MoneyAmount | MoneyStack | MoneyList | MoneyQuantity | AmountProblem | null;

/** A product written in text: «50 чел. х 14 дн. х 165 руб.», «4 гранта по 15 т. руб.», «163 руб.х18 дней= 2934руб.». */
export interface InlineFormula {
  text: string;
  factors: number[];
  /** The product in roubles when a factor names money (its unit applied), else the bare product. */
  value: number;
  /** True when a factor names money: `value` is roubles. */
  money: boolean;
  /** The result written after «=», in roubles when it names money. */
  result?: number;
}

/** A number as estimates write them: «115,5», «1000-00» (roubles and kopecks after a dash). */
const NUM = String.raw`\d+(?:[.,]\d+|-\d{2}(?!\d))?`;
/** A unit word after a number: «чел.», «дн.», «руб.», «т. руб.», «пачки», «д/дней», «шт.» — never an operator alone. */
const WORD = String.raw`(?![xх×*](?:\s|\d|$))(?!по\s)[а-яёa-z/]+\.?`;
const WORDS = String.raw`(?:\s*${WORD}){0,3}`;
const OP = String.raw`\s*(?:[xх×*]|по(?=\s))\s*`;
const PRODUCT = new RegExp(String.raw`(${NUM})(${WORDS})((?:${OP}${NUM}${WORDS})+)(?:\s*=\s*(${NUM})(${WORDS}))?`, 'giu');
const TERM = new RegExp(String.raw`(${NUM})(${WORDS})`, 'iu');
/** «1 грант - 8 т. руб.»: a count, a dash, the amount for them. */
const COUNT_DASH = new RegExp(String.raw`^(\d+)\s+[а-яё]+\.?\s*[-–—]\s*(${NUM})(${WORDS})\s*[;,.]?$`, 'iu');
const QUANTITY_WORD =
  /^(?:чел|человек|дн|дней|день|дня|шт|штук|штуки|пач|пачк|км|л|литр|литров|кг|ед|мес|раз|час|ч|рейс|рейсов|кв|м|мест|групп|смен|экз|компл|усл)/;

function num(text: string): number {
  return Number(text.replace(',', '.').replace(/-(\d{2})$/, '.$1'));
}

/** The unit factor named by the words after a number: «руб.» 1, «т. руб.»/«тыс. руб.»/«т. р.» 1000, «млн» 1e6; null when no money. */
export function moneyFactor(words: string): number | null {
  const w = words.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  if (!w) return null;
  if (/млн|миллион/.test(w)) return 1e6;
  if (/(?:^|\s)(?:тыс|тысяч|т\.)/.test(w) && /р(?:уб|\.|$)|руб/.test(w)) return 1e3;
  if (/^т\.?$/.test(w)) return null;
  if (/^(?:руб|рубл|р\.|р$|₽)/.test(w)) return 1;
  return null;
}

/** Every product written in a text, with its result when one follows «=». */
export function inlineFormulas(text: string): InlineFormula[] {
  const out: InlineFormula[] = [];
  PRODUCT.lastIndex = 0;
  for (let m = PRODUCT.exec(text); m; m = PRODUCT.exec(text)) {
    const parts = [m[1]! + m[2]!, ...m[3]!.split(new RegExp(OP, 'iu')).filter((p) => p.trim())];
    const factors: number[] = [];
    let scale = 1;
    let money = false;
    for (const p of parts) {
      const t = TERM.exec(p.trim());
      if (!t) continue;
      factors.push(num(t[1]!));
      // «1000-00»: roubles and kopecks
      const f = /-\d{2}$/.test(t[1]!) ? 1 : moneyFactor(t[2]!);
      if (f !== null) {
        money = true;
        scale *= f;
      }
    }
    if (factors.length < 2) continue;
    const product = Math.round(factors.reduce((a, b) => a * b, 1) * scale * 1e6) / 1e6;
    const f: InlineFormula = { text: m[0]!.trim(), factors, value: product, money };
    if (m[4] !== undefined) {
      const rf = /-\d{2}$/.test(m[4]) ? 1 : moneyFactor(m[5] ?? '');
      f.result = Math.round(num(m[4]) * (rf ?? 1) * 1e6) / 1e6;
      if (rf !== null) f.money = true;
    }
    out.push(f);
  }
  return out;
}

/**
 * What the lines of an item name add up to, in roubles: each line holding a product («4 гранта по 15 т. руб.») or a
 * count with its amount («1 грант - 8 т. руб.»); null when no line is money arithmetic.
 */
export function itemArithmetic(text: string): { value: number; lines: string[] } | null {
  let value = 0;
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const products = inlineFormulas(line).filter((f) => f.money && f.result === undefined);
    if (products.length === 1) {
      value += products[0]!.value;
      lines.push(products[0]!.text);
      continue;
    }
    const d = COUNT_DASH.exec(line);
    const f = d ? moneyFactor(d[3]!) : null;
    if (d && f !== null) {
      value += num(d[2]!) * f;
      lines.push(line);
    }
  }
  return lines.length ? { value: Math.round(value * 1e6) / 1e6, lines } : null;
}

/** «1 кв. - 8 т. р.»: a short label, a dash or colon, an amount with its unit. */
const PART_LINE = new RegExp(String.raw`^(.{1,24}?)\s*[-–—:]\s*(${NUM})(${WORDS})\s*[;,.]?$`, 'iu');

/** A cell that breaks an amount down, one part per line («1 кв. - 8 т. р.\n2 кв. - 30 т. р.»): the parts in roubles when they name money. */
export function breakdownCell(v: unknown): { parts: { label: string; value: number }[]; money: boolean } | null {
  if (typeof v !== 'string') return null;
  const lines = cellText(v)
    .split('\n')
    .filter((l) => l.trim());
  if (!lines.length) return null;
  const parts: { label: string; value: number }[] = [];
  let money = true;
  for (const line of lines) {
    const m = PART_LINE.exec(line.trim());
    if (!m || !/\p{L}/u.test(m[1]!)) return null;
    const f = moneyFactor(m[3]!);
    if (f === null) money = false;
    parts.push({ label: m[1]!.trim(), value: num(m[2]!) * (f ?? 1) });
  }
  return { parts, money };
}

const STACK = /^\d+(?:[ \t\n]+\d+)+$/;
const LETTER_FIRST = /^\p{L}/u;

/** Reads one money cell (see the module's note); null for a blank cell. */
export function readMoney(v: unknown): MoneyRead {
  const m = readMoneyAsWritten(v);
  // 1e308 and its like are refused: summed, they give Infinity and NaN (MAX_AMOUNT: 15 digits, every ruble exact)
  if (m && 'kind' in m && m.kind === 'amount' && !(Math.abs(m.value) < MAX_AMOUNT)) return { problem: 'too-large', text: cellText(v) };
  return m;
}

function readMoneyAsWritten(v: unknown): MoneyRead {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'amount', value: v } : { problem: 'too-large', text: String(v) };
  if (Object.prototype.toString.call(v) === '[object Date]') return { problem: 'date', text: cellText(v) };
  if (typeof v !== 'string') return { problem: 'other', text: cellText(v) };
  const t = cellText(v);
  if (t === '') return null;
  // text that opens with a letter and holds no «=» is no amount, on any of its lines (moneyLine and parseAmountUnit
  // need a number, a sign or a list dash first, or a result after «=»): the usual item or source cell, told at once
  if (LETTER_FIRST.test(t) && !t.includes('=')) return { problem: 'text', text: t };
  if (isFormulaError(t)) return { problem: 'formula-error', text: t };
  if (t.startsWith('=')) return { problem: 'formula-text', text: t };
  if (isNilAmount(t)) return { kind: 'amount', value: 0 };
  if (t.includes('\n')) {
    if (STACK.test(t)) return { kind: 'stack', values: t.split(/\s+/).map(Number) };
    const list = moneyLines(v);
    if (list) return list;
    return { problem: 'text', text: t };
  }
  return (
    moneyLine(t) ??
    (STACK.test(t) && !parseAmountUnit(t).ok ? { kind: 'stack', values: t.split(/\s+/).map(Number) } : { problem: 'text', text: t })
  );
}

/** One line of money text; null when it is none. */
function moneyLine(line: string): MoneyAmount | MoneyQuantity | null {
  const t = line
    .trim()
    .replace(/[;,:]+$/, '')
    .trim();
  if (!t) return null;
  const eq = t.lastIndexOf('=');
  if (eq > 0) {
    const formulas = inlineFormulas(t);
    const result = moneyLine(t.slice(eq + 1));
    if (result && result.kind === 'amount') {
      const f = formulas.find((x) => x.result !== undefined);
      return f ? { ...result, formula: f } : result;
    }
  }
  const plain = parseAmountUnit(t);
  if (plain.ok)
    return plain.unit !== undefined ? { kind: 'amount', value: plain.value, unit: plain.unit } : { kind: 'amount', value: plain.value };
  // an amount, then a remark: «85руб. (для малообеспеченных 163 рублей)», «163 рубля в день», «- 50 чел.»
  const m =
    /^(?:[-–—]\s+)?(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*((?:тыс\.?|тысяч[аи]?|т\.|млн\.?)\s*)?((?:руб(?:лей|ля|ль)?|р)\.?)?(?=[\s(]|$)\s*(.*)$/iu.exec(
      t,
    );
  if (!m) return null;
  const rest = m[4]!.trim();
  const value = num(m[1]!.replace(/[ \u00a0]/g, ''));
  if (!m[2] && !m[3]) {
    const word = /^([а-яё]+)\.?/iu.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (word && QUANTITY_WORD.test(word) && !/^руб|^р$/.test(word)) return { kind: 'quantity', value, word };
    // a bare number followed by words is money only when a remark follows in brackets («78 (для …)»)
    if (!rest.startsWith('(')) return null;
  }
  const unit = m[2] ? (/млн/i.test(m[2]) ? 1e6 : 1e3) : m[3] ? 1 : undefined;
  const out: MoneyAmount = { kind: 'amount', value: unit !== undefined ? Math.round(value * unit * 100) / 100 : value };
  if (unit !== undefined) out.unit = unit;
  if (rest) out.remark = rest;
  return out;
}

/** A cell of amounts one per line (blank lines kept in the numbering, as they align the amounts with the items). */
function moneyLines(v: string): MoneyList | null {
  const raw = v.replace(/\r\n?/g, '\n').split('\n');
  const lines: MoneyList['lines'] = [];
  let filled = 0;
  raw.forEach((l, i) => {
    if (!l.trim()) return;
    filled++;
    const m = moneyLine(l);
    if (m && m.kind === 'amount') lines.push({ line: i, money: m });
  });
  return lines.length >= 2 && lines.length === filled ? { kind: 'list', lines } : null;
}

/** The value of an amount in a table's unit (roubles per unit): a cell naming its own unit is converted. */
export function inUnit(m: MoneyAmount, factor: number): number {
  return m.unit !== undefined ? Math.round((m.value / factor) * 1e6) / 1e6 : m.value;
}
