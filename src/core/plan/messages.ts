/** Every user-facing text of calendar plans, Russian first, English second. */
import type { Lang } from '../i18n/lang';
import { termReason } from '../dates/reasons';
import { countEn, countRu, ruForm } from '../i18n/plural';
import type { PeriodSource, PlanField, Severity } from './types';

const EVENT_RU = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
const EVENT_EN = ['activity', 'activities'] as const;

/** One cell of «Начало»/«Окончание» the user changed, as the server lists it. */
export interface Replacement {
  cell: string;
  old: string;
  new: string;
}

const listed = (changes: Replacement[], empty: string) => changes.map((c) => `${c.cell}: ${c.old} → ${c.new || empty}`).join('\n');

const RU_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ru = {
  menu: {
    sidebar: 'Календарный план…',
    buildCalendar: 'Построить календарь',
    monthAgenda: 'План на месяц',
  },
  sheets: { calendar: 'Календарь', agenda: 'План на месяц' },
  sidebarTitle: 'Календарный план',
  about: 'Календарные планы: сроки как в Word, проверка, календарь и план на месяц.',
  noPlans: 'В таблице не найден ни один календарный план: нет листа со столбцами «Мероприятие» и «Сроки».',
  calendarBuilt: (rows: number, months: number, source: string) =>
    `Календарь построен по листу «${source}»: ${countRu(rows, EVENT_RU)}, ${countRu(months, ['месяц', 'месяца', 'месяцев'])}.`,
  agendaBuilt: (title: string, rows: number, source?: string) =>
    `${title}${source ? ` (лист «${source}»)` : ''}: ${countRu(rows, EVENT_RU)}.`,
  /** The month agenda of several plans on one sheet: one block per plan, headed by its title. */
  agendaBlock: (title: string, source: string) => `${title} — лист «${source}»`,
  markupCleaned: (cell: string, sheet: string) => `Ячейка ${cell} на листе «${sheet}» очищена: остался только текст.`,
  sidebar: {
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
    dateColumnsConfirm:
      'Добавить столбцы «Начало» и «Окончание» справа от «Сроки» на листе «{sheet}» (если они уже есть — заполнить заново)?',
    replaceConfirm: (columns: string, changes: Replacement[], total: number) =>
      `В столбцах ${columns} ${countRu(total, ['ячейка отличается', 'ячейки отличаются', 'ячеек отличаются'])} от сроков плана. Будет заменено:\n\n` +
      listed(changes, '(пусто)') +
      (total > changes.length ? `\n…и ещё ${countRu(total - changes.length, ['ячейка', 'ячейки', 'ячеек'])}` : '') +
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
      `${countRu(rows, EVENT_RU)}, ${countRu(stages, ['этап', 'этапа', 'этапов'])}` +
      (unknown ? `, нераспознанных сроков: ${unknown}` : '') +
      (saved ? '. Столбцы выбраны вручную.' : '.'),
    findings: (n: number) => (n ? `${countRu(n, ['замечание', 'замечания', 'замечаний'])}` : 'Замечаний нет'),
    noFindings: 'План в порядке: замечаний нет.',
    shown: (n: number) => `(показаны первые ${n})`,
    saved: 'Выбор столбцов запомнен.',
    columnsAdded: (cols: string) => `Добавлены столбцы ${cols}.`,
    columnsUpdated: (cols: string) => `Столбцы ${cols} заполнены заново.`,
    created: (sheet: string) => `Создан лист «${sheet}». Он открыт: впишите мероприятия под этапами.`,
    severity: { error: 'Ошибка', warning: 'Внимание', info: 'Сведения' } as Record<Severity, string>,
    fix: 'Очистить',
    fixing: 'Очищаю ячейку…',
    period: 'Период плана',
    periodPlaceholder: 'например, 2024/2025 учебный год',
    applyPeriod: 'Применить',
    resetPeriod: 'Из плана',
    periodSaved: 'Период плана запомнен.',
    periodSource: {
      user: 'указан вручную',
      title: 'из заголовка плана',
      approval: 'по дате утверждения',
      stages: 'по срокам этапов',
      terms: 'по срокам мероприятий',
    } as Record<PeriodSource, string>,
    periodMissing: 'В плане не указан год. Впишите период плана, чтобы сроки без года («Сентябрь», «Май») привязались к датам.',
    planSheets: 'Календарные планы',
    otherSheets: 'Другие листы',
    notPlan: (sheet: string) =>
      `Лист «${sheet}» не похож на календарный план: в нём не найдены столбцы «Мероприятие» и «Сроки». Выберите лист с планом или укажите столбцы вручную.`,
  },
  fields: {
    number: '№',
    activity: 'Мероприятие',
    tasks: 'Задачи',
    term: 'Сроки',
    responsible: 'Ответственные',
    result: 'Ожидаемый результат',
    status: 'Статус',
  } satisfies Record<PlanField, string>,
  monthShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  monthFull: RU_MONTHS,
  termExamples: '«До 26.09.2022», «Сентябрь – декабрь 2023»',
  errors: {
    empty: 'Лист пуст: нет ни одной заполненной ячейки.',
    noHeader: (lookedFor: string) =>
      `Не найдена строка заголовков плана. Искали столбцы ${lookedFor}. Добавьте строку заголовков или укажите столбцы вручную.`,
    noColumns: (row: number, lookedFor: string) =>
      `В строке заголовков (строка ${row}) не найден столбец ${lookedFor}. Укажите столбец вручную.`,
    noLines: (col: string) =>
      `Для «Мероприятие» и «Сроки» выбран один столбец ${col}, но ни одна его строка не начинается со срока («1 сентября: День знаний»). Выберите разные столбцы.`,
    badMapping: (field: string, col: number) => `Столбец для «${field}» указан неверно: ${col}.`,
    mappingTwice: (col: string) => `Столбец ${col} выбран для двух полей сразу.`,
    tooLarge: (rows: number, max: number) => `Слишком большой план: ${rows} строк (не больше ${max}). Разделите его на несколько листов.`,
    noDates: 'Ни один срок в плане не распознан — календарь строить не по чему. Проверьте столбец «Сроки».',
    badPeriod: (text: string) =>
      `Период «${text}» не распознан. Напишите, например, «2024/2025 учебный год», «2025 год» или «01.09.2024 – 31.05.2025».`,
    fixStale: (cell: string) => `Ячейка ${cell} изменилась после проверки, поэтому ничего не записано. Проверьте план ещё раз.`,
    fixCell: 'Некорректная ссылка на ячейку.',
    noPeriod: (examples: string) =>
      `В плане нигде не указан год (ни в заголовке, ни в сроках${examples ? `: ${examples}` : ''}), поэтому календарь не к чему привязать. Укажите «Период плана» в панели — например, «2024/2025 учебный год» — или год в заголовке плана.`,
    tooManyCells: (cells: string, max: string) =>
      `Календарь получился бы слишком большим: ${cells} ячеек (Кластер строит календарь не больше чем на ${max}, чтобы успеть за 6 минут, отведённые Google). Разделите план на несколько листов.`,
    tooLong: (months: number, max: number, from: string, to: string) =>
      `План охватывает ${months} мес. (${from} – ${to}), а календарь вмещает не больше ${max}. Проверьте годы в сроках: возможно, где-то опечатка.`,
  },
  lookedFor: (label: string, names: string[]) => `«${label}» (${names.map((n) => `«${n}»`).join(', ')})`,
  and: ' и ',
  checks: {
    termUnknown: (text: string, reason: string | undefined) => `Срок «${text}» не распознан${reason ? `: ${reason}` : ''}.`,
    termUnknownHint: (examples: string) => `Пример: ${examples}.`,
    termNoRangeHint: 'Укажите сроки этапа в строке этапа или год в самом сроке: «В течение 2024 года».',
    termMissing: 'Срок не указан.',
    termMissingHint: (examples: string) => `Укажите срок, например: ${examples}.`,
    termReversed: (text: string, start: string, end: string) => `В сроке «${text}» окончание (${end}) раньше начала (${start}).`,
    termReversedHint: 'Поменяйте даты местами или проверьте год.',
    outsideStage: (text: string, stage: string, range: string) => `Срок «${text}» выходит за рамки этапа «${stage}» (${range}).`,
    outsideStageHint: (stage: string) => `Проверьте год или перенесите мероприятие в этап «${stage}».`,
    outsideStageHintMove: (stage: string) => `Перенесите мероприятие в этап «${stage}» или проверьте даты срока.`,
    outsideStageHintYear: 'Проверьте год в сроке.',
    outsideStageHintDates: (days: string) => `Год верный, но срок выходит за этап на ${days}: проверьте даты срока или границы этапа.`,
    termAmbiguous: (text: string, years: string) => `В сроке «${text}» нет года, а период длится несколько лет: это может быть ${years}.`,
    termAmbiguousHint: 'Укажите год («Сентябрь 2025») или напишите «ежегодно», если мероприятие повторяется каждый год.',
    noPeriod: (count: number, examples: string) =>
      `В плане не указан год: ${count} ${ruForm(count, ['срок', 'срока', 'сроков'])} (${examples}) не к чему привязать.`,
    noPeriodHint: 'Укажите «Период плана» в панели (например, «2024/2025 учебный год») или год в заголовке плана.',
    noTermColumn: 'В плане нет столбца сроков: каждое мероприятие отмечено в календаре на весь срок своего этапа.',
    noTermColumnHint: 'Чтобы указать точные даты, добавьте столбец «Сроки».',
    noDatesAtAll: 'В плане нет ни столбца сроков, ни дат этапов, ни года в заголовке: мероприятия не к чему привязать.',
    markup: (field: string) => `В ячейке «${field}» осталась разметка из Word или HTML (<p>, &nbsp;); в календаре она убрана.`,
    markupHint: 'Очистите ячейку одним щелчком: останется только текст.',
    stageOrder: (name: string, prev: string) => `Этап «${name}» начинается раньше предыдущего этапа «${prev}».`,
    stageOrderHint: 'Расположите этапы по порядку или исправьте их сроки.',
    stageOverlap: (name: string, prev: string, range: string) => `Этап «${name}» пересекается с этапом «${prev}» (${range}).`,
    stageOverlapHint: 'Проверьте даты окончания и начала соседних этапов.',
    noActivity: 'Не указано мероприятие.',
    noResponsible: 'Не указан ответственный.',
    noResult: 'Не указан ожидаемый результат.',
    overdue: (end: string, status: string) => `Срок истёк ${end}, а статус ${status ? `«${status}»` : 'не указан'}.`,
    overdueHint: 'Отметьте «выполнено» или перенесите срок.',
    duplicate: (row: number) => `Мероприятие повторяет строку ${row} того же этапа.`,
    duplicateHint: 'Удалите повтор или уточните формулировку.',
    cellError: (field: string, error: string) => `В ячейке «${field}» ошибка формулы ${error}.`,
    cellErrorHint: 'Исправьте формулу или замените её значением.',
    timeOnly: (column: string, examples: string) =>
      `В столбце «${column}» указано только время (${examples}), а дат нет ни в сроках, ни в заголовке: мероприятия не отмечены в календаре.`,
    timeOnlyHint: 'Допишите дату к времени («18.09.2010 8-00») или добавьте столбец с датами.',
    termPlaceOnly: (text: string) => `В ячейке «${text}» нет даты — только место.`,
    termPlaceOnlyHint: 'Допишите дату после места, как в соседних строках.',
    termNoWeek: (text: string) => `В сроке «${text}» нет даты: не сказано, о какой неделе речь.`,
    termNoWeekHint:
      'Укажите дату («14.11.2024») или «Период плана» длиной в неделю («11.11.2024 – 15.11.2024»): тогда дни недели станут датами.',
    periodMismatch: (said: string, period: string) =>
      `В тексте мероприятия — «${said}», а период плана — ${period}: возможно, текст перенесён из прошлогоднего плана или это опечатка в годе.`,
    periodMismatchHint: 'Проверьте год в тексте мероприятия или в заголовке плана.',
    outsidePeriod: (text: string, period: string) => `Срок «${text}» вне периода плана (${period}).`,
    outsidePeriodHint: 'Проверьте год в сроке или «Период плана».',
    dateOrder: (text: string, before: string) =>
      `Срок «${text}» раньше сроков строк выше (уже было ${before}), хотя в остальном план идёт по порядку дат. Так задумано?`,
    dateOrderHint: 'Проверьте месяц и год: возможно, опечатка.',
    stepOrder: (step: string, due: string, before: string, beforeDue: string) =>
      `«${step}» (${due}) назначено раньше, чем «${before}» (${beforeDue}), без чего этот шаг не провести. Так задумано?`,
    stepOrderHint: 'Обычно сначала собирают работы или заявки, затем проводят отбор, затем подводят итоги: проверьте сроки шагов.',
  },
  calendar: {
    header: ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Примечание'],
    legend:
      'Календарь построен надстройкой «Кластер» и перестраивается заново. ▲ — срок, ● — повторяющееся мероприятие; заливка — период, бледная заливка — «в течение».',
    // The «Примечание» column: parts joined with '; ', the first letter of the cell capitalised.
    unknown: (reason: string | undefined) => `срок не распознан${reason ? `: ${reason}` : ''}`,
    notShown: 'мероприятие не отмечено в календаре',
    scheduled: 'по отдельному графику: отмечен весь период, точные даты — в графике',
    note: (note: string) => `примечание к сроку: ${note}`,
    inherited: 'ответственные взяты из строки выше',
    termFrom: {
      merged: (row: number) => `срок — из объединённой ячейки строки ${row}`,
      split: (row: number) => `срок — своя дата из ячейки строки ${row}, где даты перечислены по строкам`,
      heading: (row: number) => `срок — по строке-месяцу ${row}`,
    },
    time: (time: string) => `время: ${time}`,
    ambiguous: (years: string) => `год не указан, отмечен первый из возможных (${years})`,
    noStage: 'Без этапа',
  },
  agenda: {
    title: (month: string, year: string) => `План на ${month} ${year} г.`,
    header: ['№', 'Мероприятие', 'Сроки', 'Даты', 'Ответственные', 'Ожидаемый результат', 'Этап'],
    until: (date: string) => `до ${date}`,
    empty: 'В этом месяце мероприятий нет.',
  },
  normalized: { start: 'Начало', end: 'Окончание' },
  newPlan: {
    sheetName: 'Новый план',
    title: (project: string) => `Календарный план реализации проекта «${project}»`,
    header: ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', 'Статус'],
    stageTitle: (i: number, name: string, range: string) => `${i} этап – ${name} (${range})`,
    statuses: ['не начато', 'в работе', 'выполнено', 'отменено'],
    emptyProject: 'Укажите название проекта.',
    emptyStage: (i: number) => `Этап ${i}: укажите название.`,
    badDate: (i: number, what: string) => `Этап ${i}: дата ${what} не указана или неверна (нужен формат ГГГГ-ММ-ДД).`,
    start: 'начала',
    end: 'окончания',
    stageReversed: (i: number) => `Этап ${i}: окончание раньше начала.`,
    tooMany: (max: number) => `Слишком много этапов (не больше ${max}).`,
  },
};

