/** Every user-facing text of the checklist job, Russian first, English second. */
import type { Lang } from '../i18n/lang';
import { pluralRu } from '../i18n/plural';

export { pluralRu };

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
    percentOnPoints: (text: string, max: number) => `${text} — процент, а шкала критерия в баллах 0–${fmt(max)}: укажите балл`,
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
    badScale: (text: string) =>
      `Шкала «${text}» не распознана — критерий принят как «Да/Нет». Пример: «0–3» или «подтверждается = 3; не подтверждается = 0».`,
    duplicateId: (section: string, label: string) =>
      `Критерий ${section ? `раздела «${section}» ` : ''}«${label}» повторяется: у каждого критерия должен быть свой номер.`,
    levelsUnknownSection: (name: string) => `Уровни заданы для раздела «${name}», но такого раздела нет.`,
    levelsEqual: (names: readonly string[], mins: readonly number[]) =>
      `Уровни названы без порогов — приняты равные доли максимума: ${names.map((l, i) => `«${l}» — от ${mins[i]}%`).join(', ')}. Если пороги другие, впишите их: «базовый — от 0%; средний — от 50%; …».`,
    noScale: (header: string) =>
      `Столбец ответов «${header}» — в баллах, но шкала не указана ни в заголовке, ни в столбце «Шкала». Впишите шкалу («0–10», «из 100», «0–100%»): без неё листы школ не рассылаются.`,
    badDirection: (text: string) => `Направление «${text}» не распознано: впишите «убывание» (меньше или «Да» — хуже) или оставьте пустым.`,
    directionWording: (words: string) =>
      `Критерий понят как отрицательный («${words}»): «Да» и больший балл считаются хуже. Если это не так, впишите «возрастание» в столбце «Направленность».`,
  },
  tab: {
    title: (school: string) => `Чек-лист: ${school}`,
    hint: 'Заполните столбцы «Ответ», «Подтверждение» (ссылка или документ) и «Комментарий». Остальные ячейки защищены.',
    noHeader: (school: string) => `Лист школы ${q(school)}: не найдена строка заголовков («Критерий», «Ответ»). Ответы не прочитаны.`,
    noAnswerColumn: (school: string) => `Лист школы ${q(school)}: нет столбца «Ответ». Ответы не прочитаны.`,
    duplicateRow: (label: string) => `Критерий ${label} повторяется: учтена первая строка, эта — нет.`,
    renumbered: (number: string, label: string) =>
      `Номер или раздел критерия изменён (здесь ${number}); критерий узнан по тексту как ${label}.`,
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
    tooFewNumbers: (need: number, got: number) =>
      `в факте ${n(got, 'число', 'числа', 'чисел')}, а в цели ${n(need, 'значение', 'значения', 'значений')}`,
    noHeader:
      'Не найдена таблица показателей: нужен столбец «Показатель» и хотя бы ещё один («План», «Факт», «Целевое значение», «Единица измерения»).',
    status: { met: 'выполнен', 'not-met': 'не выполнен', 'no-data': 'нет данных' } as Record<'met' | 'not-met' | 'no-data', string>,
    yearTypo: (found: string, expected: string) => `Год «${found}» выбивается из ряда: по порядку здесь ${expected} — вероятно, опечатка.`,
    valuesInOrder: (years: readonly string[]) =>
      `Значения стоят не под заголовками годов (${years.join(', ')}): прочитаны по порядку — базовое, затем годы. Проверьте.`,
    valuesCount: (got: number, need: number) =>
      `В строке ${n(got, 'значение', 'значения', 'значений')}, а годов и базовых значений — ${need}: проверьте, каких не хватает.`,
    badDirection: (text: string) => `Направление «${text}» не распознано: «возрастание» (больше — лучше) или «убывание» (меньше — лучше).`,
    directionWording: (words: string) =>
      `Показатель понят как «меньше — лучше» («${words}»). Если это не так, укажите направление «возрастание».`,
    directionConflict: (words: string) =>
      `Показатель звучит как «меньше — лучше» («${words}»), а целевые значения растут: проверьте направление.`,
    deviation: (text: string, diff: number) => `Отклонение «${text}» не равно разнице факта и плана (${fmt(diff)}).`,
    breakdown: (total: number, sum: number) => `Всего ${fmt(total)}, а «в том числе» в строках ниже — ${fmt(sum)}.`,
    percentMixed: (values: readonly string[]) => `Проценты записаны по-разному — со знаком % и без: прочитаны как ${values.join('; ')} %.`,
  },
  summary: {
    title: 'Мониторинг — сводка',
    legend: (prev: string | undefined, f: { scored: boolean; yesNo: boolean; negative: number; levelsEqual: boolean }) =>
      'Сводка построена надстройкой «Кластер» и перестраивается заново. Балл — доля набранных баллов от максимума по отвеченным критериям' +
      (f.yesNo ? ' (Да = 1, Частично = 0,5, Нет = 0; «Не применимо» не учитывается)' : '') +
      '.' +
      (f.scored
        ? ' Критерии в баллах показаны по долям максимума: от 80 %, 50–79 %, ниже 50 %, и распределением поставленных баллов.'
        : '') +
      (f.negative ? ` Отрицательных критериев ${f.negative}: у них «Да» (и больший балл) — хуже, и балл за «Да» — 0.` : '') +
      (f.levelsEqual ? ' Уровни названы без порогов: приняты равные доли максимума.' : '') +
      (prev ? ` Изменение — по сравнению со срезом «${prev}».` : ''),
    overall: (score: number | null, level: string | undefined, started: number, total: number, flagged: number) =>
      `Средний балл кластера: ${score === null ? '—' : `${Math.round(score * 100)}%`}${level ? ` (уровень «${level}»)` : ''}; приступили ${started} из ${n(total, 'школы', 'школ', 'школ')}.` +
      (flagged ? ` Не распознано ${n(flagged, 'ответ', 'ответа', 'ответов')} — они не учтены.` : ''),
    schoolsTitle: 'Школы',
    schoolHeader: [
      'Школа',
      'Балл',
      'Набрано',
      'Максимум',
      'Уровень',
      'Заполнено',
      '«Нет» / 0 баллов',
      'Изменение',
      'Светофор',
      'Статус',
      'Замечания',
    ],
    lights: { green: 'зелёный', yellow: 'жёлтый', red: 'красный', grey: 'не начато' },
    noTab: 'нет листа',
    notStarted: 'не приступила',
    problems: (flagged: number, problems: number) =>
      [
        flagged ? `${n(flagged, 'ответ', 'ответа', 'ответов')} не распознано` : '',
        problems ? `${n(problems, 'замечание', 'замечания', 'замечаний')} к листу` : '',
      ]
        .filter(Boolean)
        .join('; '),
    bands: (yellow: number, green: number) => [
      `от ${Math.round(green * 100)} %`,
      `${Math.round(yellow * 100)}–${Math.round(green * 100) - 1} %`,
      `ниже ${Math.round(yellow * 100)} %`,
    ],
    yesNoHeads: ['Да', 'Частично', 'Нет'],
    mixedHeads: (bands: readonly string[]) => [`Да / ${bands[0]}`, `Частично / ${bands[1]}`, `Нет / ${bands[2]}`],
    sectionsTitle: 'Разделы (сначала самые слабые)',
    sectionHeader: ['Раздел', 'Балл', 'Да', 'Частично', 'Нет', 'Ответов'],
    criteriaTitle: 'Критерии (сначала самые слабые)',
    criterionHeader: ['Раздел', '№', 'Критерий', 'Балл', 'Да', 'Частично', 'Нет', 'Не применимо', 'Школы, где критерий не выполнен'],
    negativeMark: '(отрицательный: «Да» — хуже)',
    distributionTitle: 'Критерии в баллах: сколько школ в какой доле максимума и какие баллы поставлены',
    distributionHeader: ['№', 'Критерий', 'Средний балл', 'Максимум', 'Поставлено баллов (школ)'],
    distributionItem: (label: string, count: number) => `${label} — ${count}`,
    dynamicsTitle: 'Динамика по срезам',
    dynamicsHeader: ['Срез', 'Балл кластера', 'Дата', 'Школ приступило'],
    live: 'Сейчас (не зафиксировано)',
    chartSchools: 'Балл по школам',
    chartDynamics: 'Балл кластера по срезам',
    chartDistribution: 'Критерии в баллах: школы по долям максимума',
  },
  importWord: {
    noHeader:
      'Не найдена таблица чек-листа: нужна строка заголовков со столбцом «Показатель» (или «Критерий») и хотя бы ещё одним («№», «Оценка»).',
    empty: 'В таблице нет ни одного показателя.',
    noText: (row: number) => `Строка ${row}: номер есть, а текста показателя нет.`,
    scaleFromAnswers: (max: number) =>
      `Шкала не указана; по заполненным оценкам принята шкала 0–${fmt(max)}. Подтвердите максимальный балл.`,
    noScale: 'Шкала оценки не найдена ни в таблице, ни в тексте над или под ней. Укажите варианты ответа с баллами или максимальный балл.',
    assumedYesNo: 'пока принято «Да/Частично/Нет»',
    rowScale: (row: number, text: string) => `Строка ${row}: шкала «${text}» не распознана. Укажите варианты ответа с баллами.`,
    noLevels: 'Пороги уровней («базовый / средний / высокий») не найдены. Укажите их, если уровни нужны.',
    assumedNoLevels: 'пока без уровней',
    maxima: (header: string, values: readonly string[]) =>
      `Шкала не указана; числа в столбце «${header}» (${values.join(', ')}) приняты как максимальные баллы критериев. Если это баллы, которые поставила школа, укажите шкалу (например, «0–${values[values.length - 1]}»).`,
    assumedMaxima: 'число в строке — максимум критерия',
    textAnswersLeft: (header: string) =>
      ` Ответы текстом из столбца «${header}» в шаблон не переносятся: впишите варианты ответа с баллами в «Шкалу», если они нужны.`,
    optionsNoPoints: (labels: readonly string[]) =>
      `Столбцы ответа (${labels.map((l) => `«${l}»`).join(', ')}) без баллов: приняты равные доли — Да = 1, Частично = 0,5, Нет = 0. Если баллы другие, впишите их в столбец «Шкала».`,
    totalMismatch: (label: string, stated: number, computed: number, parts: readonly string[]) =>
      `«${label}» — ${fmt(stated)}, а сумма максимальных баллов критериев — ${fmt(computed)} (${parts.join(' + ')}). Проверьте, какое число верно.`,
    bandStart: (from: number) => `Таблица перевода начинается с ${from}, а не с 0.`,
    bandGap: (to: number, from: number) => `В таблице перевода пропуск: после ${to} идёт ${from}.`,
    bandOverlap: (to: number, from: number) => `В таблице перевода полосы пересекаются: ${to} и ${from}.`,
    bandEnd: (to: number, total: number) => `Таблица перевода кончается на ${to}, а максимум критериев — ${fmt(total)}.`,
    levelsEqual: (names: readonly string[]) => `Уровни названы без порогов (${names.map(q).join(', ')}): приняты равные доли максимума.`,
    answerUnread: (text: string, reason: string) =>
      `Ответ «${text}» не распознан: ${reason}. Он сохранён в столбце «Ответ» шаблона как есть.`,
    answersKept: (count: number) =>
      `Чек-лист заполнен: ${n(count, 'ответ', 'ответа', 'ответов')} сохранено в столбце «Ответ» шаблона. Школы заполняют свои листы после «Разослать чек-листы».`,
    negative: (label: string, words: string) =>
      `Критерий ${q(label)} понят как отрицательный («${words}»): «Да» и больший балл — хуже. Если это не так, впишите «возрастание» в столбце «Направленность» шаблона.`,
    absence: (label: string, words: string) =>
      `Критерий ${q(label)} сформулирован как отсутствие («${words}»): «Да» — отсутствие подтверждено, это хорошо. Если «Да» здесь — плохо, впишите «убывание» в столбце «Направленность» шаблона.`,
    sectionNumber: (name: string) => `Раздел ${q(name)} без номера, хотя у других разделов номера есть.`,
  },
  importSheet: {
    scaleVaries: (kinds: readonly string[]) => `по критериям: ${kinds.join('; ')}`,
    scaleFrom: {
      column: (what: string) => `Шкала: ${what} (столбец «Шкала»).`,
      header: (what: string, where: string) => `Шкала: ${what} — из заголовка «${where}».`,
      text: (what: string, where: string) => `Шкала: ${what} — из строки «${where}».`,
      options: (what: string) => `Шкала: ${what} — из столбцов ответа.`,
      maxima: (what: string) => `Шкала: ${what} — по числам в таблице (максимум каждого критерия).`,
      answers: (what: string) => `Шкала: ${what} — по заполненным ответам.`,
      none: (what: string) => `Шкала не найдена; пока принято ${what}.`,
    } as Record<import('./types').ScaleSource, (what: string, where: string) => string>,
    indicators: (sheet: string) =>
      `Лист «${sheet}» похож на таблицу показателей (значения по годам, план и факт): её читает лист «Показатели» — переименуйте лист или скопируйте таблицу туда, и нажмите «Проверить показатели».`,
    ownSheet: (sheet: string) =>
      `«${sheet}» — лист самой надстройки. Откройте лист, на который вставлен чек-лист, и нажмите «Импорт чек-листа» ещё раз.`,
    notRead: (sheet: string) => `С таким выбором столбцов лист «${sheet}» не читается как чек-лист.`,
    templateExists: (criteria: number) =>
      `Лист «Чек-лист (шаблон)» уже есть. Заменить его чек-листом из этого листа (${n(criteria, 'критерий', 'критерия', 'критериев')})? Прежний шаблон останется под другим именем.`,
    previousName: 'Чек-лист (шаблон) — прежний',
    created: (criteria: number, questions: number, previous: string | undefined) =>
      `Создан лист «Чек-лист (шаблон)»: ${n(criteria, 'критерий', 'критерия', 'критериев')}.` +
      (questions ? ` Проверьте ${n(questions, 'вопрос', 'вопроса', 'вопросов')} импорта.` : '') +
      (previous ? ` Прежний шаблон — на листе «${previous}».` : ''),
  },
  note: {
    title: (round: string, cluster: string | undefined) =>
      `Аналитическая справка по результатам мониторинга${round ? ` «${round}»` : ''}${cluster ? ` (${cluster})` : ''}`,
    general: 'Общие сведения',
    generalText: (round: string, date: string, total: number, criteria: number) =>
      `Мониторинг${round ? ` «${round}»` : ''} проведён на ${date} в форме самодиагностики ОО по утверждённому чек-листу (${n(criteria, 'критерий', 'критерия', 'критериев')}). Участников — ${n(total, 'школа', 'школы', 'школ')}.`,
    answered: (complete: number, partly: number, notStarted: number, total: number) =>
      `Чек-лист заполнили полностью ${complete} из ${total}` +
      (partly ? `, частично — ${partly}` : '') +
      (notStarted ? `, не приступили — ${notStarted}` : '') +
      '.',
    flagged: (count: number, bySchool: readonly [string, number][]) =>
      `Не распознано ${n(count, 'ответ', 'ответа', 'ответов')} (${bySchool.map(([s, c]) => `${s} — ${c}`).join(', ')}): они не учтены ни в «заполнили», ни в баллах; см. замечания к листам школ.`,
    notStarted: (schools: readonly string[]) => `Не приступили к заполнению: ${list(schools)}.`,
    results: 'Результаты',
    noResults: 'Ни одна школа не заполнила чек-лист — результатов нет.',
    overall: (score: string, level: string | undefined) => `Средний балл по кластеру — ${score}${level ? `, уровень «${level}»` : ''}.`,
    levels: (entries: [string, number][]) =>
      `Уровни школ: ${entries.map(([l, c]) => `«${l}» — ${n(c, 'школа', 'школы', 'школ')}`).join(', ')}.`,
    levelsEqual: (names: readonly string[], mins: readonly number[]) =>
      `Уровни в чек-листе названы без порогов; приняты равные доли максимума: ${names.map((l, i) => `«${l}» — от ${mins[i]} %`).join(', ')}.`,
    bands: (bands: readonly string[], counts: readonly number[]) =>
      `Распределение школ по доле набранных баллов: ${bands.map((b, i) => `${b} — ${n(counts[i]!, 'школа', 'школы', 'школ')}`).join('; ')}.`,
    schoolTable: ['Школа', 'Балл', 'Набрано', 'Уровень', 'Заполнено', 'Не выполнено'],
    sectionTable: ['Раздел', 'Балл', 'Да', 'Нет'],
    sectionTableScored: (bands: readonly string[]) => ['Раздел', 'Балл', `Ответов ${bands[0]}`, `Ответов ${bands[2]}`],
    deficits: 'Дефициты',
    noDeficits: (below: string) => `Критериев и школ с баллом ниже ${below} нет.`,
    weakCriteria: (below: string) => `Критерии с баллом ниже ${below} (сначала самые слабые):`,
    weakCriterion: (text: string, yes: number, applicable: number, score: string) =>
      `«${text}» — выполнен в ${yes} из ${n(applicable, 'школы', 'школ', 'школ')} (балл ${score})`,
    weakNegative: (text: string, bad: number, applicable: number, score: string) =>
      `«${text}» (отрицательный критерий) — «Да» у ${bad} из ${n(applicable, 'школы', 'школ', 'школ')} (балл ${score})`,
    weakScored: (text: string, mean: string, max: string, score: string, low: number, answered: number, band: string) =>
      `«${text}» — средний балл ${mean} из ${max} (${score}); ${band} — у ${low} из ${n(answered, 'школы', 'школ', 'школ')}`,
    weakSchools: (below: string) => `Школы с баллом ниже ${below}:`,
    dynamics: 'Динамика',
    firstRound: 'Это первый срез: динамика будет показана после следующего.',
    clusterChange: (prev: string, from: string, to: string, change: string | null, dir: 'up' | 'down' | 'same' | null) =>
      `По сравнению со срезом «${prev}» средний балл ${dir === null ? 'не сравним' : dir === 'same' ? 'не изменился' : `${dir === 'up' ? 'вырос' : 'снизился'} на ${change}`} (${from} → ${to}).`,
    makeup: (joined: readonly string[], joinedScore: string, notYet: readonly string[]) =>
      'Изменение связано и с составом участников: ' +
      [
        joined.length ? `впервые заполнили ${list(joined)} (их средний балл — ${joinedScore})` : '',
        notYet.length ? `ещё не заполнили ${list(notYet)}, участвовавшие в прошлом срезе` : '',
      ]
        .filter(Boolean)
        .join('; ') +
      '.',
    common: (schools: number, from: string, to: string, change: string | null, dir: 'up' | 'down' | 'same') =>
      `По ${n(schools, 'школе', 'школам', 'школам')}, заполнившим оба среза, средний балл ${dir === 'same' ? 'не изменился' : `${dir === 'up' ? 'вырос' : 'снизился'} на ${change}`} (${from} → ${to}).`,
    improved: (c: number) => `Балл вырос у ${n(c, 'школы', 'школ', 'школ')}:`,
    declined: (c: number) => `Балл снизился у ${n(c, 'школы', 'школ', 'школ')}:`,
    noChange: 'Баллы школ не изменились.',
    pp: (x: string) => `${x} п. п.`,
    ppLong: (value: number, text: string) => `${text} ${pluralRu(value, 'процентный пункт', 'процентных пункта', 'процентных пунктов')}`,
    dynamicsTable: ['Срез', 'Дата', 'Балл кластера', 'Школ приступило'],
    live: 'Сейчас',
    indicators: 'Достижение показателей',
    indicatorsText: (met: number, total: number, noData: number) =>
      `Выполнено ${met} из ${n(total, 'показателя', 'показателей', 'показателей')}${noData ? `; по ${n(noData, 'показателю', 'показателям', 'показателям')} нет данных` : ''}.`,
    indicatorTable: ['Показатель', 'Цель', 'Факт', 'Результат'],
    lowerBetter: 'меньше — лучше',
    recommendations: 'Рекомендации',
    recCriterion: (text: string, schools: readonly string[]) =>
      `Обеспечить выполнение критерия «${text}»${schools.length ? ` (${list(schools)})` : ''}; включить меры в скорректированные планы работы ОО.`,
    recNegative: (text: string, schools: readonly string[]) =>
      `Устранить: «${text}»${schools.length ? ` (${list(schools)})` : ''}; включить меры по устранению в планы работы ОО.`,
    recScored: (text: string, schools: readonly string[]) =>
      `Повысить результат по критерию «${text}»${schools.length ? ` (${list(schools)})` : ''}; включить меры в скорректированные планы работы ОО.`,
    recSchool: (school: string) =>
      `${school}: оказать адресную методическую помощь, рассмотреть результаты на совещании с руководителем ОО.`,
    recIndicator: (name: string) => `Принять меры по достижению показателя «${name}».`,
    recNoData: (name: string) => `Представить фактические данные по показателю «${name}».`,
    recNotStarted: (c: number) =>
      `Обеспечить заполнение чек-листа ${c === 1 ? 'школой, не приступившей' : 'школами, не приступившими'} к самодиагностике (${n(c, 'школа', 'школы', 'школ')}).`,
    recFlagged: (c: number) => `Исправить нераспознанные ответы (${c}) на листах школ: после этого они войдут в баллы.`,
    recKeep: 'Сохранить достигнутый уровень; продолжить реализацию планов работы ОО.',
  },
  about: 'Мониторинг по чек-листам: листы школ с защитой, срезы, сводка с диаграммами, аналитическая справка.',
  menu: {
    sidebar: 'Мониторинг…',
    summary: 'Построить сводку мониторинга',
  },
  sidebarTitle: 'Мониторинг',
  server: {
    noTemplate: `Нет листа «Чек-лист (шаблон)». Создайте шаблон кнопкой «Создать шаблон» и впишите критерии.`,
    templateExists: 'Лист «Чек-лист (шаблон)» уже есть — он не изменён.',
    templateCreated: (criteria: number) =>
      `Создан лист «Чек-лист (шаблон)»: ${n(criteria, 'критерий', 'критерия', 'критериев')} для примера. Исправьте их под свой чек-лист.`,
    scaleBlocks: (items: readonly string[]) =>
      `Листы школ не разосланы: в шаблоне не прочитана шкала (${items.length}). ${items.slice(0, 5).join(' ')}${items.length > 5 ? ' …' : ''}`,
    rosterCreated:
      'Создан лист «Участники». Впишите школы (Тип «Школа», при желании — Email ответственных) и нажмите «Разослать чек-листы» ещё раз.',
    protectFailed: (tab: string) =>
      `Лист «${tab}» не удалось защитить: Google не дал надстройке сменить тех, кто может его изменять. Так бывает, когда доступ к таблице у вас есть только через группу Google. Попросите владельца таблицы открыть доступ «Редактор» лично вам, на ваш адрес (Настройки доступа), и нажмите «Разослать чек-листы» ещё раз.`,
    noRosterHeader: 'На листе «Участники» не найдена строка заголовков (нужен столбец «ФИО / Наименование»).',
    noSchools: 'На листе «Участники» нет ни одной школы: у организаций, заполняющих чек-лист, укажите Тип «Школа».',
    distributed: (created: number, kept: number, merged: number) =>
      `Листов школ создано: ${created}; уже были: ${kept}${merged ? `; в ${n(merged, 'лист', 'листа', 'листов')} добавлены новые критерии` : ''}.`,
    progress: (done: number, total: number) => `Создано листов: ${done} из ${total}…`,
    orphan: (tab: string, school: string) => `Лист «${tab}» — школы «${school}», которой нет на листе «Участники». Лист оставлен как есть.`,
    tabUnreadable: (tab: string) => `Лист «${tab}»: не найдена строка заголовков — новые критерии не добавлены.`,
    tabRenamed: (tab: string, school: string) => `Лист «${tab}» переименован, но узнан как лист школы «${school}».`,
    noTab: (school: string) => `У школы «${school}» нет листа (удалён или ещё не создан): нажмите «Разослать чек-листы».`,
    noTabs: 'Нет ни одного листа школы: сначала разошлите чек-листы.',
    roundFixed: (name: string, schools: number, started: number) =>
      `Срез «${name}» зафиксирован: ${n(schools, 'школа', 'школы', 'школ')}, заполнили ${started}.`,
    noRound: (name: string) => `Среза «${name}» нет в истории.`,
    summaryBuilt: (schools: number, score: string) => `Сводка построена: ${n(schools, 'школа', 'школы', 'школ')}, средний балл ${score}.`,
    noteBuilt: (sheet: string) => `Аналитическая справка записана на лист «${sheet}».`,
    docCreated: 'Справка создана как документ Google.',
    needsDocsGrant:
      'Чтобы создать документ Google, разрешите надстройке доступ к документам (откроется окно Google). Остальные действия работают без этого разрешения.',
    indicatorsCreated:
      'Создан лист «Показатели» с целевыми показателями из проекта. Впишите фактические значения в столбец «Факт» и нажмите «Проверить показатели» ещё раз.',
    indicatorsChecked: (met: number, notMet: number, noData: number) =>
      `Показатели: выполнено ${met}, не выполнено ${notMet}, нет данных ${noData}.`,
    noIndicatorsResult: 'На листе «Показатели» нет столбца «Результат» — итоги не записаны (добавьте столбец «Результат»).',
    sheets: { template: 'Шаблон', roster: 'Участники', history: 'История срезов', indicators: 'Показатели' },
    defaultRound: (month: string, year: number) => `Срез, ${month} ${year}`,
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    live: 'текущие ответы',
  },
  sidebar: {
    importTitle: 'Импорт чек-листа',
    importHint:
      'Вставьте чек-лист из Word на отдельный лист, выберите его и нажмите «Прочитать»: надстройка покажет, что прочитано, и сделает «Чек-лист (шаблон)» после вашего подтверждения.',
    importSheet: 'Лист с чек-листом',
    importRead: 'Прочитать',
    importMake: 'Создать шаблон из листа',
    importSummary: (criteria: number, sections: number, answers: number) =>
      `Прочитано: ${n(criteria, 'критерий', 'критерия', 'критериев')}${sections ? `, ${n(sections, 'раздел', 'раздела', 'разделов')}` : ''}${answers ? `, ${n(answers, 'ответ', 'ответа', 'ответов')}` : ''}.`,
    importCriteria: (count: number) => `Критерии (${count})`,
    negative: 'отрицательный',
    columns: 'Столбцы',
    saveMapping: 'Сохранить выбор',
    resetMapping: 'Сбросить',
    saved: 'Выбор столбцов сохранён для этого листа.',
    loading: 'Загрузка…',
    state: (criteria: number, schools: number, tabs: number, rounds: number) =>
      `Критериев в шаблоне: ${criteria}. Школ в «Участниках»: ${schools}, листов школ: ${tabs}. Срезов: ${rounds}.`,
    noTemplate: 'Шаблона чек-листа пока нет.',
    createTemplate: 'Создать шаблон',
    tabsTitle: 'Листы школ',
    distribute: 'Разослать чек-листы',
    distributeHint: 'Один лист на школу из «Участников»; повторный запуск не трогает ответы и добавляет новые критерии.',
    check: 'Проверить листы школ',
    roundTitle: 'Срез',
    roundName: 'Название среза',
    fixRound: 'Зафиксировать срез',
    fixConfirm: (name: string) =>
      `Зафиксировать срез «${name}»? Ответы всех школ будут добавлены в историю (её нельзя изменить задним числом).`,
    resultsTitle: 'Итоги',
    basedOn: 'По данным',
    live: 'Текущие ответы',
    summary: 'Построить сводку',
    note: 'Аналитическая справка (лист)',
    noteDoc: 'Справка — документ Google',
    grant: 'Разрешить доступ к документам',
    openDoc: 'Открыть документ',
    playgroundNote: 'В песочнице документа Google нет — справка скачивается:',
    indicators: 'Проверить показатели',
    working: 'Выполняется…',
    checking: 'Проверка…',
    findings: (count: number) => (count ? `Замечаний: ${count}` : 'Замечаний нет'),
    shown: (count: number) => `(показаны первые ${count})`,
    noFindings: 'Замечаний нет.',
    severity: { error: 'Ошибка', warning: 'Внимание', info: 'Сведения' },
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
    percentOnPoints: (text, max) => `${text} is a percentage, but the criterion is scored 0–${fmt(max)} points: enter the points`,
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
    duplicateId: (section, label) =>
      `Criterion “${label}”${section ? ` of section “${section}”` : ''} is repeated: each criterion needs its own number.`,
    levelsUnknownSection: (name) => `Levels are given for section “${name}”, which does not exist.`,
    levelsEqual: (names, mins) =>
      `Levels are named without thresholds — equal shares of the maximum are taken: ${names.map((l, i) => `“${l}” from ${mins[i]}%`).join(', ')}. If the thresholds differ, write them: «базовый — от 0%; средний — от 50%; …».`,
    noScale: (header) =>
      `The answer column “${header}” is in points, but no scale is given in its header or in «Шкала». Write the scale («0–10», «из 100», «0–100%»): school sheets are not sent out without it.`,
    badDirection: (text) => `Direction “${text}” not recognised: write «убывание» (fewer points or «Да» is worse) or leave it empty.`,
    directionWording: (words) =>
      `The criterion is read as negative (“${words}”): «Да» and more points count as worse. If not, write «возрастание» in «Направленность».`,
  },
  tab: {
    title: (school) => `Чек-лист: ${school}`,
    hint: 'Заполните столбцы «Ответ», «Подтверждение» (ссылка или документ) и «Комментарий». Остальные ячейки защищены.',
    noHeader: (school) => `School sheet “${school}”: no header row («Критерий», «Ответ»). Answers not read.`,
    noAnswerColumn: (school) => `School sheet “${school}”: no «Ответ» column. Answers not read.`,
    duplicateRow: (label) => `Criterion ${label} is repeated: the first row counts, this one does not.`,
    renumbered: (number, label) => `The criterion's number or section was changed (here ${number}); recognised by its text as ${label}.`,
    textEdited: (label, text) => `The text of criterion ${label} was edited; the answer counts. Template: “${text}”.`,
    criterionChanged: (label, text, tabText) =>
      `Criterion ${label} (“${text}”) was replaced by “${tabText}”. The answer is not counted — restore the criterion's text.`,
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
    noHeader:
      'No indicator table found: a «Показатель» (indicator) column and at least one more («План», «Факт», «Целевое значение», «Единица измерения») are needed.',
    status: { met: 'met', 'not-met': 'not met', 'no-data': 'no data' },
    yearTypo: (found, expected) => `Year “${found}” breaks the sequence: ${expected} belongs here — likely a typo.`,
    valuesInOrder: (years) =>
      `The values do not sit under their year headers (${years.join(', ')}): read in order — the base value, then the years. Check them.`,
    valuesCount: (got, need) =>
      `The row has ${en(got, 'value', 'values')}, but there are ${need} years and base values: check which are missing.`,
    badDirection: (text) => `Direction “${text}” not recognised: «возрастание» (more is better) or «убывание» (less is better).`,
    directionWording: (words) => `The indicator is read as “less is better” (“${words}”). If not, give the direction «возрастание».`,
    directionConflict: (words) => `The indicator sounds like “less is better” (“${words}”), but its targets rise: check the direction.`,
    deviation: (text, diff) => `Deviation “${text}” is not actual minus plan (${fmt(diff)}).`,
    breakdown: (total, sum) => `The total is ${fmt(total)}, but the «в том числе» rows below add up to ${fmt(sum)}.`,
    percentMixed: (values) => `Percentages are written both with and without %: read as ${values.join('; ')} %.`,
  },
  summary: {
    title: 'Monitoring — summary',
    legend: (prev, f) =>
      'Built by Кластер and rebuilt in place. Score — points over the maximum of the answered criteria' +
      (f.yesNo ? ' (Да = 1, Частично = 0.5, Нет = 0; «Не применимо» left out)' : '') +
      '.' +
      (f.scored
        ? ' Criteria in points are shown by share of the maximum (80 % and up, 50–79 %, below 50 %) and by the points given.'
        : '') +
      (f.negative ? ` ${f.negative} negative criteria: «Да» (and more points) is worse, and «Да» earns 0.` : '') +
      (f.levelsEqual ? ' Levels are named without thresholds: equal shares of the maximum are taken.' : '') +
      (prev ? ` Change — since round “${prev}”.` : ''),
    overall: (score, level, started, total, flagged) =>
      `Cluster score: ${score === null ? '—' : `${Math.round(score * 100)}%`}${level ? ` (level “${level}”)` : ''}; ${started} of ${en(total, 'school', 'schools')} started.` +
      (flagged ? ` ${en(flagged, 'answer', 'answers')} not recognised — not counted.` : ''),
    schoolsTitle: 'Schools',
    schoolHeader: [
      'School',
      'Score',
      'Earned',
      'Maximum',
      'Level',
      'Answered',
      '«Нет» / 0 points',
      'Change',
      'Light',
      'Status',
      'Problems',
    ],
    lights: { green: 'green', yellow: 'yellow', red: 'red', grey: 'not started' },
    noTab: 'no sheet',
    notStarted: 'not started',
    problems: (flagged, problems) =>
      [
        flagged ? `${en(flagged, 'answer', 'answers')} not recognised` : '',
        problems ? `${en(problems, 'problem', 'problems')} on the sheet` : '',
      ]
        .filter(Boolean)
        .join('; '),
    bands: (yellow, green) => [
      `${Math.round(green * 100)} % and up`,
      `${Math.round(yellow * 100)}–${Math.round(green * 100) - 1} %`,
      `below ${Math.round(yellow * 100)} %`,
    ],
    yesNoHeads: ['Yes', 'Partly', 'No'],
    mixedHeads: (bands) => [`Yes / ${bands[0]}`, `Partly / ${bands[1]}`, `No / ${bands[2]}`],
    sectionsTitle: 'Sections (weakest first)',
    sectionHeader: ['Section', 'Score', 'Yes', 'Partly', 'No', 'Answers'],
    criteriaTitle: 'Criteria (weakest first)',
    criterionHeader: ['Section', 'No.', 'Criterion', 'Score', 'Yes', 'Partly', 'No', 'N/A', 'Schools where the criterion is not met'],
    negativeMark: '(negative: «Да» is worse)',
    distributionTitle: 'Criteria in points: schools by share of the maximum, and the points given',
    distributionHeader: ['No.', 'Criterion', 'Mean points', 'Maximum', 'Points given (schools)'],
    distributionItem: (label, count) => `${label} — ${count}`,
    dynamicsTitle: 'Dynamics by round',
    dynamicsHeader: ['Round', 'Cluster score', 'Date', 'Schools started'],
    live: 'Now (not recorded)',
    chartSchools: 'Score by school',
    chartDynamics: 'Cluster score by round',
    chartDistribution: 'Criteria in points: schools by share of the maximum',
  },
  importWord: {
    noHeader:
      'No checklist table found: a header row with «Показатель» (or «Критерий») and at least one more column («№», «Оценка») is needed.',
    empty: 'The table has no indicators.',
    noText: (row) => `Row ${row}: a number but no indicator text.`,
    scaleFromAnswers: (max) => `No scale given; from the filled scores a 0–${max} scale is assumed. Confirm the maximum.`,
    noScale: 'No scale found in the table or in the text above or below it. Give the answer options with their points, or the maximum.',
    assumedYesNo: 'yes/partly/no assumed for now',
    rowScale: (row, text) => `Row ${row}: scale “${text}” not recognised. Give the options with their points.`,
    noLevels: 'No level thresholds («базовый / средний / высокий») found. Give them if levels are needed.',
    assumedNoLevels: 'no levels for now',
    maxima: (header, values) =>
      `No scale given; the numbers in “${header}” (${values.join(', ')}) are taken as the criteria's maximum points. If they are a school's scores, give the scale (e.g. «0–${values[values.length - 1]}»).`,
    assumedMaxima: "the number in a row is the criterion's maximum",
    textAnswersLeft: (header) =>
      ` The answers written as text in “${header}” are not carried into the template: write the options with their points in «Шкала» if they are needed.`,
    optionsNoPoints: (labels) =>
      `The answer columns (${labels.map((l) => `“${l}”`).join(', ')}) carry no points: equal shares are taken — Да = 1, Частично = 0.5, Нет = 0. Write other points in «Шкала».`,
    totalMismatch: (label, stated, computed, parts) =>
      `“${label}” is ${fmt(stated)}, but the criteria's maximum points add up to ${fmt(computed)} (${parts.join(' + ')}). Check which is right.`,
    bandStart: (from) => `The conversion table starts at ${from}, not 0.`,
    bandGap: (to, from) => `The conversion table has a gap: ${from} follows ${to}.`,
    bandOverlap: (to, from) => `The conversion table's bands overlap: ${to} and ${from}.`,
    bandEnd: (to, total) => `The conversion table ends at ${to}, but the criteria's maximum is ${fmt(total)}.`,
    levelsEqual: (names) =>
      `Levels are named without thresholds (${names.map((l) => `“${l}”`).join(', ')}): equal shares of the maximum are taken.`,
    answerUnread: (text, reason) => `Answer “${text}” not recognised: ${reason}. It is kept in the template's «Ответ» as written.`,
    answersKept: (count) =>
      `The checklist is filled: ${en(count, 'answer', 'answers')} kept in the template's «Ответ». Schools fill their own sheets after “Send out checklists”.`,
    negative: (label, words) =>
      `Criterion “${label}” is read as negative (“${words}”): «Да» and more points are worse. If not, write «возрастание» in the template's «Направленность».`,
    absence: (label, words) =>
      `Criterion “${label}” is phrased as an absence (“${words}”): «Да» confirms the absence, which is good. If «Да» is bad here, write «убывание» in the template's «Направленность».`,
    sectionNumber: (name) => `Section “${name}” has no number, while the other sections do.`,
  },
  importSheet: {
    scaleVaries: (kinds) => `by criterion: ${kinds.join('; ')}`,
    scaleFrom: {
      column: (what) => `Scale: ${what} (the «Шкала» column).`,
      header: (what, where) => `Scale: ${what} — from the header “${where}”.`,
      text: (what, where) => `Scale: ${what} — from the line “${where}”.`,
      options: (what) => `Scale: ${what} — from the answer columns.`,
      maxima: (what) => `Scale: ${what} — from the numbers in the table (each criterion's maximum).`,
      answers: (what) => `Scale: ${what} — from the filled answers.`,
      none: (what) => `No scale found; ${what} assumed for now.`,
    },
    indicators: (sheet) =>
      `Sheet “${sheet}” looks like an indicator table (values by year, plan and actual): the «Показатели» sheet reads those — rename the sheet or copy the table there and press “Check indicators”.`,
    ownSheet: (sheet) =>
      `“${sheet}” is one of the add-on's own sheets. Open the sheet the checklist was pasted on and press “Import checklist” again.`,
    notRead: (sheet) => `With this column choice, sheet “${sheet}” does not read as a checklist.`,
    templateExists: (criteria) =>
      `The «Чек-лист (шаблон)» sheet already exists. Replace it with the checklist of this sheet (${en(criteria, 'criterion', 'criteria')})? The previous template is kept under another name.`,
    previousName: 'Чек-лист (шаблон) — прежний',
    created: (criteria, questions, previous) =>
      `Created «Чек-лист (шаблон)»: ${en(criteria, 'criterion', 'criteria')}.` +
      (questions ? ` Check ${en(questions, 'import question', 'import questions')}.` : '') +
      (previous ? ` The previous template is on “${previous}”.` : ''),
  },
  note: {
    title: (round, cluster) => `Analytical note on the monitoring${round ? ` “${round}”` : ''}${cluster ? ` (${cluster})` : ''}`,
    general: 'General information',
    generalText: (round, date, total, criteria) =>
      `Monitoring${round ? ` “${round}”` : ''} as of ${date}: school self-assessment on the approved checklist (${en(criteria, 'criterion', 'criteria')}). ${en(total, 'school', 'schools')} take part.`,
    answered: (complete, partly, notStarted, total) =>
      `${complete} of ${total} filled in the whole checklist` +
      (partly ? `, ${partly} in part` : '') +
      (notStarted ? `, ${notStarted} not started` : '') +
      '.',
    flagged: (count, bySchool) =>
      `${en(count, 'answer', 'answers')} not recognised (${bySchool.map(([s, c]) => `${s} — ${c}`).join(', ')}): not counted as answered nor in the scores; see the findings on the school sheets.`,
    notStarted: (schools) => `Not started: ${list(schools)}.`,
    results: 'Results',
    noResults: 'No school has filled in the checklist — no results.',
    overall: (score, level) => `Cluster score — ${score}${level ? `, level “${level}”` : ''}.`,
    levels: (entries) => `School levels: ${entries.map(([l, c]) => `“${l}” — ${en(c, 'school', 'schools')}`).join(', ')}.`,
    levelsEqual: (names, mins) =>
      `The checklist names its levels without thresholds; equal shares of the maximum are taken: ${names.map((l, i) => `“${l}” from ${mins[i]} %`).join(', ')}.`,
    bands: (bands, counts) =>
      `Schools by the share of points earned: ${bands.map((b, i) => `${b} — ${en(counts[i]!, 'school', 'schools')}`).join('; ')}.`,
    schoolTable: ['School', 'Score', 'Earned', 'Level', 'Answered', 'Not met'],
    sectionTable: ['Section', 'Score', 'Yes', 'No'],
    sectionTableScored: (bands) => ['Section', 'Score', `Answers ${bands[0]}`, `Answers ${bands[2]}`],
    deficits: 'Deficits',
    noDeficits: (below) => `No criterion or school scores below ${below}.`,
    weakCriteria: (below) => `Criteria scoring below ${below} (weakest first):`,
    weakCriterion: (text, yes, applicable, score) => `“${text}” — met in ${yes} of ${en(applicable, 'school', 'schools')} (score ${score})`,
    weakNegative: (text, bad, applicable, score) =>
      `“${text}” (a negative criterion) — «Да» at ${bad} of ${en(applicable, 'school', 'schools')} (score ${score})`,
    weakScored: (text, mean, max, score, low, answered, band) =>
      `“${text}” — mean ${mean} of ${max} (${score}); ${band} at ${low} of ${en(answered, 'school', 'schools')}`,
    weakSchools: (below) => `Schools scoring below ${below}:`,
    dynamics: 'Dynamics',
    firstRound: 'This is the first round: dynamics will show after the next one.',
    clusterChange: (prev, from, to, change, dir) =>
      `Since round “${prev}” the cluster score ${dir === null ? 'cannot be compared' : dir === 'same' ? 'did not change' : `${dir === 'up' ? 'rose' : 'fell'} by ${change}`} (${from} → ${to}).`,
    makeup: (joined, joinedScore, notYet) =>
      'The change is also due to who took part: ' +
      [
        joined.length ? `${list(joined)} filled it in for the first time (their mean score ${joinedScore})` : '',
        notYet.length ? `${list(notYet)}, in the previous round, have not yet` : '',
      ]
        .filter(Boolean)
        .join('; ') +
      '.',
    common: (schools, from, to, change, dir) =>
      `Over the ${en(schools, 'school', 'schools')} in both rounds the mean score ${dir === 'same' ? 'did not change' : `${dir === 'up' ? 'rose' : 'fell'} by ${change}`} (${from} → ${to}).`,
    improved: (c) => `Score rose at ${en(c, 'school', 'schools')}:`,
    declined: (c) => `Score fell at ${en(c, 'school', 'schools')}:`,
    noChange: 'School scores did not change.',
    pp: (x) => `${x} pp`,
    ppLong: (_value, text) => `${text} pp`,
    dynamicsTable: ['Round', 'Date', 'Cluster score', 'Schools started'],
    live: 'Now',
    indicators: 'Indicator targets',
    indicatorsText: (met, total, noData) => `${met} of ${en(total, 'target', 'targets')} met${noData ? `; no data for ${noData}` : ''}.`,
    indicatorTable: ['Indicator', 'Target', 'Actual', 'Result'],
    lowerBetter: 'less is better',
    recommendations: 'Recommendations',
    recCriterion: (text, schools) =>
      `Meet the criterion “${text}”${schools.length ? ` (${list(schools)})` : ''}; include the measures in the schools' revised plans.`,
    recNegative: (text, schools) =>
      `Eliminate: “${text}”${schools.length ? ` (${list(schools)})` : ''}; include the measures in the schools' plans.`,
    recScored: (text, schools) =>
      `Raise the result on “${text}”${schools.length ? ` (${list(schools)})` : ''}; include the measures in the schools' revised plans.`,
    recSchool: (school) => `${school}: targeted methodological support; review the results with the head of the school.`,
    recIndicator: (name) => `Take measures to reach the target “${name}”.`,
    recNoData: (name) => `Provide the actual figures for “${name}”.`,
    recNotStarted: (c) => `Make sure the ${en(c, 'school', 'schools')} not started fill in the checklist.`,
    recFlagged: (c) => `Correct the ${en(c, 'unrecognised answer', 'unrecognised answers')} on the school sheets: they count once read.`,
    recKeep: "Keep the level reached; continue the schools' plans.",
  },
  about: 'Checklist monitoring: protected school sheets, rounds, a summary with charts, the analytical note.',
  menu: {
    sidebar: 'Monitoring…',
    summary: 'Build the monitoring summary',
  },
  sidebarTitle: 'Monitoring',
  server: {
    noTemplate: 'There is no «Чек-лист (шаблон)» sheet. Create the template with “Create template” and enter the criteria.',
    templateExists: 'The «Чек-лист (шаблон)» sheet already exists — left unchanged.',
    templateCreated: (criteria) =>
      `Created the «Чек-лист (шаблон)» sheet with ${en(criteria, 'sample criterion', 'sample criteria')}. Edit them to fit your checklist.`,
    scaleBlocks: (items) =>
      `School sheets not sent out: the template has ${items.length} unread scale${items.length === 1 ? '' : 's'}. ${items.slice(0, 5).join(' ')}${items.length > 5 ? ' …' : ''}`,
    rosterCreated:
      'Created the «Участники» sheet. Enter the schools (Тип «Школа», optionally the Email of who fills it in) and press “Send out checklists” again.',
    protectFailed: (tab) =>
      `The sheet “${tab}” could not be protected: Google did not let the add-on change who may edit it. This happens when your access to the spreadsheet comes only through a Google Group. Ask the spreadsheet's owner to share it with you as an Editor by your own address, then press “Send out checklists” again.`,
    noRosterHeader: 'No header row on the «Участники» sheet (a «ФИО / Наименование» column is needed).',
    noSchools: 'The «Участники» sheet lists no school: give the organisations that fill in the checklist the Тип «Школа».',
    distributed: (created, kept, merged) =>
      `School sheets created: ${created}; already there: ${kept}${merged ? `; new criteria added to ${en(merged, 'sheet', 'sheets')}` : ''}.`,
    progress: (done, total) => `Sheets created: ${done} of ${total}…`,
    orphan: (tab, school) => `Sheet “${tab}” belongs to “${school}”, which is not on the «Участники» sheet. Left as it is.`,
    tabUnreadable: (tab) => `Sheet “${tab}”: no header row — new criteria not added.`,
    tabRenamed: (tab, school) => `Sheet “${tab}” was renamed but is recognised as the sheet of “${school}”.`,
    noTab: (school) => `“${school}” has no sheet (deleted or not created yet): press “Send out checklists”.`,
    noTabs: 'There are no school sheets: send out the checklists first.',
    roundFixed: (name, schools, started) => `Round “${name}” recorded: ${en(schools, 'school', 'schools')}, ${started} filled in.`,
    noRound: (name) => `There is no round “${name}” in the history.`,
    summaryBuilt: (schools, score) => `Summary built: ${en(schools, 'school', 'schools')}, cluster score ${score}.`,
    noteBuilt: (sheet) => `The analytical note is on the sheet “${sheet}”.`,
    docCreated: 'The note was created as a Google Doc.',
    needsDocsGrant:
      'To create a Google Doc, allow the add-on to access documents (a Google window opens). Everything else works without it.',
    indicatorsCreated:
      "Created the «Показатели» sheet with the project's targets. Enter the actual values in «Факт» and press “Check indicators” again.",
    indicatorsChecked: (met, notMet, noData) => `Indicators: ${met} met, ${notMet} not met, ${noData} without data.`,
    noIndicatorsResult: 'The «Показатели» sheet has no «Результат» column — results not written (add a «Результат» column).',
    sheets: { template: 'Template', roster: 'Roster', history: 'Round history', indicators: 'Indicators' },
    defaultRound: (month, year) => `Round, ${month} ${year}`,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    live: 'current answers',
  },
  sidebar: {
    importTitle: 'Import a checklist',
    importHint:
      'Paste a checklist from Word onto a sheet of its own, choose it and press “Read”: the add-on shows what it read and makes «Чек-лист (шаблон)» once you confirm.',
    importSheet: 'Sheet with the checklist',
    importRead: 'Read',
    importMake: 'Make the template from this sheet',
    importSummary: (criteria, sections, answers) =>
      `Read: ${en(criteria, 'criterion', 'criteria')}${sections ? `, ${en(sections, 'section', 'sections')}` : ''}${answers ? `, ${en(answers, 'answer', 'answers')}` : ''}.`,
    importCriteria: (count) => `Criteria (${count})`,
    negative: 'negative',
    columns: 'Columns',
    saveMapping: 'Save the choice',
    resetMapping: 'Reset',
    saved: 'Column choice saved for this sheet.',
    loading: 'Loading…',
    state: (criteria, schools, tabs, rounds) =>
      `Template criteria: ${criteria}. Schools on «Участники»: ${schools}, school sheets: ${tabs}. Rounds: ${rounds}.`,
    noTemplate: 'There is no checklist template yet.',
    createTemplate: 'Create template',
    tabsTitle: 'School sheets',
    distribute: 'Send out checklists',
    distributeHint: 'One sheet per school on «Участники»; running it again keeps the answers and adds new criteria.',
    check: 'Check school sheets',
    roundTitle: 'Round',
    roundName: 'Round name',
    fixRound: 'Record the round',
    fixConfirm: (name) => `Record round “${name}”? Every school's answers are appended to the history (it cannot be changed afterwards).`,
    resultsTitle: 'Results',
    basedOn: 'Based on',
    live: 'Current answers',
    summary: 'Build the summary',
    note: 'Analytical note (sheet)',
    noteDoc: 'Note as a Google Doc',
    grant: 'Allow access to documents',
    openDoc: 'Open the document',
    playgroundNote: 'The playground has no Google Docs — download the note:',
    indicators: 'Check indicators',
    working: 'Working…',
    checking: 'Checking…',
    findings: (count) => (count ? `${en(count, 'finding', 'findings')}` : 'No findings'),
    shown: (count) => `(first ${count} shown)`,
    noFindings: 'No findings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
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
