/** Every user-facing text of the budget job, Russian first, English second. */
import type { Lang } from '../i18n/lang';
import { pluralRu } from '../i18n/plural';

export { pluralRu };

/** An amount as people write it: «230 000», «1 234,5» (en: «230,000», «1,234.5»); at most two decimals. */
export function formatAmount(n: number, lang: Lang = 'ru'): string {
  if (!Number.isFinite(n)) return String(n);
  // toFixed writes 1e+21 and above in exponent form: whole rubles then (no kopecks are exact there anyway)
  if (Math.abs(n) >= 1e21)
    return `${n < 0 ? '-' : ''}${BigInt(Math.round(Math.abs(n)))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : ' ')}`;
  const rounded = Math.round(n * 100) / 100;
  const sign = rounded < 0 ? '-' : '';
  const [whole, frac] = Math.abs(rounded).toFixed(2).split('.') as [string, string];
  const group = lang === 'en' ? ',' : ' ';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const f = frac.replace(/0+$/, '');
  return `${sign}${grouped}${f ? (lang === 'en' ? '.' : ',') + f : ''}`;
}

/** Long item texts shortened for a message: «Участие в семинарах, курсовой подготовке…». */
export function shortText(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Ends a sentence with one period, also after an abbreviation («руб.»). */
function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

type N = number;
type S = string;

const ru = {
  unit: { rub: 'руб.', thousand: 'тыс. руб.', million: 'млн руб.' },
  totalColumn: 'Всего',
  where: {
    /** «Итого (Бюджетные средства ОО), 2024 год» */
    cell: (item: S, source: S | undefined, year: S) => `«${shortText(item)}»${source ? ` (${shortText(source, 40)})` : ''}, ${year}`,
    row: (item: S, source: S | undefined) => `«${shortText(item)}»${source ? ` (${shortText(source, 40)})` : ''}`,
  },
  figures: (expected: S, found: S, diff: S) => `ожидалось ${expected}, указано ${found}, разница ${diff}`,
  checks: {
    rowTotal: (where: S, figures: S) => `${where}: «Всего» не равно сумме по годам — ${figures}.`,
    rowTotalHint: 'Исправьте «Всего» или суммы по годам.',
    rowTotalMissing: (where: S, expected: S) => `${where}: «Всего» не заполнено, сумма по годам ${expected}.`,
    totalMismatch: (where: S, figures: S, count: N) =>
      `${where}: итог не равен сумме ${count} ${pluralRu(count, 'строки', 'строк', 'строк')} выше — ${figures}.`,
    totalMismatchBelow: (where: S, figures: S, count: N) =>
      `${where}: итог не равен сумме ${count} ${pluralRu(count, 'строки', 'строк', 'строк')} ниже — ${figures}.`,
    totalMismatchHint: 'Пересчитайте итог или найдите строку с ошибкой.',
    totalUnchecked: (where: S) => `${where}: итог не проверен — в строках, которые он суммирует, есть ячейки не с числами.`,
    totalSourceUnknown: (where: S, source: S) => `${where}: источник «${source}» не встречается в строках таблицы.`,
    totalSourceUnknownHint: 'Проверьте, совпадает ли название источника в итоге и в строках.',
    doubledTotal: (what: S, figures: S) => `Число рядом с таблицей (${what}) похоже на задвоенный итог — ${figures}.`,
    doubledTotalHint: 'Возможно, в сумму попала строка «Итого». Исключите её из формулы.',
    strayTotal: (what: S, figures: S) => `Число рядом с таблицей (${what}) похоже на итог, но не равно сумме — ${figures}.`,
    strayTotalHint: 'Проверьте формулу этой ячейки.',
    yearImplausible: (label: S) => `Заголовок «${label}» не похож на год.`,
    yearImplausibleHint: 'Проверьте год в заголовке столбца.',
    yearRepeat: (label: S) => `Год «${label}» повторяется в заголовке.`,
    yearGap: (prev: S, next: S, missing: N[]) =>
      `Между «${prev}» и «${next}» ${missing.length === 1 ? `пропущен ${missing[0]} год` : `пропущены ${missing.join(', ')} годы`}.`,
    yearOrder: (prev: S, next: S) => `Год «${next}» стоит после «${prev}»: годы идут не по порядку.`,
    academicSequence: (prev: S, next: S) => `Учебный год «${next}» не следует за «${prev}».`,
    numberGap: (prev: S, next: S) => `После номера ${prev} идёт ${next}: номер пропущен.`,
    numberRepeat: (n: S) => `Номер ${n} повторяется.`,
    amountText: (where: S, text: S) => `${where}: вместо суммы текст «${shortText(text, 40)}».`,
    amountTooLarge: (where: S, text: S) =>
      `${where}: число ${shortText(text, 40)} слишком большое для суммы (больше 15 цифр) — такие не складываются без потерь.`,
    amountTextHint: 'Впишите сумму числом; если суммы нет — оставьте ячейку пустой или поставьте «-».',
    formulaError: (where: S, text: S) => `${where}: ошибка формулы ${text}.`,
    formulaErrorHint: 'Исправьте формулу или замените её числом.',
    formulaText: (where: S, text: S) => `${where}: формула «${shortText(text, 40)}» записана как текст и не вычисляется.`,
    negative: (where: S, value: S) => `${where}: отрицательная сумма ${value}.`,
    noItem: 'Суммы есть, а статья затрат не указана.',
    emptyTable: (count: N) => `Таблица бюджета без строк: под ${count === 1 ? 'заголовком' : 'заголовками'} нет ни одной статьи.`,
    noTotals: 'В таблице нет строки «Итого» — проверять итоги не с чем.',
    yearTypo: (label: S, year: N) => `Заголовок «${label}» — вероятно, опечатка в годе ${year}: столбец прочитан как ${year} год.`,
    yearTypoHint: 'Исправьте год в заголовке столбца.',
    yearTitle: (header: N, title: S) =>
      `В заголовке суммы ${header} год, а в названии документа — ${title}: проверьте, за какой год смета.`,
    noYear: 'Год таблицы не указан ни в заголовке, ни в названии: укажите его в форме «Столбцы» (поле «Год») или флагом --year.',
    noUnit:
      'Единица сумм не указана (ни «руб.», ни «тыс. руб.»): суммы прочитаны как рубли. Укажите единицу в форме «Столбцы» (поле «Единица») или флагом --unit.',
    columnNumbering: (doubled: N[], missing: N[]) =>
      `Строка номеров столбцов пропущена при чтении; в ней ${[
        doubled.length ? `${doubled.length === 1 ? 'повторяется номер' : 'повторяются номера'} ${doubled.join(' и ')}` : '',
        missing.length ? `${missing.length === 1 ? 'пропущен номер' : 'пропущены номера'} ${missing.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    formulaAmount: (where: S, formula: S, figures: S) => `${where}: расчёт «${shortText(formula, 50)}» даёт другую сумму — ${figures}.`,
    formulaResult: (where: S, formula: S, figures: S) => `${where}: в расчёте «${shortText(formula, 50)}» неверен итог — ${figures}.`,
    formulaHint: 'Проверьте множители расчёта и сумму.',
    partsAmount: (where: S, parts: S, figures: S) => `${where}: части суммы (${shortText(parts, 40)}) не складываются в неё — ${figures}.`,
    partsExceed: (where: S, figures: S, count: N) =>
      `${where}: ${count} ${pluralRu(count, 'строка', 'строки', 'строк')} «в том числе» в сумме больше самой суммы — ${figures}.`,
    product: (where: S, figures: S) => `${where}: количество × цена не равно сумме строки — ${figures}.`,
    textSum: (text: S, figures: S) => `Сумма «${shortText(text, 60)}» записана неверно — ${figures}.`,
    totalNearest: (where: S, rows: S, cell: S, figures: S) =>
      `${where}: итог не равен сумме строк (${rows}); ближе всего к нему сумма ${cell} — ${figures}.`,
  },
  errors: {
    noTable:
      'Таблица бюджета не найдена: нужны статьи и суммы: столбцы по годам («2023 год», «2021/2022») или один столбец «Сумма» («Итого», «руб.» в ячейках тоже читаются); если таблица есть, укажите строку заголовков и столбцы в форме «Столбцы».',
    badBy: (by: S) => `Неизвестный способ свода «${by}». Допустимо: «год», «источник», «год и источник», «статья».`,
    badYear: (text: S) => `«${text}» не похоже на год. Пример: 2024, «2024 год», «2021/2022».`,
    yearNotFound: (year: S, years: S) => `Года «${year}» нет в таблице. Есть: ${years}.`,
    sourceNotFound: (source: S, sources: S) => `Источника «${source}» нет в таблице. Есть: ${sources || 'столбец источников не найден'}.`,
    itemNotFound: (item: S) => `Статьи «${item}» нет в таблице.`,
    patternTooLong: (pattern: S, max: N) => `Шаблон «${pattern}» слишком длинный: не больше ${max} знаков, кроме «*» (как в СУММЕСЛИМН).`,
    andMore: (n: N) => `и ещё ${n}`,
    notFinite: (cell: S, text: S) => `Сумма не посчитана: в ячейке ${cell} число ${shortText(text, 40)} слишком большое (больше 15 цифр).`,
    notSummable: (cell: S, text: S) => `Сумма не посчитана: в ячейке ${cell} «${shortText(text, 40)}» вместо числа.`,
    noTables: 'Не выбрано ни одной таблицы бюджета.',
  },
  fn: {
    noErrors: 'Ошибок нет',
    header: ['Ячейка', 'Проблема'],
  },
  rollup: {
    year: 'Год',
    source: 'Источник финансирования',
    item: 'Статья затрат',
    sum: (unit: S) => `Сумма, ${unit}`,
    total: 'Всего',
    grandTotal: 'Итого',
    noSource: '(источник не указан)',
    noItem: '(статья не указана)',
    noYear: '(год не указан)',
  },
  /** The column form's field names (the same words in the CLI's --columns). */
  fields: { number: '№', item: 'Статья', source: 'Источник', total: 'Сумма', quantity: 'Количество', price: 'Цена' },
  form: {
    columns: 'Столбцы',
    year: 'Год',
    yearHint: 'если в таблице нет столбцов по годам',
    unit: 'Единица',
    unitAuto: '— как в таблице —',
    save: 'Запомнить для листа',
    reset: 'Сбросить',
    saved: (sheet: S) => `Выбор для листа «${sheet}» запомнен.`,
    cleared: (sheet: S) => `Выбор для листа «${sheet}» сброшен: таблица читается сама.`,
    badUnit: (text: S) => `«${text}» — не единица сумм: «руб.», «тыс. руб.» или «млн руб.».`,
    notOnSheet: (sheet: S) => `На листе «${sheet}» с этим выбором таблица бюджета не найдена: проверьте строку заголовков и столбцы.`,
  },
  consolidate: {
    sheetName: 'Бюджет — свод',
    title: (unit: S, tables: N) =>
      `Бюджет — свод, ${unit} (${tables} ${pluralRu(tables, 'таблица', 'таблицы', 'таблиц')}). Лист собран надстройкой «Кластер» и перестраивается заново.`,
    itemHeader: 'Статья затрат',
    sourceHeader: 'Источник финансирования',
    total: 'Всего',
    subtotal: 'Итого',
    grandTotal: 'Всего по всем источникам',
    chartBlock: 'Для диаграммы: по годам и источникам',
    chartTitle: (unit: S) => `Бюджет по годам и источникам, ${unit}`,
    yearHeader: 'Год',
    sourcesHeader: 'Откуда взяты данные',
    sourceLine: (range: S, unit: S, items: N) => `${range} — ${items} ${pluralRu(items, 'строка', 'строки', 'строк')}, ${unit}`,
    noteSum: (count: N, cells: S) => `Сумма ${count} ${pluralRu(count, 'ячейки', 'ячеек', 'ячеек')}: ${cells}`,
    noteTooLong: 'Формула была бы длиннее 50 000 знаков, поэтому записано значение.',
    noteText: (cells: S) => `Текст, прочитанный как число: ${cells}`,
    noteSkipped: (cells: S) => `Не учтено (не число): ${cells}`,
    noteMore: (n: N) => `и ещё ${n} ${pluralRu(n, 'ячейка', 'ячейки', 'ячеек')}`,
    converted: (sheet: S, from: S, to: S) => sentence(`Лист «${sheet}»: суммы в ${from} пересчитаны в ${to}`),
    skipped: (cell: S, text: S) => `Ячейка ${cell} («${shortText(text, 30)}») не число и не учтена в своде.`,
  },
  summary: (errors: N, warnings: N) =>
    errors + warnings === 0
      ? 'Ошибок нет'
      : [
          errors ? `${errors} ${pluralRu(errors, 'ошибка', 'ошибки', 'ошибок')}` : '',
          warnings ? `${warnings} ${pluralRu(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}` : '',
        ]
          .filter(Boolean)
          .join(', '),
  tablesFound: (n: N) => `${pluralRu(n, 'Найдена', 'Найдены', 'Найдено')} ${n} ${pluralRu(n, 'таблица', 'таблицы', 'таблиц')} бюджета`,
  about:
    'Бюджеты: проверка таблиц (итоги, «Всего», годы), отметки на ячейках, свод по школам с диаграммой, функции BUDGET_CHECK, BUDGET_ROLLUP, BUDGET_TOTAL и RUB.',
  menu: { sidebar: 'Бюджет…', consolidate: 'Свести бюджеты' },
  sidebarTitle: 'Бюджет',
  server: {
    noTablesOn: (sheet: S) =>
      `На листе «${sheet}» не найдена таблица бюджета: нужны статьи и суммы: столбцы по годам («2023 год», «2021/2022») или один столбец «Сумма» («Итого», «руб.» в ячейках тоже читаются); если таблица есть, укажите строку заголовков и столбцы в форме «Столбцы».`,
    noTablesAnywhere:
      'Ни на одном листе не найдена таблица бюджета: нужны статьи и суммы: столбцы по годам («2023 год», «2021/2022») или один столбец «Сумма» («Итого», «руб.» в ячейках тоже читаются); если таблица есть, укажите строку заголовков и столбцы в форме «Столбцы».',
    summarySheet: 'Лист «Бюджет — свод» собран надстройкой и в своде не участвует.',
    consolidated: (tables: N, sheets: N, sheet: S) =>
      `Свод «${sheet}» собран: ${tables} ${pluralRu(tables, 'таблица', 'таблицы', 'таблиц')} с ${sheets} ${pluralRu(sheets, 'листа', 'листов', 'листов')}.`,
    marked: (n: N, sheet: S) =>
      n === 0
        ? `На листе «${sheet}» отмечать нечего: ошибок нет.`
        : `На листе «${sheet}» ${pluralRu(n, 'отмечена', 'отмечены', 'отмечено')} ${n} ${pluralRu(n, 'ячейка', 'ячейки', 'ячеек')} (заливка и примечание).`,
    markedMore: (shown: N, total: N) => `Отмечены первые ${shown} из ${total}.`,
    unmarked: (n: N, sheet: S) =>
      n === 0
        ? `На листе «${sheet}» отметок Кластера нет.`
        : `С листа «${sheet}» сняты отметки: ${n} ${pluralRu(n, 'ячейка', 'ячейки', 'ячеек')}.`,
    keptChanged: (n: N) =>
      `${n} ${pluralRu(n, 'ячейку', 'ячейки', 'ячеек')} вы изменили после отметки — их заливка или примечание оставлены как есть.`,
    notePrefix: 'Кластер:',
    mergedHeader: (ranges: S) =>
      `В таблице есть объединённые ячейки (${ranges}): таблица прочитана так, будто значение стоит в первой ячейке объединения.`,
  },
  sidebar: {
    scope: 'Где искать',
    activeSheet: 'Активный лист',
    allSheets: 'Все листы',
    sheet: 'Лист',
    refresh: 'Найти таблицы',
    tables: 'Найденные таблицы',
    findings: 'Замечания',
    noFindings: 'Ошибок нет.',
    severity: { error: 'ошибка', warning: 'внимание', info: 'сведения' },
    mark: 'Отметить ошибки на листе',
    unmark: 'Убрать отметки',
    consolidateTitle: 'Свод',
    consolidateHint: 'Отметьте листы, таблицы которых войдут в свод «Бюджет — свод».',
    consolidate: 'Свести',
    loading: 'Загрузка…',
    scanning: 'Ищу таблицы бюджета…',
    marking: 'Отмечаю ячейки…',
    unmarking: 'Убираю отметки…',
    consolidating: (n: N) => `Свожу ${n} ${pluralRu(n, 'лист', 'листа', 'листов')}…`,
    noneChosen: 'Не выбран ни один лист для свода.',
    noTables: 'Таблиц бюджета не найдено.',
    table: (sheet: S, range: S) => `«${sheet}», ${range}`,
    tableInfo: (items: N, years: S, unit: S) => `${items} ${pluralRu(items, 'статья', 'статьи', 'статей')}; годы: ${years}; ${unit}`,
    shown: (n: N) => `(показаны первые ${n})`,
  },
};

export type BudgetMessages = typeof ru;

const en: BudgetMessages = {
  unit: { rub: 'RUB', thousand: 'thousand RUB', million: 'million RUB' },
  totalColumn: 'Total',
  where: {
    cell: (item, source, year) => `“${shortText(item)}”${source ? ` (${shortText(source, 40)})` : ''}, ${year}`,
    row: (item, source) => `“${shortText(item)}”${source ? ` (${shortText(source, 40)})` : ''}`,
  },
  figures: (expected, found, diff) => `expected ${expected}, found ${found}, difference ${diff}`,
  checks: {
    rowTotal: (where, figures) => `${where}: «Всего» is not the sum of the years — ${figures}.`,
    rowTotalHint: 'Correct «Всего» or the yearly amounts.',
    rowTotalMissing: (where, expected) => `${where}: «Всего» is empty; the years add up to ${expected}.`,
    totalMismatch: (where, figures, count) =>
      `${where}: the total is not the sum of the ${count} ${count === 1 ? 'row' : 'rows'} above — ${figures}.`,
    totalMismatchBelow: (where, figures, count) =>
      `${where}: the total is not the sum of the ${count} ${count === 1 ? 'row' : 'rows'} below — ${figures}.`,
    totalMismatchHint: 'Recalculate the total or find the wrong row.',
    totalUnchecked: (where) => `${where}: total not checked — some rows it adds up hold no number.`,
    totalSourceUnknown: (where, source) => `${where}: the source “${source}” appears in no row of the table.`,
    totalSourceUnknownHint: 'Check that the source is named the same in the total and in the rows.',
    doubledTotal: (what, figures) => `The number next to the table (${what}) looks like a doubled total — ${figures}.`,
    doubledTotalHint: 'The «Итого» row may have been added into the sum. Leave it out of the formula.',
    strayTotal: (what, figures) => `The number next to the table (${what}) looks like a total but is not the sum — ${figures}.`,
    strayTotalHint: 'Check this cell’s formula.',
    yearImplausible: (label) => `The header “${label}” is not a plausible year.`,
    yearImplausibleHint: 'Check the year in the column header.',
    yearRepeat: (label) => `The year “${label}” appears twice in the header.`,
    yearGap: (prev, next, missing) =>
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing between “${prev}” and “${next}”.`,
    yearOrder: (prev, next) => `The year “${next}” comes after “${prev}”: the years are out of order.`,
    academicSequence: (prev, next) => `The school year “${next}” does not follow “${prev}”.`,
    numberGap: (prev, next) => `Number ${prev} is followed by ${next}: a number is missing.`,
    numberRepeat: (n) => `Number ${n} appears twice.`,
    amountText: (where, text) => `${where}: text “${shortText(text, 40)}” instead of an amount.`,
    amountTooLarge: (where, text) =>
      `${where}: the number ${shortText(text, 40)} is too large for an amount (more than 15 digits) and cannot be summed exactly.`,
    amountTextHint: 'Enter the amount as a number; if there is none, leave the cell empty or put “-”.',
    formulaError: (where, text) => `${where}: formula error ${text}.`,
    formulaErrorHint: 'Fix the formula or replace it with a number.',
    formulaText: (where, text) => `${where}: the formula “${shortText(text, 40)}” is stored as text and is not calculated.`,
    negative: (where, value) => `${where}: negative amount ${value}.`,
    noItem: 'Amounts without a cost item.',
    emptyTable: () => 'A budget table without rows: no cost item under the header.',
    noTotals: 'The table has no «Итого» row — no totals to check.',
    yearTypo: (label, year) => `The header “${label}” is most likely a typo for ${year}: the column is read as ${year}.`,
    yearTypoHint: 'Correct the year in the column header.',
    yearTitle: (header, title) => `The amount header says ${header}, the document’s title ${title}: check which year the estimate is for.`,
    noYear:
      'The table’s year is stated neither in its header nor in its title: give it in the «Columns» form (field «Year») or with --year.',
    noUnit:
      'The unit of the amounts is not stated (neither «руб.» nor «тыс. руб.»): they are read as roubles. Give the unit in the «Columns» form (field «Unit») or with --unit.',
    columnNumbering: (doubled, missing) =>
      `The row of column numbers is skipped; in it ${[
        doubled.length ? `${doubled.join(' and ')} ${doubled.length === 1 ? 'is' : 'are'} doubled` : '',
        missing.length ? `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing` : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    formulaAmount: (where, formula, figures) => `${where}: the calculation “${shortText(formula, 50)}” gives another amount — ${figures}.`,
    formulaResult: (where, formula, figures) => `${where}: the result of “${shortText(formula, 50)}” is wrong — ${figures}.`,
    formulaHint: 'Check the factors and the amount.',
    partsAmount: (where, parts, figures) => `${where}: the parts of the amount (${shortText(parts, 40)}) do not add up to it — ${figures}.`,
    partsExceed: (where, figures, count) =>
      `${where}: ${count} «в том числе» ${count === 1 ? 'row adds' : 'rows add'} up to more than the amount itself — ${figures}.`,
    product: (where, figures) => `${where}: quantity × price is not the row’s amount — ${figures}.`,
    textSum: (text, figures) => `The sum “${shortText(text, 60)}” is wrong — ${figures}.`,
    totalNearest: (where, rows, cell, figures) =>
      `${where}: the total is not the sum of the rows (${rows}); the nearest amount to it is ${cell} — ${figures}.`,
  },
  errors: {
    noTable:
      'No budget table found: it needs items and amounts: year columns («2023 год», «2021/2022») or one «Сумма» column; if there is a table, give its header row and columns in the «Columns» form.',
    badBy: (by) =>
      `Unknown rollup “${by}”. Use “year”, “source”, “year and source” or “item” (or «год», «источник», «год и источник», «статья»).`,
    badYear: (text) => `“${text}” is not a year. Example: 2024, “2024 год”, “2021/2022”.`,
    yearNotFound: (year, years) => `The table has no year “${year}”. It has: ${years}.`,
    sourceNotFound: (source, sources) => `The table has no source “${source}”. It has: ${sources || 'no source column found'}.`,
    itemNotFound: (item) => `The table has no item “${item}”.`,
    patternTooLong: (pattern, max) => `The pattern “${pattern}” is too long: at most ${max} characters besides “*” (as in SUMIFS).`,
    andMore: (n) => `and ${n} more`,
    notFinite: (cell, text) => `No sum: cell ${cell} holds ${shortText(text, 40)}, too large a number (more than 15 digits).`,
    notSummable: (cell, text) => `No sum: cell ${cell} holds “${shortText(text, 40)}” instead of a number.`,
    noTables: 'No budget table chosen.',
  },
  fn: {
    noErrors: 'No errors',
    header: ['Cell', 'Problem'],
  },
  rollup: {
    year: 'Year',
    source: 'Source of funding',
    item: 'Cost item',
    sum: (unit) => `Amount, ${unit}`,
    total: 'Total',
    grandTotal: 'Grand total',
    noSource: '(no source)',
    noItem: '(no item)',
    noYear: '(no year)',
  },
  fields: { number: 'No.', item: 'Cost item', source: 'Source', total: 'Amount', quantity: 'Quantity', price: 'Price' },
  form: {
    columns: 'Columns',
    year: 'Year',
    yearHint: 'when the table has no year columns',
    unit: 'Unit',
    unitAuto: '— as the table says —',
    save: 'Remember for the sheet',
    reset: 'Reset',
    saved: (sheet) => `The choice for “${sheet}” is remembered.`,
    cleared: (sheet) => `The choice for “${sheet}” is reset: the table is read by itself.`,
    badUnit: (text) => `“${text}” is not a unit of amounts: «руб.», «тыс. руб.» or «млн руб.».`,
    notOnSheet: (sheet) => `With this choice no budget table is found on “${sheet}”: check the header row and the columns.`,
  },
  consolidate: {
    sheetName: 'Бюджет — свод',
    title: (unit, tables) =>
      `Budget summary, ${unit} (${tables} ${tables === 1 ? 'table' : 'tables'}). Built by the Кластер add-on and rebuilt on every run.`,
    itemHeader: 'Cost item',
    sourceHeader: 'Source of funding',
    total: 'Total',
    subtotal: 'Subtotal',
    grandTotal: 'Total, all sources',
    chartBlock: 'For the chart: by year and source',
    chartTitle: (unit) => `Budget by year and source, ${unit}`,
    yearHeader: 'Year',
    sourcesHeader: 'Where the figures come from',
    sourceLine: (range, unit, items) => `${range} — ${items} ${items === 1 ? 'row' : 'rows'}, ${unit}`,
    noteSum: (count, cells) => `Sum of ${count} ${count === 1 ? 'cell' : 'cells'}: ${cells}`,
    noteTooLong: 'The formula would be longer than 50,000 characters, so the value is written.',
    noteText: (cells) => `Text read as a number: ${cells}`,
    noteSkipped: (cells) => `Left out (not a number): ${cells}`,
    noteMore: (n) => `and ${n} more`,
    converted: (sheet, from, to) => sentence(`Sheet “${sheet}”: amounts in ${from} converted to ${to}`),
    skipped: (cell, text) => `Cell ${cell} (“${shortText(text, 30)}”) is not a number and is left out of the summary.`,
  },
  summary: (errors, warnings) =>
    errors + warnings === 0
      ? 'No errors'
      : [
          errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
          warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
        ]
          .filter(Boolean)
          .join(', '),
  tablesFound: (n) => `${n} budget ${n === 1 ? 'table' : 'tables'} found`,
  about:
    'Budgets: table checks (totals, «Всего», years), marks on the cells, a per-school summary with a chart, the functions BUDGET_CHECK, BUDGET_ROLLUP, BUDGET_TOTAL and RUB.',
  menu: { sidebar: 'Budget…', consolidate: 'Consolidate budgets' },
  sidebarTitle: 'Budget',
  server: {
    noTablesOn: (sheet) =>
      `No budget table on the sheet “${sheet}”: it needs items and amounts: year columns («2023 год», «2021/2022») or one «Сумма» column; if there is a table, give its header row and columns in the «Columns» form.`,
    noTablesAnywhere:
      'No budget table on any sheet: it needs items and amounts: year columns («2023 год», «2021/2022») or one «Сумма» column; if there is a table, give its header row and columns in the «Columns» form.',
    summarySheet: 'The sheet «Бюджет — свод» is built by the add-on and is not part of the summary.',
    consolidated: (tables, sheets, sheet) =>
      `Summary “${sheet}” built: ${tables} ${tables === 1 ? 'table' : 'tables'} from ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}.`,
    marked: (n, sheet) =>
      n === 0 ? `Nothing to mark on “${sheet}”: no errors.` : `${n} ${n === 1 ? 'cell' : 'cells'} marked on “${sheet}” (fill and note).`,
    markedMore: (shown, total) => `The first ${shown} of ${total} are marked.`,
    unmarked: (n, sheet) =>
      n === 0 ? `No Кластер marks on “${sheet}”.` : `Marks removed from “${sheet}”: ${n} ${n === 1 ? 'cell' : 'cells'}.`,
    keptChanged: (n) => `${n} ${n === 1 ? 'cell was' : 'cells were'} changed by you after marking — their fill or note is left as it is.`,
    notePrefix: 'Кластер:',
    mergedHeader: (ranges) => `The table has merged cells (${ranges}): it is read as if the value stood in the first cell of each merge.`,
  },
  sidebar: {
    scope: 'Where to look',
    activeSheet: 'Active sheet',
    allSheets: 'All sheets',
    sheet: 'Sheet',
    refresh: 'Find tables',
    tables: 'Tables found',
    findings: 'Findings',
    noFindings: 'No errors.',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    mark: 'Mark the errors on the sheet',
    unmark: 'Remove the marks',
    consolidateTitle: 'Summary',
    consolidateHint: 'Tick the sheets whose tables go into the summary «Бюджет — свод».',
    consolidate: 'Consolidate',
    loading: 'Loading…',
    scanning: 'Looking for budget tables…',
    marking: 'Marking cells…',
    unmarking: 'Removing marks…',
    consolidating: (n) => `Consolidating ${n} ${n === 1 ? 'sheet' : 'sheets'}…`,
    noneChosen: 'No sheet chosen for the summary.',
    noTables: 'No budget tables found.',
    table: (sheet, range) => `“${sheet}”, ${range}`,
    tableInfo: (items, years, unit) => `${items} ${items === 1 ? 'item' : 'items'}; years: ${years}; ${unit}`,
    shown: (n) => `(the first ${n} shown)`,
  },
};

export function budgetMessages(lang: Lang = 'ru'): BudgetMessages {
  return lang === 'en' ? en : ru;
}