export type PlanMessages = typeof ru;

const en: PlanMessages = {
  menu: {
    sidebar: 'Calendar plan…',
    buildCalendar: 'Build the calendar',
    monthAgenda: 'Month agenda',
  },
  // Generated sheets keep their Russian names in English too: the spreadsheet is shared.
  sheets: { calendar: 'Календарь', agenda: 'План на месяц' },
  sidebarTitle: 'Calendar plan',
  about: 'Calendar plans: terms as written in Word, checks, a calendar and a month agenda.',
  noPlans: 'No calendar plan found: no sheet has the columns «Мероприятие» and «Сроки».',
  calendarBuilt: (rows, months, source) =>
    `Calendar built from “${source}”: ${countEn(rows, EVENT_EN)}, ${countEn(months, ['month', 'months'])}.`,
  agendaBuilt: (title, rows, source) => `${title}${source ? ` (sheet “${source}”)` : ''}: ${countEn(rows, EVENT_EN)}.`,
  agendaBlock: (title, source) => `${title} — sheet “${source}”`,
  markupCleaned: (cell, sheet) => `Cell ${cell} on “${sheet}” cleaned: only the text is left.`,
  sidebar: {
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
      `${countEn(total, ['cell', 'cells'])} in columns ${columns} differ from the plan's terms. To be replaced:\n\n` +
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
      `${countEn(rows, EVENT_EN)}, ${countEn(stages, ['stage', 'stages'])}` +
      (unknown ? `, terms not understood: ${unknown}` : '') +
      (saved ? '. Columns chosen by hand.' : '.'),
    findings: (n) => (n ? countEn(n, ['finding', 'findings']) : 'No findings'),
    noFindings: 'The plan is fine: no findings.',
    shown: (n) => `(first ${n} shown)`,
    saved: 'Column choice saved.',
    columnsAdded: (cols) => `Columns ${cols} added.`,
    columnsUpdated: (cols) => `Columns ${cols} filled anew.`,
    created: (sheet) => `Sheet “${sheet}” created and opened: fill in the activities under the stages.`,
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    fix: 'Clean',
    fixing: 'Cleaning the cell…',
    period: 'Plan period',
    periodPlaceholder: 'e.g. 2024/2025 учебный год',
    applyPeriod: 'Apply',
    resetPeriod: 'From the plan',
    periodSaved: 'Plan period saved.',
    periodSource: {
      user: 'given by hand',
      title: 'from the plan’s title',
      approval: 'from the approval date',
      stages: 'from the stages’ dates',
      terms: 'from the activities’ terms',
    },
    periodMissing: 'The plan states no year. Give the plan period so that terms without a year (“Сентябрь”, “Май”) get their dates.',
    planSheets: 'Calendar plans',
    otherSheets: 'Other sheets',
    notPlan: (sheet) =>
      `“${sheet}” does not look like a calendar plan: no columns «Мероприятие» and «Сроки» found. Pick a plan sheet or choose the columns by hand.`,
  },
  fields: {
    number: 'No.',
    activity: 'Activity',
    tasks: 'Tasks',
    term: 'Term',
    responsible: 'Responsible',
    result: 'Expected result',
    status: 'Status',
  },
  monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthFull: EN_MONTHS,
  termExamples: '“До 26.09.2022”, “Сентябрь – декабрь 2023”',
  errors: {
    empty: 'The sheet is empty: no cell is filled.',
    noHeader: (lookedFor) => `No header row found. Looked for the columns ${lookedFor}. Add a header row or choose the columns by hand.`,
    noLines: (col) =>
      `“Activity” and “Term” are both column ${col}, but none of its lines starts with a term (“1 сентября: День знаний”). Choose two columns.`,
    noColumns: (row, lookedFor) => `The header (row ${row}) has no column ${lookedFor}. Choose the column by hand.`,
    badMapping: (field, col) => `Wrong column for “${field}”: ${col}.`,
    mappingTwice: (col) => `Column ${col} is chosen for two fields.`,
    tooLarge: (rows, max) => `The plan is too large: ${rows} rows (at most ${max}). Split it over several sheets.`,
    noDates: 'No term in the plan was understood, so there is nothing to put on a calendar. Check the term column.',
    badPeriod: (text) => `Period “${text}” not understood. Write e.g. “2024/2025 учебный год”, “2025 год” or “01.09.2024 – 31.05.2025”.`,
    fixStale: (cell) => `Cell ${cell} changed after the check, so nothing was written. Check the plan again.`,
    fixCell: 'Not a cell reference.',
    noPeriod: (examples) =>
      `The plan states no year anywhere (neither in its title nor in its terms${examples ? `: ${examples}` : ''}), so the calendar has nothing to hang on. Give the “Plan period” in the sidebar — e.g. “2024/2025 учебный год” — or a year in the plan's title.`,
    tooManyCells: (cells, max) =>
      `The calendar would be too large: ${cells} cells (Кластер builds calendars of at most ${max}, to finish within the 6 minutes Google allows). Split the plan over several sheets.`,
    tooLong: (months, max, from, to) =>
      `The plan spans ${months} months (${from} – ${to}); the calendar holds at most ${max}. Check the years in the terms: there may be a typo.`,
  },
  lookedFor: (label, names) => `“${label}” (${names.map((n) => `“${n}”`).join(', ')})`,
  and: ' and ',
  checks: {
    termUnknown: (text, reason) => `Term “${text}” not understood${reason ? `: ${termReason(reason, 'en')}` : ''}.`,
    termUnknownHint: (examples) => `Example: ${examples}.`,
    termNoRangeHint: 'Give the stage its dates in the stage row, or the year in the term: “В течение 2024 года”.',
    termMissing: 'No term given.',
    termMissingHint: (examples) => `Give a term, e.g. ${examples}.`,
    termReversed: (text, start, end) => `In “${text}” the end (${end}) is before the start (${start}).`,
    termReversedHint: 'Swap the dates or check the year.',
    outsideStage: (text, stage, range) => `Term “${text}” falls outside stage “${stage}” (${range}).`,
    outsideStageHint: (stage) => `Check the year or move the activity to stage “${stage}”.`,
    outsideStageHintMove: (stage) => `Move the activity to stage “${stage}” or check the term's dates.`,
    outsideStageHintYear: 'Check the year in the term.',
    outsideStageHintDates: (days) =>
      `The year is right, but the term runs ${days} past the stage: check the term's dates or the stage's bounds.`,
    termAmbiguous: (text, years) => `“${text}” has no year, and the period spans several years: it could be ${years}.`,
    termAmbiguousHint: 'Give the year (“Сентябрь 2025”) or write “ежегодно” if the activity repeats every year.',
    noPeriod: (count, examples) => `The plan states no year: ${count} ${count === 1 ? 'term' : 'terms'} (${examples}) cannot be placed.`,
    noPeriodHint: "Give the “Plan period” in the sidebar (e.g. “2024/2025 учебный год”) or a year in the plan's title.",
    noTermColumn: 'The plan has no term column: each activity is shown over its whole stage.',
    noTermColumnHint: 'Add a “Сроки” column to give exact dates.',
    noDatesAtAll: 'The plan has no term column, no stage dates and no year in its title: its activities cannot be placed.',
    markup: (field) => `The “${field}” cell holds Word or HTML markup (<p>, &nbsp;); it is left out of the calendar.`,
    markupHint: 'Clean the cell with one click: only the text stays.',
    stageOrder: (name, prev) => `Stage “${name}” starts before the previous stage “${prev}”.`,
    stageOrderHint: 'Put the stages in order or fix their dates.',
    stageOverlap: (name, prev, range) => `Stage “${name}” overlaps stage “${prev}” (${range}).`,
    stageOverlapHint: 'Check where one stage ends and the next begins.',
    noActivity: 'No activity given.',
    noResponsible: 'No one responsible.',
    noResult: 'No expected result.',
    overdue: (end, status) => `Due ${end}, but the status is ${status ? `“${status}”` : 'empty'}.`,
    overdueHint: 'Mark it “выполнено” or move the deadline.',
    duplicate: (row) => `The activity repeats row ${row} of the same stage.`,
    duplicateHint: 'Remove the repeat or word it differently.',
    cellError: (field, error) => `The “${field}” cell holds a formula error ${error}.`,
    cellErrorHint: 'Fix the formula or replace it with a value.',
    timeOnly: (column, examples) =>
      `Column “${column}” gives clock times only (${examples}), and no dates appear in the terms or the title: the activities are not on the calendar.`,
    timeOnlyHint: 'Add the day to the time (“18.09.2010 8-00”) or add a column of dates.',
    termPlaceOnly: (text) => `“${text}” gives no date — only a place.`,
    termPlaceOnlyHint: 'Add the date after the place, as the other rows do.',
    termNoWeek: (text) => `“${text}” gives no date: it does not say which week.`,
    termNoWeekHint: 'Give the date (“14.11.2024”) or a one-week “Plan period” (“11.11.2024 – 15.11.2024”): the weekdays then become dates.',
    periodMismatch: (said, period) =>
      `The activity says “${said}”, but the plan's period is ${period}: perhaps copied from last year's plan, or a typo in the year.`,
    periodMismatchHint: "Check the year in the activity or in the plan's title.",
    outsidePeriod: (text, period) => `Term “${text}” lies outside the plan's period (${period}).`,
    outsidePeriodHint: 'Check the year in the term or the “Plan period”.',
    dateOrder: (text, before) =>
      `Term “${text}” comes before the rows above it (${before} already), though the plan is otherwise in date order. Is that meant?`,
    dateOrderHint: 'Check the month and the year: it may be a typo.',
    stepOrder: (step, due, before, beforeDue) =>
      `“${step}” (${due}) is due before “${before}” (${beforeDue}), which it depends on. Is that meant?`,
    stepOrderHint: "Works or applications are usually collected first, then selected, then the results announced: check the steps' terms.",
  },
  calendar: {
    header: ['No.', 'Activity', 'Term', 'Responsible', 'Note'],
    legend: 'Built by the Кластер add-on and rebuilt on every run. ▲ deadline, ● recurring; fill: period, pale fill: ongoing.',
    unknown: (reason) => `term not understood${reason ? `: ${termReason(reason, 'en')}` : ''}`,
    notShown: 'not shown on the calendar',
    scheduled: 'by a separate schedule: the whole period is filled, exact dates are in the schedule',
    note: (note) => `note on the term: ${note}`,
    inherited: 'responsible taken from the row above',
    termFrom: {
      merged: (row) => `term from the merged cell of row ${row}`,
      split: (row) => `its own date from row ${row}, whose cell lists one date per row`,
      heading: (row) => `term from the month row ${row}`,
    },
    time: (time) => `time: ${time}`,
    ambiguous: (years) => `no year given; the first possible one is shown (${years})`,
    noStage: 'No stage',
  },
  agenda: {
    title: (month, year) => `Agenda for ${month} ${year}`,
    header: ['No.', 'Activity', 'Term', 'Dates', 'Responsible', 'Expected result', 'Stage'],
    until: (date) => `by ${date}`,
    empty: 'No activities this month.',
  },
  normalized: { start: 'Start', end: 'End' },
  newPlan: {
    sheetName: 'New plan',
    title: (project) => `Calendar plan of the project “${project}”`,
    header: ['No.', 'Activity', 'Term', 'Responsible', 'Expected result', 'Status'],
    stageTitle: (i, name, range) => `Stage ${i} – ${name} (${range})`,
    statuses: ['не начато', 'в работе', 'выполнено', 'отменено'],
    emptyProject: 'Give the project a name.',
    emptyStage: (i) => `Stage ${i}: give it a name.`,
    badDate: (i, what) => `Stage ${i}: the ${what} date is missing or wrong (use YYYY-MM-DD).`,
    start: 'start',
    end: 'end',
    stageReversed: (i) => `Stage ${i}: the end is before the start.`,
    tooMany: (max) => `Too many stages (at most ${max}).`,
  },
};

/** The calendar-plan texts in one language. */
export function messages(lang: Lang = 'ru'): PlanMessages {
  return lang === 'en' ? en : ru;
}
