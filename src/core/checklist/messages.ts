/** Every user-facing text of the checklist job, Russian first, English second. */
import type { Lang } from '../i18n/lang';

/** Russian plural: 1 школа, 3 школы, 5 школ, 11 школ, 21 школа. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n);
  if (!Number.isInteger(a)) return few;
  const d = a % 10;
  const dd = a % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

const n = (x: number, one: string, few: string, many: string) => `${fmt(x)} ${pluralRu(x, one, few, many)}`;
const en = (x: number, one: string, many: string) => `${fmt(x)} ${x === 1 ? one : many}`;
const fmt = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
const q = (s: string) => `«${s}»`;
const list = (xs: readonly string[]) => xs.join(', ');

const ru = {
  answer: {
    formulaError: (text: string) => `в ячейке ошибка формулы ${text}`,
    dateNotAnswer: 'в ячейке дата, а не ответ',
    checkboxOnPoints: (max: number) => `флажок не подходит для шкалы 0–${fmt(max)}: укажите балл`,
    numberOnYesNo: (text: string) => `число ${text} не подходит: ответ — «Да», «Частично», «Нет» или «Не применимо» (или 1, 0,5, 0)`,
    unclear: 'ответ неоднозначен: выберите «Да», «Частично», «Нет» или «Не применимо»',
    unknownWord: 'ответ не распознан: выберите значение из списка',
    outOfScale: (text: string, max: number) => `${text} — вне шкалы 0–${fmt(max)}`,
    notAnOption: (text: string) => `«${text}» — нет такого варианта ответа: выберите из списка`,
    ambiguousOption: 'ответ подходит к нескольким вариантам: выберите из списка',
    wordOnPoints: (max: number) => `для этого критерия нужен балл от 0 до ${fmt(max)}`,
  },
  answerNames: {
    yes: '«Да»',
    partial: '«Частично»',
    no: '«Нет»',
    na: '«Не применимо»',
    points: (p: number) => n(p, 'балл', 'балла', 'баллов'),
  },
  template: {
    hint: 'Шаблон чек-листа. «Вес» — по умолчанию 1. «Шкала» — пусто (Да/Частично/Нет), «0–3» или «подтверждается = 3; скорее подтверждается = 2; …». Уровни — строка «Уровни: базовый — от 0%; средний — от 50%; высокий — от 80%».',
    noHeader: 'Не найдена строка заголовков чек-листа: нужен хотя бы столбец «Критерий» (или «Показатель»).',
    empty: 'В чек-листе нет ни одного критерия.',
    badLevels: (text: string) => `Уровни не распознаны: «${text}». Пример: «Уровни: базовый — до 49%; средний — от 50%; высокий — от 80%».`,
    noText: (number: string) => `Строка № ${number}: не указан текст критерия — строка пропущена.`,
    cellError: (text: string) => `В ячейке критерия ошибка формулы ${text} — строка пропущена.`,
    badWeight: (text: string) => `Вес «${text}» не распознан (нужно положительное число) — принят вес 1.`,
    badScale: (text: string) => `Шкала «${text}» не распознана — критерий принят как «Да/Нет». Пример: «0–3» или «подтверждается = 3; не подтверждается = 0».`,
    duplicateId: (section: string, label: string) => `Критерий ${section ? `раздела «${section}» ` : ''}«${label}» повторяется: у каждого критерия должен быть свой номер.`,
    levelsUnknownSection: (name: string) => `Уровни заданы для раздела «${name}», но такого раздела нет.`,
  },
  tab: {
    title: (school: string) => `Чек-лист: ${school}`,
    hint: 'Заполните столбцы «Ответ», «Подтверждение» (ссылка или документ) и «Комментарий». Остальные ячейки защищены.',
    noHeader: (school: string) => `Лист школы ${q(school)}: не найдена строка заголовков («Критерий», «Ответ»). Ответы не прочитаны.`,
    noAnswerColumn: (school: string) => `Лист школы ${q(school)}: нет столбца «Ответ». Ответы не прочитаны.`,
    duplicateRow: (label: string) => `Критерий ${label} повторяется: учтена первая строка, эта — нет.`,
    renumbered: (number: string, label: string) => `Номер или раздел критерия изменён (здесь ${number}); критерий узнан по тексту как ${label}.`,
    textEdited: (label: string, text: string) => `Текст критерия ${label} изменён; ответ учтён. В шаблоне: «${text}».`,
    criterionChanged: (label: string, text: string, tabText: string) =>
      `На месте критерия ${label} («${text}») стоит другой: «${tabText}». Ответ не учтён — верните текст критерия.`,
    unknownRow: (text: string) => `Строка «${text}» не из шаблона чек-листа — ответ не учтён.`,
    answerRead: (text: string, as: string) => `Ответ «${text}» прочитан как ${as}.`,
    answerFlagged: (text: string, reason: string) => `Ответ «${text}» не учтён: ${reason}.`,
    missingCriterion: (label: string, text: string) => `Критерий ${label} («${text}») не найден на листе школы — он удалён или изменён.`,
    templateTextChanged: (text: string) => `Текст критерия в шаблоне изменился: «${text}». Строка школы оставлена как есть.`,
    protectSheet: (school: string) => `Кластер: чек-лист ${q(school)} (изменяются только ответы)`,
    protectAnswers: (school: string) => `Кластер: ответы ${q(school)}`,
  },
  rounds: {
    noName: 'Укажите название среза, например «Входной, октябрь 2022».',
    badDate: (d: string) => `Неверная дата среза: «${d}».`,
    nameTaken: (name: string) => `Срез «${name}» уже зафиксирован. Выберите другое название.`,
    noSchools: 'Нет ни одного листа школы: сначала разошлите чек-листы.',
    emptyRound: 'Ни одна школа ещё не заполнила чек-лист — срез пуст и не зафиксирован.',
    historyNoHeader: 'Лист истории срезов повреждён: не найдена строка заголовков («Срез», «Школа»). Срезы из него не прочитаны.',
    historyBadRow: 'Строка истории без названия среза или школы — пропущена.',
  },
  targets: {
    empty: 'Целевое значение не указано.',
    noNumber: (raw: string) => `В показателе «${raw}» нет числа для сравнения.`,
    noActual: 'нет данных',
    tooFewNumbers: (need: number, got: number) => `в факте ${n(got, 'число', 'числа', 'чисел')}, а в цели ${n(need, 'значение', 'значения', 'значений')}`,
    noHeader: 'Не найдена таблица показателей: нужны столбцы «Показатель» (цель) и «Факт».',
    status: { met: 'выполнен', 'not-met': 'не выполнен', 'no-data': 'нет данных' } as Record<'met' | 'not-met' | 'no-data', string>,
  },
  summary: {
    title: 'Мониторинг — сводка',
    legend: (prev: string | undefined) =>
      `Сводка построена надстройкой «Кластер» и перестраивается заново. Балл — доля набранных баллов от максимума по отвеченным критериям (Да = 1, Частично = 0,5, Нет = 0; «Не применимо» не учитывается).${prev ? ` Изменение — по сравнению со срезом «${prev}».` : ''}`,
    overall: (score: number | null, level: string | undefined, started: number, total: number) =>
      `Средний балл кластера: ${score === null ? '—' : `${Math.round(score * 100)}%`}${level ? ` (уровень «${level}»)` : ''}; приступили ${started} из ${n(total, 'школы', 'школ', 'школ')}.`,
    schoolsTitle: 'Школы',
    schoolHeader: ['Школа', 'Балл', 'Уровень', 'Заполнено', '«Нет» / 0 баллов', 'Изменение', 'Светофор', 'Статус', 'Замечания'],
    lights: { green: 'зелёный', yellow: 'жёлтый', red: 'красный', grey: 'не начато' },
    noTab: 'нет листа',
    notStarted: 'не приступила',
    problems: (flagged: number, problems: number) =>
      [flagged ? `${n(flagged, 'ответ', 'ответа', 'ответов')} не распознано` : '', problems ? `${n(problems, 'замечание', 'замечания', 'замечаний')} к листу` : ''].filter(Boolean).join('; '),
    sectionsTitle: 'Разделы (сначала самые слабые)',
    sectionHeader: ['Раздел', 'Балл', 'Да', 'Частично', 'Нет', 'Ответов'],
    criteriaTitle: 'Критерии (сначала самые слабые)',
    criterionHeader: ['Раздел', '№', 'Критерий', 'Балл', 'Да', 'Частично', 'Нет', 'Не применимо', 'Школы с ответом «Нет»'],
    dynamicsTitle: 'Динамика по срезам',
    dynamicsHeader: ['Срез', 'Балл кластера', 'Дата', 'Школ приступило'],
    live: 'Сейчас (не зафиксировано)',
    chartSchools: 'Балл по школам',
    chartDynamics: 'Балл кластера по срезам',
  },
  importWord: {
    noHeader: 'Не найдена таблица чек-листа: нужна строка заголовков со столбцом «Показатель» (или «Критерий») и хотя бы ещё одним («№», «Оценка»).',
    empty: 'В таблице нет ни одного показателя.',
    noText: (row: number) => `Строка ${row}: номер есть, а текста показателя нет.`,
    scaleFromAnswers: (max: number) => `Шкала не указана; по заполненным оценкам принята шкала 0–${fmt(max)}. Подтвердите максимальный балл.`,
    noScale: 'Шкала оценки не найдена ни в таблице, ни в тексте над или под ней. Укажите варианты ответа с баллами или максимальный балл.',
    assumedYesNo: 'пока принято «Да/Частично/Нет»',
    rowScale: (row: number, text: string) => `Строка ${row}: шкала «${text}» не распознана. Укажите варианты ответа с баллами.`,
    noLevels: 'Пороги уровней («базовый / средний / высокий») не найдены. Укажите их, если уровни нужны.',
    assumedNoLevels: 'пока без уровней',
  },
  note: {
    title: (round: string, cluster: string | undefined) =>
      `Аналитическая справка по результатам мониторинга${round ? ` «${round}»` : ''}${cluster ? ` (${cluster})` : ''}`,
    general: '1. Общие сведения',
    generalText: (round: string, date: string, total: number, started: number, criteria: number) =>
      `Мониторинг${round ? ` «${round}»` : ''} проведён на ${date} в форме самодиагностики ОО по утверждённому чек-листу (${n(criteria, 'критерий', 'критерия', 'критериев')}). ` +
      `Участников — ${n(total, 'школа', 'школы', 'школ')}, чек-лист заполнили ${started} (${total ? Math.round((started / total) * 100) : 0}%).`,
    notStarted: (schools: readonly string[]) => `Не приступили к заполнению: ${list(schools)}.`,
    results: '2. Результаты',
    noResults: 'Ни одна школа не заполнила чек-лист — результатов нет.',
    overall: (score: string, level: string | undefined) => `Средний балл по кластеру — ${score}${level ? `, уровень «${level}»` : ''}.`,
    levels: (entries: [string, number][]) => `Уровни школ: ${entries.map(([l, c]) => `«${l}» — ${n(c, 'школа', 'школы', 'школ')}`).join(', ')}.`,
    schoolTable: ['Школа', 'Балл', 'Уровень', 'Заполнено', '«Нет» / 0 баллов'],
    sectionTable: ['Раздел', 'Балл', 'Да', 'Нет'],
    deficits: '3. Дефициты',
    noDeficits: (below: string) => `Критериев и школ с баллом ниже ${below} нет.`,
    weakCriteria: (below: string) => `Критерии с баллом ниже ${below} (сначала самые слабые):`,
    weakCriterion: (text: string, yes: number, applicable: number, score: string) => `«${text}» — выполнен в ${yes} из ${n(applicable, 'школы', 'школ', 'школ')} (балл ${score})`,
    weakSchools: (below: string) => `Школы с баллом ниже ${below}:`,
    dynamics: '4. Динамика',
    firstRound: 'Это первый срез: динамика будет показана после следующего.',
    clusterChange: (prev: string, from: string, to: string, change: number | null) =>
      `По сравнению со срезом «${prev}» средний балл ${change === null ? 'не сравним' : Math.round(change * 100) > 0 ? `вырос на ${n(Math.round(change * 100), 'процентный пункт', 'процентных пункта', 'процентных пунктов')}` : Math.round(change * 100) < 0 ? `снизился на ${n(-Math.round(change * 100), 'процентный пункт', 'процентных пункта', 'процентных пунктов')}` : 'не изменился'} (${from} → ${to}).`,
    improved: (c: number) => `Балл вырос у ${n(c, 'школы', 'школ', 'школ')}:`,
    declined: (c: number) => `Балл снизился у ${n(c, 'школы', 'школ', 'школ')}:`,
    noChange: 'Баллы школ не изменились.',
    dynamicsTable: ['Срез', 'Дата', 'Балл кластера', 'Школ приступило'],
    live: 'Сейчас',
    indicators: '5. Достижение показателей',
    indicatorsText: (met: number, total: number, noData: number) =>
      `Выполнено ${met} из ${n(total, 'показателя', 'показателей', 'показателей')}${noData ? `; по ${n(noData, 'показателю', 'показателям', 'показателям')} нет данных` : ''}.`,
    indicatorTable: ['Критерий', 'Цель', 'Факт', 'Результат'],
    recommendations: '6. Рекомендации',
    recCriterion: (text: string, schools: readonly string[]) =>
      `Обеспечить выполнение критерия «${text}»${schools.length ? ` (${list(schools)})` : ''}; включить меры в скорректированные планы работы ОО.`,
    recSchool: (school: string) => `${school}: оказать адресную методическую помощь, рассмотреть результаты на совещании с руководителем ОО.`,
    recIndicator: (name: string) => `Принять меры по достижению показателя «${name}».`,
    recNoData: (name: string) => `Представить фактические данные по показателю «${name}».`,
    recNotStarted: (c: number) => `Обеспечить заполнение чек-листа ${c === 1 ? 'школой, не приступившей' : 'школами, не приступившими'} к самодиагностике (${n(c, 'школа', 'школы', 'школ')}).`,
    recKeep: 'Сохранить достигнутый уровень; продолжить реализацию планов работы ОО.',
  },
  functions: {
    noAnswers: 'Укажите диапазон с ответами.',
    weightsShape: (a: number, w: number) => `Ответов ${a}, а весов ${w}: диапазоны должны быть одного размера.`,
    badWeight: (text: string) => `Вес «${text}» не число.`,
    badAnswer: (text: string, reason: string) => `Ответ «${text}» не распознан: ${reason}.`,
    nothing: 'нет ответов',
    tooLarge: (cells: number, max: number) => `Слишком большой диапазон: ${cells} ячеек (не больше ${max}).`,
  },
};

export type ChecklistMessages = typeof ru;

const enMessages: ChecklistMessages = {
  answer: {
    formulaError: (text) => `the cell holds a formula error ${text}`,
    dateNotAnswer: 'the cell holds a date, not an answer',
    checkboxOnPoints: (max) => `a checkbox does not fit a 0–${max} scale: enter the points`,
    numberOnYesNo: (text) => `${text} does not fit: answer «Да», «Частично», «Нет» or «Не применимо» (or 1, 0.5, 0)`,
    unclear: 'the answer is ambiguous: choose «Да», «Частично», «Нет» or «Не применимо»',
    unknownWord: 'the answer is not recognised: choose from the list',
    outOfScale: (text, max) => `${text} is outside the 0–${max} scale`,
    notAnOption: (text) => `“${text}” is not one of the options: choose from the list`,
    ambiguousOption: 'the answer fits several options: choose from the list',
    wordOnPoints: (max) => `this criterion needs points from 0 to ${max}`,
  },
  answerNames: { yes: '«Да»', partial: '«Частично»', no: '«Нет»', na: '«Не применимо»', points: (p) => en(p, 'point', 'points') },
  template: {
    hint: 'Checklist template. «Вес» (weight) defaults to 1. «Шкала» (scale): empty (yes/partly/no), «0–3» or «option = 3; option = 0». Levels: a row «Уровни: базовый — от 0%; средний — от 50%; высокий — от 80%».',
    noHeader: 'No checklist header found: at least a «Критерий» (criterion) column is needed.',
    empty: 'The checklist has no criteria.',
    badLevels: (text) => `Levels not recognised: “${text}”. Example: «Уровни: базовый — до 49%; средний — от 50%; высокий — от 80%».`,
    noText: (number) => `Row No. ${number}: the criterion has no text — row skipped.`,
    cellError: (text) => `The criterion cell holds a formula error ${text} — row skipped.`,
    badWeight: (text) => `Weight “${text}” not recognised (a positive number is needed) — weight 1 used.`,
    badScale: (text) => `Scale “${text}” not recognised — the criterion is read as yes/no. Example: «0–3».`,
    duplicateId: (section, label) => `Criterion “${label}”${section ? ` of section “${section}”` : ''} is repeated: each criterion needs its own number.`,
    levelsUnknownSection: (name) => `Levels are given for section “${name}”, which does not exist.`,
  },
  tab: {
    title: (school) => `Чек-лист: ${school}`,
    hint: 'Заполните столбцы «Ответ», «Подтверждение» (ссылка или документ) и «Комментарий». Остальные ячейки защищены.',
    noHeader: (school) => `School sheet “${school}”: no header row («Критерий», «Ответ»). Answers not read.`,
    noAnswerColumn: (school) => `School sheet “${school}”: no «Ответ» column. Answers not read.`,
    duplicateRow: (label) => `Criterion ${label} is repeated: the first row counts, this one does not.`,
    renumbered: (number, label) => `The criterion's number or section was changed (here ${number}); recognised by its text as ${label}.`,
    textEdited: (label, text) => `The text of criterion ${label} was edited; the answer counts. Template: “${text}”.`,
    criterionChanged: (label, text, tabText) => `Criterion ${label} (“${text}”) was replaced by “${tabText}”. The answer is not counted — restore the criterion's text.`,
    unknownRow: (text) => `Row “${text}” is not in the checklist template — its answer is not counted.`,
    answerRead: (text, as) => `Answer “${text}” read as ${as}.`,
    answerFlagged: (text, reason) => `Answer “${text}” not counted: ${reason}.`,
    missingCriterion: (label, text) => `Criterion ${label} (“${text}”) is not on the school's sheet — deleted or changed.`,
    templateTextChanged: (text) => `The template's text of this criterion has changed: “${text}”. The school's row is left as it is.`,
    protectSheet: (school) => `Кластер: checklist “${school}” (only the answers are editable)`,
    protectAnswers: (school) => `Кластер: answers of “${school}”`,
  },
  rounds: {
    noName: 'Give the round a name, e.g. «Входной, октябрь 2022».',
    badDate: (d) => `Bad round date: “${d}”.`,
    nameTaken: (name) => `Round “${name}” is already recorded. Choose another name.`,
    noSchools: 'There are no school sheets: send out the checklists first.',
    emptyRound: 'No school has filled its checklist yet — the round is empty and was not recorded.',
    historyNoHeader: 'The round history sheet is damaged: no header row («Срез», «Школа»). No rounds read from it.',
    historyBadRow: 'A history row without a round or school — skipped.',
  },
  targets: {
    empty: 'No target given.',
    noNumber: (raw) => `Target “${raw}” has no number to compare with.`,
    noActual: 'no data',
    tooFewNumbers: (need, got) => `the actual value gives ${en(got, 'number', 'numbers')}, the target ${en(need, 'value', 'values')}`,
    noHeader: 'No indicator table found: the columns «Показатель» (target) and «Факт» (actual) are needed.',
    status: { met: 'met', 'not-met': 'not met', 'no-data': 'no data' },
  },
  summary: {
    title: 'Monitoring — summary',
    legend: (prev) =>
      `Built by Кластер and rebuilt in place. Score — points over the maximum of the answered criteria (Да = 1, Частично = 0.5, Нет = 0; «Не применимо» left out).${prev ? ` Change — since round “${prev}”.` : ''}`,
    overall: (score, level, started, total) =>
      `Cluster score: ${score === null ? '—' : `${Math.round(score * 100)}%`}${level ? ` (level “${level}”)` : ''}; ${started} of ${en(total, 'school', 'schools')} started.`,
    schoolsTitle: 'Schools',
    schoolHeader: ['School', 'Score', 'Level', 'Answered', '«Нет» / 0 points', 'Change', 'Light', 'Status', 'Problems'],
    lights: { green: 'green', yellow: 'yellow', red: 'red', grey: 'not started' },
    noTab: 'no sheet',
    notStarted: 'not started',
    problems: (flagged, problems) =>
      [flagged ? `${en(flagged, 'answer', 'answers')} not recognised` : '', problems ? `${en(problems, 'problem', 'problems')} on the sheet` : ''].filter(Boolean).join('; '),
    sectionsTitle: 'Sections (weakest first)',
    sectionHeader: ['Section', 'Score', 'Yes', 'Partly', 'No', 'Answers'],
    criteriaTitle: 'Criteria (weakest first)',
    criterionHeader: ['Section', 'No.', 'Criterion', 'Score', 'Yes', 'Partly', 'No', 'N/A', 'Schools answering «Нет»'],
    dynamicsTitle: 'Dynamics by round',
    dynamicsHeader: ['Round', 'Cluster score', 'Date', 'Schools started'],
    live: 'Now (not recorded)',
    chartSchools: 'Score by school',
    chartDynamics: 'Cluster score by round',
  },
  importWord: {
    noHeader: 'No checklist table found: a header row with «Показатель» (or «Критерий») and at least one more column («№», «Оценка») is needed.',
    empty: 'The table has no indicators.',
    noText: (row) => `Row ${row}: a number but no indicator text.`,
    scaleFromAnswers: (max) => `No scale given; from the filled scores a 0–${max} scale is assumed. Confirm the maximum.`,
    noScale: 'No scale found in the table or in the text above or below it. Give the answer options with their points, or the maximum.',
    assumedYesNo: 'yes/partly/no assumed for now',
    rowScale: (row, text) => `Row ${row}: scale “${text}” not recognised. Give the options with their points.`,
    noLevels: 'No level thresholds («базовый / средний / высокий») found. Give them if levels are needed.',
    assumedNoLevels: 'no levels for now',
  },
  note: {
    title: (round, cluster) => `Analytical note on the monitoring${round ? ` “${round}”` : ''}${cluster ? ` (${cluster})` : ''}`,
    general: '1. General information',
    generalText: (round, date, total, started, criteria) =>
      `Monitoring${round ? ` “${round}”` : ''} as of ${date}: school self-assessment on the approved checklist (${en(criteria, 'criterion', 'criteria')}). ${en(total, 'school', 'schools')}; ${started} filled in the checklist (${total ? Math.round((started / total) * 100) : 0}%).`,
    notStarted: (schools) => `Not started: ${list(schools)}.`,
    results: '2. Results',
    noResults: 'No school has filled in the checklist — no results.',
    overall: (score, level) => `Cluster score — ${score}${level ? `, level “${level}”` : ''}.`,
    levels: (entries) => `School levels: ${entries.map(([l, c]) => `“${l}” — ${en(c, 'school', 'schools')}`).join(', ')}.`,
    schoolTable: ['School', 'Score', 'Level', 'Answered', '«Нет» / 0 points'],
    sectionTable: ['Section', 'Score', 'Yes', 'No'],
    deficits: '3. Deficits',
    noDeficits: (below) => `No criterion or school scores below ${below}.`,
    weakCriteria: (below) => `Criteria scoring below ${below} (weakest first):`,
    weakCriterion: (text, yes, applicable, score) => `“${text}” — met in ${yes} of ${en(applicable, 'school', 'schools')} (score ${score})`,
    weakSchools: (below) => `Schools scoring below ${below}:`,
    dynamics: '4. Dynamics',
    firstRound: 'This is the first round: dynamics will show after the next one.',
    clusterChange: (prev, from, to, change) =>
      `Since round “${prev}” the cluster score ${change === null ? 'cannot be compared' : Math.round(change * 100) > 0 ? `rose by ${Math.round(change * 100)} pp` : Math.round(change * 100) < 0 ? `fell by ${-Math.round(change * 100)} pp` : 'did not change'} (${from} → ${to}).`,
    improved: (c) => `Score rose at ${en(c, 'school', 'schools')}:`,
    declined: (c) => `Score fell at ${en(c, 'school', 'schools')}:`,
    noChange: 'School scores did not change.',
    dynamicsTable: ['Round', 'Date', 'Cluster score', 'Schools started'],
    live: 'Now',
    indicators: '5. Indicator targets',
    indicatorsText: (met, total, noData) => `${met} of ${en(total, 'target', 'targets')} met${noData ? `; no data for ${noData}` : ''}.`,
    indicatorTable: ['Criterion', 'Target', 'Actual', 'Result'],
    recommendations: '6. Recommendations',
    recCriterion: (text, schools) => `Meet the criterion “${text}”${schools.length ? ` (${list(schools)})` : ''}; include the measures in the schools' revised plans.`,
    recSchool: (school) => `${school}: targeted methodological support; review the results with the head of the school.`,
    recIndicator: (name) => `Take measures to reach the target “${name}”.`,
    recNoData: (name) => `Provide the actual figures for “${name}”.`,
    recNotStarted: (c) => `Make sure the ${en(c, 'school', 'schools')} not started fill in the checklist.`,
    recKeep: 'Keep the level reached; continue the schools\' plans.',
  },
  functions: {
    noAnswers: 'Give the range with the answers.',
    weightsShape: (a, w) => `${a} answers but ${w} weights: the ranges must be the same size.`,
    badWeight: (text) => `Weight “${text}” is not a number.`,
    badAnswer: (text, reason) => `Answer “${text}” not recognised: ${reason}.`,
    nothing: 'no answers',
    tooLarge: (cells, max) => `The range is too large: ${cells} cells (at most ${max}).`,
  },
};

/** The checklist texts in one language. */
export function checklistMessages(lang: Lang): ChecklistMessages {
  return lang === 'en' ? enMessages : ru;
}
