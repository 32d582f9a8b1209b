/**
 * The words that tell a responsible cell's parts apart: positions («заместитель директора»), groups
 * («Руководители ОО»), organisations («МБОУ СОШ № 1»), qualifiers («по согласованию»), places («г. Н.»).
 * Everything here is matched on folded text (lower case, ё → е).
 */

/** Singular positions, as the first word (or words) of a fragment. */
const POSITION_HEADS = [
  'директор',
  'заместитель',
  'зам',
  'замдиректора',
  'заведующий',
  'заведующая',
  'зав',
  'руководитель',
  'начальник',
  'председатель',
  'секретарь',
  'педагог',
  'учитель',
  'преподаватель',
  'воспитатель',
  'психолог',
  'логопед',
  'дефектолог',
  'методист',
  'тьютор',
  'вожатый',
  'вожатая',
  'советник',
  'куратор',
  'координатор',
  'специалист',
  'инспектор',
  'библиотекарь',
  'педагог-психолог',
  'педагог-организатор',
  'учитель-логопед',
  'учитель-дефектолог',
  'социальный',
  'старший',
  'главный',
  'ведущий',
  'классный',
  'методист',
  'инструктор',
  'консультант',
  'эксперт',
  'администратор',
  'лаборант',
  'системный',
  'медицинский',
  'медсестра',
  'врач',
  'завуч',
  'ректор',
  'проректор',
  'декан',
  'мастер',
  'тренер',
  'концертмейстер',
  'аккомпаниатор',
  'организатор',
  'помощник',
  'ответственный',
  'ответственная',
  'уполномоченный',
  'представитель',
  'модератор',
  // abbreviations and other staff of schools and kindergartens («Ст. воспитатель», «Рук. ШМО», «Инженер-программист»)
  'ст',
  'рук',
  'муз',
  'физ',
  'соц',
  'инженер',
  'программист',
  'бухгалтер',
  'завхоз',
  'техник',
  'водитель',
  'фельдшер',
  'делопроизводитель',
  'член',
  'старшая',
  'главная',
  'классная',
  'музыкальный',
  'социальная',
];

/** Plural positions: a role shared by the people before it, or a group on its own. */
const PLURAL_POSITION_HEADS = [
  'заместители',
  'директора',
  'руководители',
  'педагоги',
  'учителя',
  'учителя-предметники',
  'преподаватели',
  'воспитатели',
  'методисты',
  'специалисты',
  'кураторы',
  'координаторы',
  'тьюторы',
  'психологи',
  'педагоги-психологи',
  'советники',
  'классные',
  'социальные',
  'старшие',
  'заведующие',
  'начальники',
  'председатели',
  'вожатые',
  'инструкторы',
  'эксперты',
  'наставники',
  'педагоги-организаторы',
  'библиотекари',
  'логопеды',
];

/** Words that make a fragment a group of people. */
const GROUP_WORDS = [
  'группа',
  'группы',
  'коллектив',
  'педколлектив',
  'члены',
  'команда',
  'команды',
  'совет',
  'сообщество',
  'объединение',
  'объединения',
  'шмо',
  'рмо',
  'гмо',
  'кафедра',
  'комиссия',
  'жюри',
  'оргкомитет',
  'администрация',
  'сотрудники',
  'работники',
  'участники',
  'обучающиеся',
  'учащиеся',
  'родители',
  'волонтеры',
  'все',
  'партнеры',
  'активисты',
  'выпускники',
  'студенты',
  'наставники',
  'коллективы',
  'педколлектив',
  'профком',
  'актив',
  'отряд',
  'дружина',
  'воспитанники',
  'дети',
  'ученики',
  'шус',
];

/** The ends of group names written as one word: «Женсовет», «Педсовет», «Женсоветы». */
const GROUP_SUFFIX = /(?:совет|советы)$/;

/** Words that make a fragment an organisation. */
const ORGANISATION_WORDS = [
  'школа',
  'лицей',
  'гимназия',
  'колледж',
  'техникум',
  'училище',
  'университет',
  'институт',
  'академия',
  'центр',
  'управление',
  'министерство',
  'департамент',
  'комитет',
  'отдел',
  'учреждение',
  'организация',
  'организации',
  'библиотека',
  'музей',
  'театр',
  'фонд',
  'ассоциация',
  'союз',
  'дворец',
  'дом',
  'станция',
  'сад',
  'филиал',
  'кванториум',
  'парк',
  'клуб',
  'агентство',
  'служба',
  'компания',
  'завод',
  'предприятие',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'фгбоу',
  'гбоу',
  'мбоу',
  'маоу',
  'мкоу',
  'гаоу',
  'гоу',
  'моу',
  'мбдоу',
  'мадоу',
  'мдоу',
  'доу',
  'сош',
  'оош',
  'нош',
  'мбудо',
  'мбу',
  'мау',
  'гау',
  'гбу',
  'огбу',
  'кгбу',
  'гапоу',
  'гбпоу',
  'кгбпоу',
  'фгаоу',
  'ано',
  'комитеты',
  'отделы',
  'управления',
  'департаменты',
  'библиотеки',
  'школы',
];

