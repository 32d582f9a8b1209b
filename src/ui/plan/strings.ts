/** Texts of the «Календарный план» sidebar, Russian first, English second. */

/** One cell of «Начало»/«Окончание» the user changed, as the server lists it. */
export interface Replacement {
  cell: string;
  old: string;
  new: string;
}

/** 1 ячейка, 2 ячейки, 5 ячеек, 11 ячеек, 21 ячейка. */
function ruCells(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  const word = d === 1 && dd !== 11 ? 'ячейка' : d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? 'ячейки' : 'ячеек';
  return `${n} ${word}`;
}

const listed = (changes: Replacement[], empty: string) =>
  changes.map((c) => `${c.cell}: ${c.old} → ${c.new || empty}`).join('\n');

const ru = {
  sheet: 'Лист с планом',
  columns: 'Столбцы плана',
  saveMapping: 'Запомнить выбор',
  resetMapping: 'Определить автоматически',
  none: '— нет —',
  actions: 'Действия',
  check: 'Проверить',
  calendar: 'Построить календарь',
  month: 'Месяц',
  agenda: 'План на месяц',
  dateColumns: 'Добавить «Начало» и «Окончание»',
  dateColumnsConfirm: 'Добавить столбцы «Начало» и «Окончание» справа от «Сроки» на листе «{sheet}» (если они уже есть — заполнить заново)?',
  replaceConfirm: (columns: string, changes: Replacement[], total: number) =>
    `Ячеек в столбцах ${columns}, которые отличаются от сроков плана: ${total}. Будет заменено:\n\n` +
    listed(changes, '(пусто)') +
    (total > changes.length ? `\n…и ещё ${ruCells(total - changes.length)}` : '') +
    '\n\nЗаменить? (Отмена — ничего не менять.)',
  notReplaced: 'Ничего не изменено.',
  newPlan: 'Новый план',
  project: 'Название проекта',
  stage: 'Этап',
  stageName: 'Название этапа',
  start: 'Начало',
  end: 'Окончание',
  addStage: 'Добавить этап',
  removeStage: 'Убрать',
  createPlan: 'Создать лист',
  loading: 'Загрузка…',
  reading: 'Читаю план…',
  checking: 'Проверяю…',
  building: 'Строю календарь…',
  agendaBusy: 'Составляю план на месяц…',
  saving: 'Сохраняю…',
  creating: 'Создаю лист…',
  summary: (rows: number, stages: number, unknown: number, saved: boolean) =>
    `Мероприятий: ${rows}, этапов: ${stages}` + (unknown ? `, нераспознанных сроков: ${unknown}` : '') + (saved ? '. Столбцы выбраны вручную.' : '.'),
  findings: (n: number) => (n ? `Замечания: ${n}` : 'Замечаний нет'),
  noFindings: 'План в порядке: замечаний нет.',
  shown: (n: number) => `(показаны первые ${n})`,
  saved: 'Выбор столбцов запомнен.',
  columnsAdded: (cols: string) => `Добавлены столбцы ${cols}.`,
  columnsUpdated: (cols: string) => `Столбцы ${cols} заполнены заново.`,
  created: (sheet: string) => `Создан лист «${sheet}».`,
  severity: { error: 'Ошибка', warning: 'Внимание', info: 'Сведения' } as Record<string, string>,
};

export type Strings = typeof ru;

const en: Strings = {
  sheet: 'Plan sheet',
  columns: 'Plan columns',
  saveMapping: 'Remember',
  resetMapping: 'Detect automatically',
  none: '— none —',
  actions: 'Actions',
  check: 'Check',
  calendar: 'Build the calendar',
  month: 'Month',
  agenda: 'Month agenda',
  dateColumns: 'Add «Начало» and «Окончание»',
  dateColumnsConfirm: 'Add columns «Начало» and «Окончание» right of «Сроки» on “{sheet}” (if they are there already, fill them anew)?',
  replaceConfirm: (columns, changes, total) =>
    `${total === 1 ? '1 cell' : `${total} cells`} in columns ${columns} differ from the plan's terms. To be replaced:\n\n` +
    listed(changes, '(empty)') +
    (total > changes.length ? `\n…and ${total - changes.length} more` : '') +
    '\n\nReplace? (Cancel changes nothing.)',
  notReplaced: 'Nothing was changed.',
  newPlan: 'New plan',
  project: 'Project name',
  stage: 'Stage',
  stageName: 'Stage name',
  start: 'Start',
  end: 'End',
  addStage: 'Add a stage',
  removeStage: 'Remove',
  createPlan: 'Create the sheet',
  loading: 'Loading…',
  reading: 'Reading the plan…',
  checking: 'Checking…',
  building: 'Building the calendar…',
  agendaBusy: 'Making the month agenda…',
  saving: 'Saving…',
  creating: 'Creating the sheet…',
  summary: (rows, stages, unknown, saved) =>
    `Activities: ${rows}, stages: ${stages}` + (unknown ? `, terms not understood: ${unknown}` : '') + (saved ? '. Columns chosen by hand.' : '.'),
  findings: (n) => (n ? `Findings: ${n}` : 'No findings'),
  noFindings: 'The plan is fine: no findings.',
  shown: (n) => `(first ${n} shown)`,
  saved: 'Column choice saved.',
  columnsAdded: (cols) => `Columns ${cols} added.`,
  columnsUpdated: (cols) => `Columns ${cols} filled anew.`,
  created: (sheet) => `Sheet “${sheet}” created.`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function strings(lang: 'ru' | 'en'): Strings {
  return lang === 'en' ? en : ru;
}
