/** Every user-facing text of the responsibility job, Russian first, English second. */
import type { Lang } from '../i18n/lang';
import { pluralRu } from '../i18n/plural';

export { pluralRu };

const q = (s: string) => `«${s}»`;
/** Ends a sentence with one full stop, also after a name that ends in an initial's dot. */
const end = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const list = (xs: string[]) => xs.map(q).join(', ');

const ru = {
  menu: {
    sidebar: 'Ответственные…',
    buildSheets: 'Нагрузка и матрица ответственности',
  },
  sidebarTitle: 'Ответственные',
  about: 'Ответственные: реестр «Участники», проверка написания имён, исправления, нагрузка и матрица ответственности.',
  fields: { activity: 'Мероприятие', term: 'Сроки', responsible: 'Ответственные', executors: 'Исполнители' } as Record<
    'activity' | 'term' | 'responsible' | 'executors',
    string
  >,
  server: {
    noPlans: 'В таблице не найден ни один лист со столбцами «Мероприятие» и «Ответственные».',
    noColumn: (sheet: string) => `На листе «${sheet}» нет столбца «Ответственные»: выберите его в форме «Столбцы».`,
    checkTitle: (sheet: string) => `${sheet}: ответственные`,
    summary: (rows: number, people: number) =>
      `${rows} ${pluralRu(rows, 'мероприятие', 'мероприятия', 'мероприятий')}, ${people} ${pluralRu(people, 'участник', 'участника', 'участников')}`,
    rosterOk: (people: number, others: number) =>
      `Реестр «Участники»: ${people} ${pluralRu(people, 'человек', 'человека', 'человек')}` +
      (others ? `, групп и организаций: ${others}.` : '.'),
    fixed: (n: number, skipped: number) =>
      (n ? `Исправлено: ${n} ${pluralRu(n, 'ячейка', 'ячейки', 'ячеек')}.` : 'Ничего не исправлено.') +
      (skipped
        ? ` Пропущено ${skipped}: ${pluralRu(skipped, 'ячейка изменилась', 'ячейки изменились', 'ячеек изменились')} после проверки — проверьте заново.`
        : ''),
    noCell: 'Выберите ячейку в таблице.',
    formulaCell: 'В выбранной ячейке формула: вставьте имя в ячейку с текстом.',
    generatedCell: 'Выбранная ячейка на листе, который строит Кластер: выберите ячейку в плане.',
    alreadyThere: (name: string, cell: string) => `${name} уже есть в ячейке ${cell}.`,
    inserted: (name: string, cell: string) => `${name} → ${cell}.`,
    rosterNeeded: 'Сначала заполните реестр «Участники»: список строится из него.',
    rosterCreated: (sheet: string) => `Лист «${sheet}» создан: впишите участников или заполните его из плана.`,
    rosterExists: (sheet: string) => `Лист «${sheet}» уже есть.`,
    rosterAdded: (n: number, sheet: string) =>
      `В «${sheet}» ${pluralRu(n, 'добавлена', 'добавлены', 'добавлено')} ${n} ${pluralRu(n, 'строка', 'строки', 'строк')}.`,
    rosterNothing: 'Все имена из плана уже есть в реестре.',
    rosterBadHeader: (sheet: string) => `На листе «${sheet}» нет строки заголовков со столбцом «ФИО»: добавьте её или переименуйте лист.`,
    dropdown: (range: string, n: number) =>
      `Список из ${n} ${pluralRu(n, 'имени', 'имён', 'имён')} установлен на ${range}: значение не из списка только помечается (в ячейке можно написать несколько имён).`,
    tooManyNames: (n: number, max: number) => `В реестре ${n} имён, в выпадающий список помещается ${max}: установлены первые ${max}.`,
    workloadBuilt: (sheet: string, people: number, over: number, threshold: number) =>
      `«${sheet}»: ${people} ${pluralRu(people, 'участник', 'участника', 'участников')}` +
      (over
        ? `, выше порога ${threshold} — ${over} ${pluralRu(over, 'месяц', 'месяца', 'месяцев')} (выделены).`
        : `, никто не выше порога ${threshold}.`),
    matrixBuilt: (sheet: string, rows: number, people: number, flagged: number) =>
      `«${sheet}»: ${rows} ${pluralRu(rows, 'мероприятие', 'мероприятия', 'мероприятий')} × ${people} ${pluralRu(people, 'участник', 'участника', 'участников')}` +
      (flagged ? `, замечаний: ${flagged} (выделены).` : ', замечаний нет.'),
    noRows: (sheet: string) => `На листе «${sheet}» нет ни одного мероприятия.`,
    matrixTooLarge: (rows: number, people: number) =>
      `Матрица слишком велика: ${rows} ${pluralRu(rows, 'мероприятие', 'мероприятия', 'мероприятий')} × ${people} ${pluralRu(people, 'участник', 'участника', 'участников')}. Постройте её по меньшему плану или по части листа.`,
  },
  sidebar: {
    sheet: 'Лист с планом',
    columns: 'Столбцы',
    saveMapping: 'Запомнить выбор',
    resetMapping: 'Определить автоматически',
    none: '— нет —',
    roster: 'Реестр «Участники»',
    createRoster: 'Создать лист «Участники»',
    proposeRoster: 'Заполнить из плана',
    proposed: (n: number) => `Предлагается добавить ${n} ${pluralRu(n, 'строку', 'строки', 'строк')}: снимите лишние и подтвердите.`,
    addRows: 'Добавить отмеченные',
    actions: 'Действия',
    check: 'Проверить',
    fixSafe: 'Исправить все надёжные',
    fixSafeConfirm: (n: number) =>
      `Исправить ${n} ${pluralRu(n, 'надёжное замечание', 'надёжных замечания', 'надёжных замечаний')}? Остальной текст ячеек не меняется; отменить можно через «Отменить» (Ctrl+Z).`,
    fix: 'Исправить',
    dropdown: 'Поставить выпадающий список',
    picker: 'Вставить участника',
    filter: 'Найти в реестре',
    pickerHint: 'Выберите ячейку в таблице, затем нажмите имя: оно добавится к тексту ячейки.',
    threshold: 'Порог нагрузки в месяц',
    workload: 'Нагрузка',
    matrix: 'Матрица ответственности',
    loading: 'Загрузка…',
    reading: 'Читаю лист…',
    checking: 'Проверяю…',
    fixing: 'Исправляю…',
    building: 'Строю лист…',
    saving: 'Сохраняю…',
    saved: 'Выбор столбцов запомнен.',
    findings: (n: number) => (n ? `${n} ${pluralRu(n, 'замечание', 'замечания', 'замечаний')}` : 'Замечаний нет'),
    shown: (n: number) => `(показаны первые ${n})`,
    noFindings: 'Ответственные записаны единообразно: замечаний нет.',
    severity: { error: 'Ошибка', warning: 'Внимание', info: 'Совет' } as Record<'error' | 'warning' | 'info', string>,
    mappingSummary: (rows: number, column: string, saved: boolean) =>
      `${rows} ${pluralRu(rows, 'мероприятие', 'мероприятия', 'мероприятий')}, ответственные в столбце ${column}` +
      (saved ? '. Столбцы выбраны вручную.' : '.'),
    noNames: 'Реестр пуст.',
  },
  kinds: { group: 'Группа', organisation: 'Организация' } as Record<'group' | 'organisation', string>,
  findings: {
    empty: 'Не указан ответственный.',
    emptyHint: 'Укажите ответственного: фамилию и инициалы, группу или организацию.',
    cellError: (error: string) => `Ошибка формулы ${error} вместо ответственного.`,
    cellErrorHint: 'Исправьте формулу или впишите ответственного текстом.',
    notText: (value: string) => `Вместо ответственного число или дата: ${value}.`,
    notTextHint: 'Впишите фамилию и инициалы ответственного.',
    tooLong: (chars: number) =>
      `Слишком длинный текст (${chars} ${pluralRu(chars, 'символ', 'символа', 'символов')}): ячейка не проверена.`,
    tooLongHint: 'Разделите текст: в столбце «Ответственные» оставьте только ответственных.',
    style: (from: string, to: string, why: string) => end(`${why}: ${from} → ${to}`),
    whyRoster: 'Написано иначе, чем в реестре',
    whyColumn: 'Написано иначе, чем в остальном столбце',
    whyDeclined: 'Фамилия не в именительном падеже',
    whyLatin: 'Латинские буквы в русском слове',
    whyPartial: 'Не хватает инициала',
    whyDot: 'Инициал без точки, в остальном столбце с точкой',
    typo: (from: string, to: string) => end(`Возможно опечатка: ${from} → ${to}`),
    typoHintRoster: 'Так этот человек записан в реестре «Участники».',
    typoHintColumn: (to: string, n: number) =>
      `${to} встречается в плане ${n} ${pluralRu(n, 'раз', 'раза', 'раз')}; если это разные люди, оставьте как есть.`,
    similar: (name: string, others: string[]) => `${name}: похоже на ${others.join(', ')} — это один человек?`,
    similarHint: 'Разных людей с похожими фамилиями Кластер не объединяет: исправьте сами, если это опечатка.',
    initials: (name: string, others: string[]) => end(`${name}: та же фамилия, другие инициалы, чем у ${others.join(', ')}`),
    initialsHint: 'Проверьте инициалы: если это другой человек, добавьте его в реестр «Участники».',
    ambiguous: (name: string, rows: number[]) =>
      `В реестре несколько человек ${name} (${pluralRu(rows.length, 'строка', 'строки', 'строк')} ${rows.join(', ')}): не ясно, кто из них.`,
    ambiguousHint: 'Уточните в реестре имя и отчество или должность, чтобы различать их.',
    unknownPerson: (name: string) => end(`Нет в реестре «Участники»: ${name}`),
    unknownPersonHint: (closest: string[]) =>
      closest.length
        ? `Ближайшие в реестре: ${closest.join(', ')} — или добавьте человека в реестр.`
        : 'Добавьте человека в реестр «Участники».',
    unknownName: (kind: string, name: string) => `${kind} ${q(name)} не найдена в реестре «Участники».`,
    unknownNameTypo: (kind: string, from: string, to: string) =>
      `${kind} ${q(from)} не найдена в реестре; возможно опечатка: ${q(from)} → ${q(to)}.`,
    unknownNameHint: 'Добавьте её в реестр «Участники» (тип «Группа» или «Организация»).',
    strayHint: 'Лишний знак внутри слова или повтор буквы, слова: исправление убирает только его.',
    jointHint: 'Две записи склеены лишней точкой: между ними нужна запятая.',
    dittoFirst: (mark: string) => `${q(mark)} («то же») в первой строке: повторять нечего.`,
    dittoFirstHint: 'Впишите ответственного: знак повтора берёт имя из ячейки выше.',
    onlyExecutors: (title: string, cell: string, text: string) => `Ответственный не указан, а в «${title}» (${cell}) — ${q(text)}.`,
    onlyExecutorsHint: (title: string) => `Если отвечает он, перенесите запись в «${title}»; иначе впишите ответственного.`,
    otherResponsible: (chosen: string, other: string) =>
      `Ответственных два столбца: проверяется ${chosen}, ещё есть ${other}. Другой можно выбрать в форме «Столбцы».`,
    unknownEntry: (text: string) => `Не распознано: ${q(text)}.`,
    unknownEntryHint: 'Пишите «Фамилия И.О.», название группы или организации; несколько — через запятую.',
    rosterDuplicate: (name: string, rows: number[]) => `В реестре дважды ${name}: строки ${rows.join(', ')}.`,
    rosterDuplicateHint: 'Если это разные люди, впишите полностью имя и отчество или должность; если один — удалите повтор.',
    rosterUnreadable: (name: string) => `Не читается как ФИО: ${q(name)}.`,
    rosterUnreadableHint: 'Пишите «Фамилия Имя Отчество» или «Фамилия И.О.»; для группы или организации укажите тип.',
  },
  errors: {
    mappingTwice: (letter: string) => `Столбец ${letter} выбран дважды: у исполнителей должен быть свой столбец.`,
    noColumn: 'Столбец «Ответственные» не найден: выберите его в форме «Столбцы» (или --columns "Ответственные=E" в командной строке).',
    tooLarge: (cells: number, max: number) =>
      `Слишком большой диапазон: ${cells} ${pluralRu(cells, 'ячейка', 'ячейки', 'ячеек')} (не больше ${max}).`,
    rosterMissing: 'Лист «Участники» не найден: проверка идёт по самому столбцу (опечатки — по более частому написанию).',
    rosterNoHeader: 'На листе «Участники» нет строки заголовков со столбцом «ФИО»: проверка идёт по самому столбцу.',
    rosterEmpty:
      'Реестр «Участники» пуст: проверка идёт по самому столбцу. Заполните реестр — Кластер может предложить его по именам из плана.',
    nothing: 'В диапазоне нет ни одного ответственного.',
  },
  people: {
    header: ['Ответственный', 'Ячеек'],
    count: (n: number) => `${n} ${pluralRu(n, 'ячейка', 'ячейки', 'ячеек')}`,
  },
  activities: (n: number) => `${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  workload: {
    sheet: 'Нагрузка',
    header: ['Участник', 'Всего: ответственный', 'Всего: исполнитель'],
    undated: 'Без срока',
    month: (label: string) => label,
    cell: (responsible: number, executor: number) => (executor ? `${responsible} / ${executor}` : String(responsible || '')),
    legend: (threshold: number) =>
      `Нагрузка построена надстройкой «Кластер» и перестраивается заново. В ячейке месяца: ответственный / исполнитель; больше ${threshold} ${pluralRu(threshold, 'мероприятия', 'мероприятий', 'мероприятий')} в месяц — выделено.`,
    over: (name: string, month: string, n: number, threshold: number) =>
      `${name}: ${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')} в ${month} (порог ${threshold}).`,
    badThreshold: 'Порог нагрузки должен быть целым числом от 1 до 1000.',
  },
  matrix: {
    sheet: 'Матрица ответственности',
    activity: 'Мероприятие',
    row: 'Строка',
    flags: 'Замечания',
    responsible: 'Р',
    executor: 'И',
    noResponsible: 'нет ответственного',
    several: (n: number) => `${n} ${pluralRu(n, 'ответственный', 'ответственных', 'ответственных')} в столбце «Ответственный»`,
    legend: 'Р — ответственный, И — исполнитель. Матрица построена надстройкой «Кластер» и перестраивается заново.',
  },
  rosterKinds: { person: 'Человек', organisation: 'Организация', school: 'Школа', group: 'Группа' },
  monthShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  list,
};