/**
 * Stems of organisations' words in any case, for names that run over several lines or carry them in the
 * genitive («Комитеты по управлению округами администрации г.Иркутска»).
 */
const ORGANISATION_STEM =
  /^(?:комитет|департамент|министерств|управлени|администраци|учреждени|организаци|библиотек|музе[йяею]|театр|лице[йяюе]|гимнази|колледж|техникум|училищ|университет|институт|академи|центр|дворц|дворец|фонд|ассоциаци|агентств|служб|отдел|филиал|кванториум|станци|предприяти|компани|завод|редакци|прокуратур|полици|инспекци)/;

/**
 * Positions written as capital abbreviations: «ПДО» (педагог дополнительного образования), «ЗДВР», «ЗДУВР»
 * (заместитель директора по ВР, УВР). Other capital abbreviations are organisations («ДШИ», «ГИБДД»).
 */
const POSITION_ABBREVIATIONS = new Set([
  'пдо',
  'здвр',
  'здувр',
  'здур',
  'зднмр',
  'здмр',
  'здумр',
  'здахр',
  'здахч',
  'здбж',
  'здвв',
  'здввр',
  'здоп',
]);

/** Qualifiers kept beside an entry: «(по согласованию)». */
const QUALIFIERS = [
  'по согласованию',
  'по согл',
  'при необходимости',
  'по возможности',
  'по желанию',
  'на согласовании',
  'по приглашению',
  'по договоренности',
  'по отдельному плану',
  'по графику',
  'при наличии',
  'и др',
  'и другие',
  'совместно',
  'ответственный',
  'ответственная',
  'ответственные',
  'отв',
  'исполнитель',
  'соисполнитель',
];

/** Words between entries that carry nothing: «и», «а также», «совместно с», «отв.:». */
const CONNECTORS =
  /^(?:и|а также|также|совместно с|совместно|с участием|при участии|отв|ответственный|ответственная|ответственные|ответственные исполнители|исполнитель|исполнители|соисполнители|соисполнитель|и др|и другие|с|со|от|для|при)$/;

/** A place after an organisation's name: «г. Н.», «с. Барабаш», «Пограничный муниципальный округ». */
const PLACE =
  /^(?:г|гор|с|пос|п|пгт|д|ст|х|рп|р\.п|ул|мкр|р-н)\s*\.\s*\S|^(?:город|село|поселок|деревня|станица|район|округ|край|область|республика)(?![а-я])|(?:муниципальн[а-я]* (?:округ|район)|городск[а-я]* округ|район|р-н|края|области|республики)$/;

/** A capital abbreviation, also with a small «и» or «по» inside («МБОУ», «ПУМОНСО», «УСиДР», «ТЦСПСиД»). */
const CAPS_ABBR = /(?:^|[\s«"(])(?=(?:[А-ЯЁ][а-яё]{0,2}){2})[А-ЯЁ]+(?:[а-яё]{1,2}[А-ЯЁ]+)*(?=$|[\s»"),.;:-])/;

export type FragmentKind = 'position' | 'plural-position' | 'group' | 'organisation' | 'unknown';

const POSITION_SET = new Set(POSITION_HEADS);
const PLURAL_SET = new Set(PLURAL_POSITION_HEADS);
const GROUP_SET = new Set(GROUP_WORDS);
const ORG_SET = new Set(ORGANISATION_WORDS);