export type PeopleMessages = typeof ru;

const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en: PeopleMessages = {
  menu: {
    sidebar: 'Responsible people…',
    buildSheets: 'Workload and responsibility matrix',
  },
  sidebarTitle: 'Responsible people',
  about: 'Responsible people: the «Участники» roster, spelling checks of names, fixes, workload and the responsibility matrix.',
  fields: { activity: 'Activity', term: 'Term', responsible: 'Responsible', executors: 'Executors' },
  server: {
    noPlans: 'No sheet in this spreadsheet has the columns «Мероприятие» and «Ответственные».',
    noColumn: (sheet) => `The sheet «${sheet}» has no «Ответственные» column: choose it in the «Columns» form.`,
    checkTitle: (sheet) => `${sheet}: responsible`,
    summary: (rows, people) =>
      `${rows} ${enPlural(rows, 'activity', 'activities')}, ${people} ${enPlural(people, 'participant', 'participants')}`,
    rosterOk: (people, others) =>
      `Roster «Участники»: ${people} ${enPlural(people, 'person', 'people')}` + (others ? `, groups and organisations: ${others}.` : '.'),
    fixed: (n, skipped) =>
      (n ? `Fixed: ${n} ${enPlural(n, 'cell', 'cells')}.` : 'Nothing was fixed.') +
      (skipped ? ` Skipped ${skipped}: changed since the check — check again.` : ''),
    noCell: 'Select a cell in the sheet.',
    formulaCell: 'The selected cell holds a formula: insert the name into a text cell.',
    generatedCell: 'The selected cell is on a sheet Кластер builds: select a cell in the plan.',
    alreadyThere: (name, cell) => `${name} is already in ${cell}.`,
    inserted: (name, cell) => `${name} → ${cell}.`,
    rosterNeeded: 'Fill the roster «Участники» first: the list is made from it.',
    rosterCreated: (sheet) => `The sheet «${sheet}» was created: type the participants or fill it from the plan.`,
    rosterExists: (sheet) => `The sheet «${sheet}» already exists.`,
    rosterAdded: (n, sheet) => `${n} ${enPlural(n, 'row', 'rows')} added to «${sheet}».`,
    rosterNothing: 'Every name of the plan is already in the roster.',
    rosterBadHeader: (sheet) => `The sheet «${sheet}» has no header row with an «ФИО» column: add one or rename the sheet.`,
    dropdown: (range, n) =>
      `A list of ${n} ${enPlural(n, 'name', 'names')} is set on ${range}: a value outside it is only marked (a cell may name several people).`,
    tooManyNames: (n, max) => `The roster has ${n} names; a dropdown holds ${max}: the first ${max} were set.`,
    workloadBuilt: (sheet, people, over, threshold) =>
      `«${sheet}»: ${people} ${enPlural(people, 'participant', 'participants')}` +
      (over
        ? `, above the threshold ${threshold} in ${over} ${enPlural(over, 'month', 'months')} (highlighted).`
        : `, no one above the threshold ${threshold}.`),
    matrixBuilt: (sheet, rows, people, flagged) =>
      `«${sheet}»: ${rows} ${enPlural(rows, 'activity', 'activities')} × ${people} ${enPlural(people, 'participant', 'participants')}` +
      (flagged ? `, ${flagged} ${enPlural(flagged, 'remark', 'remarks')} (highlighted).` : ', no remarks.'),
    noRows: (sheet) => `The sheet «${sheet}» has no activities.`,
    matrixTooLarge: (rows, people) => `The matrix is too large: ${rows} activities × ${people} participants. Build it from a smaller plan.`,
  },
  sidebar: {
    sheet: 'Plan sheet',
    columns: 'Columns',
    saveMapping: 'Remember the choice',
    resetMapping: 'Detect automatically',
    none: '— none —',
    roster: 'Roster «Участники»',
    createRoster: 'Create the «Участники» sheet',
    proposeRoster: 'Fill from the plan',
    proposed: (n) => `${n} ${enPlural(n, 'row', 'rows')} proposed: untick any you do not want, then confirm.`,
    addRows: 'Add the ticked rows',
    actions: 'Actions',
    check: 'Check',
    fixSafe: 'Fix all safe ones',
    fixSafeConfirm: (n) =>
      `Fix ${n} safe ${enPlural(n, 'finding', 'findings')}? The rest of each cell stays as it is; Undo (Ctrl+Z) takes it back.`,
    fix: 'Fix',
    dropdown: 'Set a dropdown list',
    picker: 'Insert a participant',
    filter: 'Search the roster',
    pickerHint: 'Select a cell in the sheet, then click a name: it is added to the cell’s text.',
    threshold: 'Workload threshold a month',
    workload: 'Workload',
    matrix: 'Responsibility matrix',
    loading: 'Loading…',
    reading: 'Reading the sheet…',
    checking: 'Checking…',
    fixing: 'Fixing…',
    building: 'Building the sheet…',
    saving: 'Saving…',
    saved: 'The column choice is remembered.',
    findings: (n) => (n ? `${n} ${enPlural(n, 'finding', 'findings')}` : 'No findings'),
    shown: (n) => `(the first ${n} shown)`,
    noFindings: 'The responsible people are written consistently: no findings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
    mappingSummary: (rows, column, saved) =>
      `${rows} ${enPlural(rows, 'activity', 'activities')}, responsible in column ${column}` + (saved ? '. Columns chosen by hand.' : '.'),
    noNames: 'The roster is empty.',
  },
  kinds: { group: 'Group', organisation: 'Organisation' },
  findings: {
    empty: 'No one responsible.',
    emptyHint: 'Give a surname with initials, a group or an organisation.',
    cellError: (error) => `Formula error ${error} instead of a responsible person.`,
    cellErrorHint: 'Fix the formula or type the name as text.',
    notText: (value) => `A number or date instead of a responsible person: ${value}.`,
    notTextHint: 'Type the surname and initials.',
    tooLong: (chars) => `The text is too long (${chars} characters): the cell was not checked.`,
    tooLongHint: 'Keep only the responsible people in this column.',
    style: (from, to, why) => end(`${why}: ${from} → ${to}`),
    whyRoster: 'Spelled differently from the roster',
    whyColumn: 'Spelled differently from the rest of the column',
    whyDeclined: 'Surname not in the nominative',
    whyLatin: 'Latin letters in a Russian word',
    whyPartial: 'An initial is missing',
    whyDot: 'An initial without its dot, where the rest of the column has one',
    typo: (from, to) => end(`Possible typo: ${from} → ${to}`),
    typoHintRoster: 'This is how the roster «Участники» spells this person.',
    typoHintColumn: (to, n) => `${to} appears ${n} ${enPlural(n, 'time', 'times')} in the plan; if these are different people, leave it.`,
    similar: (name, others) => `${name}: looks like ${others.join(', ')} — the same person?`,
    similarHint: 'Кластер never merges different people with similar surnames: fix it yourself if it is a typo.',
    initials: (name, others) => end(`${name}: the same surname as ${others.join(', ')}, different initials`),
    initialsHint: 'Check the initials; if this is someone else, add them to the roster «Участники».',
    ambiguous: (name, rows) =>
      `The roster has several people named ${name} (${enPlural(rows.length, 'row', 'rows')} ${rows.join(', ')}): which one is meant is unclear.`,
    ambiguousHint: 'Give their full names or positions in the roster to tell them apart.',
    unknownPerson: (name) => end(`Not in the roster «Участники»: ${name}`),
    unknownPersonHint: (closest) =>
      closest.length
        ? `Closest in the roster: ${closest.join(', ')} — or add this person to the roster.`
        : 'Add this person to the roster «Участники».',
    unknownName: (kind, name) => `${kind} “${name}” is not in the roster «Участники».`,
    unknownNameTypo: (kind, from, to) => `${kind} “${from}” is not in the roster; possible typo: “${from}” → “${to}”.`,
    unknownNameHint: 'Add it to the roster «Участники» (type «Группа» or «Организация»).',
    strayHint: 'A stray character inside a word, or a letter or word typed twice: the fix removes only that.',
    jointHint: 'Two entries glued by a stray full stop: a comma belongs between them.',
    dittoFirst: (mark) => `“${mark}” (“the same”) in the first row: there is nothing above to repeat.`,
    dittoFirstHint: 'Write the responsible person: a ditto mark takes the name from the cell above.',
    onlyExecutors: (title, cell, text) => `No one responsible is given, while “${title}” (${cell}) says “${text}”.`,
    onlyExecutorsHint: (title) => `If they answer for it, move the entry to “${title}”; otherwise write who does.`,
    otherResponsible: (chosen, other) =>
      `Two responsibility columns: ${chosen} is checked, there is also ${other}. Choose the other in the «Columns» form.`,
    unknownEntry: (text) => `Not understood: “${text}”.`,
    unknownEntryHint: 'Write «Фамилия И.О.», a group or an organisation; separate several with commas.',
    rosterDuplicate: (name, rows) => `The roster lists ${name} twice: rows ${rows.join(', ')}.`,
    rosterDuplicateHint: 'If they are different people, give full names or positions; if the same, delete the repeat.',
    rosterUnreadable: (name) => `Does not read as a name: “${name}”.`,
    rosterUnreadableHint: 'Write «Фамилия Имя Отчество» or «Фамилия И.О.»; for a group or an organisation set the type.',
  },
  errors: {
    mappingTwice: (letter) => `Column ${letter} is chosen twice: the executors need a column of their own.`,
    noColumn: 'No «Ответственные» column found: choose it in the «Columns» form (or --columns "Ответственные=E" on the command line).',
    tooLarge: (cells, max) => `The range is too large: ${cells} cells (at most ${max}).`,
    rosterMissing: 'No sheet «Участники»: the column is checked against itself (typos against the more frequent spelling).',
    rosterNoHeader: 'The sheet «Участники» has no header row with an «ФИО» column: the column is checked against itself.',
    rosterEmpty:
      'The roster «Участники» is empty: the column is checked against itself. Fill the roster — Кластер can propose it from the names in the plan.',
    nothing: 'The range holds no responsible people.',
  },
  people: {
    header: ['Responsible', 'Cells'],
    count: (n) => `${n} ${enPlural(n, 'cell', 'cells')}`,
  },
  activities: (n) => `${n} ${enPlural(n, 'activity', 'activities')}`,
  workload: {
    sheet: 'Нагрузка',
    header: ['Participant', 'Total: responsible', 'Total: executor'],
    undated: 'No date',
    month: (label) => label,
    cell: (responsible, executor) => (executor ? `${responsible} / ${executor}` : String(responsible || '')),
    legend: (threshold) =>
      `Built by the Кластер add-on and rebuilt on every run. A month cell: responsible / executor; more than ${threshold} activities a month are highlighted.`,
    over: (name, month, n, threshold) => `${name}: ${n} ${enPlural(n, 'activity', 'activities')} in ${month} (threshold ${threshold}).`,
    badThreshold: 'The workload threshold must be a whole number from 1 to 1000.',
  },
  matrix: {
    sheet: 'Матрица ответственности',
    activity: 'Activity',
    row: 'Row',
    flags: 'Remarks',
    responsible: 'Р',
    executor: 'И',
    noResponsible: 'no one responsible',
    several: (n) => `${n} people responsible in a single «Ответственный» column`,
    legend: 'Р responsible, И executor. Built by the Кластер add-on and rebuilt on every run.',
  },
  rosterKinds: { person: 'Человек', organisation: 'Организация', school: 'Школа', group: 'Группа' },
  monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  list,
};

/** The responsibility-job texts in one language. */
export function messages(lang: Lang = 'ru'): PeopleMessages {
  return lang === 'en' ? en : ru;
}