function words(folded: string): string[] {
  return folded
    .split(/[\s«»"“”„()]+/)
    .map((w) => w.replace(/^[.,;:–—-]+|[.,;:–—]+$/g, ''))
    .filter(Boolean);
}

/**
 * What a fragment of a responsible cell that holds no person's name is: a position, a plural position,
 * a group, an organisation, or unknown. `folded` is the fragment folded; `original` the text as written
 * (upper-case abbreviations such as «МО ПК» mark organisations).
 */
export function classifyFragment(folded: string, original: string): FragmentKind {
  const ws = words(folded);
  if (ws.length === 0) return 'unknown';
  // «Кл. рук.», «Кл. руководители» = «Классные руководители»; «Кл. руководитель» = «Классный руководитель».
  if ((ws[0] === 'кл.' || ws[0] === 'кл') && ws[1]) return /^руководитель/.test(ws[1]) ? 'position' : 'group';
  const first = ws[0]!;
  const firstBase = first.replace(/\.$/, '');
  if (POSITION_ABBREVIATIONS.has(firstBase)) return 'position';
  if (PLURAL_SET.has(firstBase)) {
    // «Руководители ОО», «Классные руководители» are groups; «заместители директора по УВР» is a role
    // shared by the people before it (a group when it stands alone).
    return firstBase === 'руководители' || firstBase === 'классные' ? 'group' : 'plural-position';
  }
  // «Ст. воспитатель», «Муз. руководитель»: an abbreviated adjective before the position
  const second = ws[1]?.replace(/\.$/, '');
  if (
    ws.length <= 4 &&
    second &&
    (POSITION_SET.has(second) || POSITION_SET.has(second.split('-')[0]!)) &&
    !ws.some((w) => GROUP_SET.has(w) || ORG_SET.has(w))
  )
    return 'position';
  if (POSITION_SET.has(firstBase) || POSITION_SET.has(first.split('-')[0]!)) return 'position';
  // «Администрация Ленинского района г.Чебоксары» is a body; «Администрация школы» the school's team
  if (firstBase === 'администрация' && ws.some((w) => /^(?:район|город|округ|област|кра[яй]|поселени|муниципальн|г\.)/.test(w)))
    return 'organisation';
  if (ws.some((w) => GROUP_SET.has(w) || GROUP_SUFFIX.test(w)) && !ORG_SET.has(firstBase)) return 'group';
  if (ws.some((w) => ORG_SET.has(w) || ORGANISATION_STEM.test(w)) || /[«"“„]/.test(original) || CAPS_ABBR.test(original))
    return 'organisation';
  return 'unknown';
}

/**
 * True when a line of a cell begins an entry of its own: a position, a group, an organisation or an abbreviation
 * as its first word («социальный педагог», «классные руководители», «ДШИ»), not a word that goes on from the line
 * above («образовательных», «администрации»).
 */
export function startsEntry(line: string): boolean {
  const ws = words(fold(line));
  const first = ws[0]?.replace(/\.$/, '');
  if (!first) return false;
  if (first === 'кл' || POSITION_ABBREVIATIONS.has(first) || PLURAL_SET.has(first) || GROUP_SET.has(first) || ORG_SET.has(first))
    return true;
  if (POSITION_SET.has(first) || POSITION_SET.has(first.split('-')[0]!)) return true;
  return CAPS_ABBR.test(line.trimStart().split(/\s/)[0] ?? '');
}

/** Prepositions and conjunctions a line cannot end with: the name goes on on the next line («Комитет по»). */
const OPEN_END = /(?:^|\s)(?:по|в|во|на|с|со|и|для|при|за|от|к|из|об|о|под|над|при|а|или)$/;
/** An adjective's ending: «Старший», «Художественная», «образовательных» want the noun of the next line. */
const ADJECTIVE_END = /\p{L}{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю)$/u;
/** Genitive plural nouns that end like adjectives («учреждений», «организаций», «отношений»). */
const NOUN_END = /(?:ений|аний|ций|ствий)$/;

/** True when a line of a cell cannot end a name: it ends with a preposition or an adjective. */
export function openLine(line: string): boolean {
  const t = fold(line).replace(/\s+/g, ' ').trim();
  if (OPEN_END.test(t)) return true;
  const last = t.split(' ').pop() ?? '';
  return ADJECTIVE_END.test(last) && !NOUN_END.test(last);
}

/** The folded form of a vocabulary word test (lower case, ё → е), for callers outside this file. */
function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/**
 * True for a group named by its members' position («Классные руководители», «Кл. рук.», «Воспитатели групп»,
 * «Директора школ»): a role shared by many, which no roster needs to list, unlike a named group («Творческая группа»).
 */
export function isRoleGroup(text: string): boolean {
  const first = words(fold(text))[0]?.replace(/\.$/, '');
  return !!first && (first === 'кл' || PLURAL_SET.has(first));
}

/** True for a word the vocabulary knows in any of its lists (a position, group or organisation word). */
export function knownWord(foldedWord: string): boolean {
  const w = foldedWord.replace(/\.$/, '');
  return (
    POSITION_SET.has(w) || PLURAL_SET.has(w) || GROUP_SET.has(w) || ORG_SET.has(w) || ORGANISATION_STEM.test(w) || GROUP_SUFFIX.test(w)
  );
}

/** True when the folded text is a qualifier such as «по согласованию». */
export function isQualifier(folded: string): boolean {
  const t = folded
    .replace(/[.:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return QUALIFIERS.some((q) => t === q || t.startsWith(q + ' ') || t.startsWith(q + '.'));
}

/** True when the folded text carries nothing of its own («и», «а также», «Отв.:»). */
export function isConnector(folded: string): boolean {
  return CONNECTORS.test(folded.replace(/[.:]+/g, '').replace(/\s+/g, ' ').trim());
}

/** True when the folded text is a place that belongs to the organisation before it. */
export function isPlace(folded: string): boolean {
  return PLACE.test(folded.trim());
}

/** Capitalised words that are never surnames: they start positions, groups, organisations, months. */
const NOT_SURNAMES = new Set([
  ...POSITION_HEADS,
  ...PLURAL_POSITION_HEADS,
  ...GROUP_WORDS,
  ...ORGANISATION_WORDS,
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
  'до',
  'по',
  'в',
  'на',
  'с',
  'от',
  'за',
  'при',
  'отв',
  'итого',
  'всего',
  'приказ',
  'проект',
  'план',
  'программа',
]);

/** True when the folded word may be a surname (not a known position, group, organisation or month word). */
export function maySurname(foldedWord: string): boolean {
  return !NOT_SURNAMES.has(foldedWord);
}
