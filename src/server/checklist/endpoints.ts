/**
 * The checklist-monitoring actions: sidebar endpoints and menu items. Each reads what it needs once
 * (source.ts), decides in core/checklist, and writes in batches through sheets-io.
 */
import { z } from '../lazy-zod';
import {
  buildNote,
  buildSummary,
  HISTORY_FORMATS,
  HISTORY_HEADER,
  HISTORY_SHEET,
  INDICATORS_SHEET,
  mergeTemplateIntoTab,
  NOTE_SHEET,
  noteRows,
  pct,
  readIndicators,
  resultsFromRound,
  resultsFromSheets,
  sampleIndicators,
  sampleTemplate,
  schoolTabSheet,
  snapshotRows,
  summarySheet,
  TAB_MARKER_KEY,
  tabProtectionPlan,
  templateSheet,
  TEMPLATE_SHEET,
  blockingFindings,
  type ChecklistFinding,
  type NoteDoc,
  type SheetValidation,
  type Summary,
} from '../../core/checklist';
import { checklistMessages } from '../../core/checklist/messages';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../core/people/roster';
import { toA1 } from '../../core/table/a1';
import { cellDate, todayIso } from '../dates-io';
import { currentLang, endpoint, guard, UserError, userMessage, withDocumentLock, type Reply } from '../runtime';
import { keepChanges } from '../undo';
import {
  activeSpreadsheet,
  appendRows,
  deleteNewSheet,
  insertNewSheet,
  markSheet,
  protectRanges,
  protectSheet,
  readValues,
  setListValidations,
  setRangeBackgrounds,
  setHeaderRow,
  setRangeFormats,
  warnOnEdit,
  replaceCharts,
  writeBlock,
  writeGeneratedSheet,
  writeNewSheet,
  type ListValidation,
} from '../sheets-io';
import { readSetting, writeSetting } from '../settings';
import { showSidebar } from '../sidebars';
import {
  bookSheets,
  findSheet,
  findTabs,
  JOB_SHEETS,
  loadHistory,
  loadLive,
  loadSchools,
  loadTemplate,
  type LiveState,
  type SheetFinding,
} from './source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const msg = () => checklistMessages(currentLang());

/** The Google Docs scope: the one scope the add-on adds for this job, asked for only when a Doc is made. */
export const DOCS_SCOPE = 'https://www.googleapis.com/auth/documents';

// ---- overview ----------------------------------------------------------------------------------

export interface ChecklistOverview {
  lang: string;
  hasTemplate: boolean;
  criteria: number;
  schools: number;
  tabs: number;
  rounds: string[];
  /** A suggested name for the next round: «Срез, март 2024». */
  roundName: string;
  /** Sheets a checklist may have been pasted on (not the job's own, not a school's tab), for «Импорт чек-листа». */
  importSheets: string[];
  /** The active sheet, the import's default when it is one of those. */
  activeSheet: string;
}

/** Sidebar start: what is there (template, schools, tabs, rounds) and a name for the next round. */
export function checklistOverview(): Reply<ChecklistOverview> {
  return guard(() => {
    const ss = activeSpreadsheet();
    const book = bookSheets(ss);
    const m = msg().server;
    let criteria = 0;
    let hasTemplate = false;
    if (findSheet(book, TEMPLATE_SHEET)) {
      hasTemplate = true;
      criteria = safe(() => loadTemplate(book).template.criteria.length, 0);
    }
    const schools = safe(() => loadSchools(book) ?? [], []);
    const kept = schools.length ? findTabs(book, schools).plan.keep : [];
    const tabs = kept.length;
    const rounds = safe(() => loadHistory(book).rounds.map((r) => r.name), [] as string[]);
    const [y, mo] = todayIso().split('-').map(Number) as [number, number];
    const taken = new Set([...JOB_SHEETS, ...kept.map((k) => k.tab)]);
    const importSheets = book.map((b) => b.name).filter((n) => !taken.has(n));
    return {
      lang: currentLang(),
      hasTemplate,
      criteria,
      schools: schools.length,
      tabs,
      rounds,
      roundName: m.defaultRound(m.months[mo - 1]!, y),
      importSheets,
      activeSheet: ss.getActiveSheet().getName(),
    };
  });
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof UserError) return fallback;
    throw err;
  }
}

// ---- the template ------------------------------------------------------------------------------

/** «Создать шаблон»: the template sheet with the sample criteria, when there is none (never overwritten). */
export const checklistCreateTemplate = endpoint(z._default(z.object({}), {}), () =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const m = msg().server;
    if (ss.getSheetByName(TEMPLATE_SHEET)) return { sheet: TEMPLATE_SHEET, message: m.templateExists };
    const t = templateSheet(sampleTemplate(), currentLang());
    writeNewSheet(ss, TEMPLATE_SHEET, {
      values: t.values,
      numberFormats: t.values.map(() => [...t.formats]),
      wrap: true,
      headerRow: t.headerRow,
      validations: listValidations(t.validations),
      frozenRows: t.headerRow + 1,
      columnWidths: [160, 40, 420, 50, 150, 120, 200, 200],
    });
    return { sheet: TEMPLATE_SHEET, message: m.templateCreated(sampleTemplate().criteria.length) };
  }),
);

/** Core's answer rules as list validations; a hand-written answer only warns (it is read or flagged later). */
function listValidations(rules: readonly SheetValidation[]): ListValidation[] {
  return rules.flatMap((v) => (v.rule.kind === 'list' ? [{ range: toA1(v.row, v.col), list: v.rule.values, allowInvalid: true }] : []));
}

// ---- school tabs ------------------------------------------------------------------------------

/** New tabs made per call at most: the sidebar calls again while some remain, showing progress. */
export const TABS_PER_CALL = 25;

export interface Distribution {
  created: string[];
  kept: number;
  merged: number;
  /** Schools still without a tab (the sidebar calls again). */
  remaining: number;
  total: number;
  /** What does not fit, each with its sheet (renamed tabs, tabs of schools gone from the roster, edited criteria). */
  findings: SheetFinding[];
  message: string;
}

const templateKeySetting = 'checklist.templateKey';

/** A fingerprint of the template's criteria: when it changed since the last run, existing tabs get the new criteria. */
function templateKey(criteria: readonly { id: string; text: string }[]): string {
  let h = 5381;
  for (const ch of JSON.stringify(criteria.map((c) => [c.id, c.text]))) h = (Math.imul(h, 33) ^ ch.charCodeAt(0)) >>> 0;
  return `${criteria.length}-${h.toString(36)}`;
}

/**
 * «Разослать чек-листы»: a tab per roster school (at most `batch` new ones per call). Existing tabs and their
 * answers are kept; when the template gained criteria since the last run, they are appended in place.
 * Creates «Участники» when it is missing (and stops: the user fills it in first).
 */
export const checklistDistribute = endpoint(
  z._default(
    z.object({
      batch: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
      /** Tabs made by the earlier calls of this run (for the final message). */
      previous: z.optional(z.int().check(z.minimum(0), z.maximum(100_000))),
    }),
    {},
  ),
  ({ batch, previous }) => withDocumentLock(() => distribute(activeSpreadsheet(), batch ?? TABS_PER_CALL, previous ?? 0)),
);

function distribute(ss: Spreadsheet, batch: number, previous: number): Distribution {
  const lang = currentLang();
  const m = checklistMessages(lang).server;
  const book = bookSheets(ss);
  const { template, findings: templateFindings } = loadTemplate(book);
  // a scale the template does not state readably is never guessed: the tabs are not sent out with it
  const blocking = blockingFindings(templateFindings);
  if (blocking.length) throw new UserError(m.scaleBlocks(blocking.map((f) => `${f.cell}: ${f.message}`)));
  const schools = loadSchools(book);
  if (!schools) {
    writeNewSheet(ss, ROSTER_SHEET, {
      values: [[...ROSTER_HEADER]],
      numberFormats: [ROSTER_HEADER.map(() => '@')],
      headerRow: 0,
      frozenRows: 1,
      columnWidths: [280, 140, 100, 200, 200, 220, 160],
    });
    keepChanges(); // the new roster stays: the message asks the user to fill it in
    throw new UserError(m.rosterCreated);
  }
  const found = findTabs(book, schools, true);
  const findings = [...found.findings];
  const me = runningUser();
  const coordinator = me ? me.getEmail() : '';
  const emails = new Map(schools.map((s) => [s.name, s.emails]));

  // Existing tabs: new template criteria appended, only when the template changed since the last run.
  const key = templateKey(template.criteria);
  let merged = 0;
  if (readSetting(templateKeySetting, z.string()) !== key) {
    for (const k of found.plan.keep) {
      const sheet = found.sheets.get(k.tab)!;
      const merge = mergeTemplateIntoTab(readValues(sheet), template, lang);
      if (!merge) {
        findings.push({ sheet: k.tab, cell: 'A1', row: 0, severity: 'warning', code: 'tab-unreadable', message: m.tabUnreadable(k.tab) });
        continue;
      }
      findings.push(...merge.findings.map((f) => ({ ...f, sheet: k.tab, message: `${k.tab}: ${f.message}` })));
      if (!merge.rows.length) continue;
      writeBlock(sheet, merge.startRow, 0, merge.rows, '@');
      setListValidations(sheet, listValidations(merge.validations));
      protect(sheet, k.tab, k.school, merge.unprotected, emails.get(k.school) ?? [], coordinator, me);
      merged++;
    }
  }

  // A tab left unprotected (an earlier run stopped between making it and protecting it) gets its protection now.
  for (const k of found.plan.keep) {
    const sheet = found.sheets.get(k.tab)!;
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) continue;
    const merge = mergeTemplateIntoTab(readValues(sheet), template, lang);
    if (merge) protect(sheet, k.tab, k.school, merge.unprotected, emails.get(k.school) ?? [], coordinator, me);
  }

  const todo = found.plan.create.slice(0, batch);
  for (const { school, tab } of todo) {
    const content = schoolTabSheet(template, school, lang);
    const sheet = writeNewSheet(ss, tab, {
      values: content.values,
      numberFormats: content.values.map(() => [...content.formats]),
      wrap: true,
      headerRow: content.headerRow,
      validations: listValidations(content.validations),
      frozenRows: content.headerRow + 1,
      columnWidths: [...content.widths],
    });
    markSheet(sheet, TAB_MARKER_KEY, school);
    try {
      protect(sheet, tab, school, content.unprotected, emails.get(school) ?? [], coordinator, me);
    } catch (err) {
      deleteNewSheet(ss, sheet); // an unprotected tab is not left behind: the next run makes it again
      throw err;
    }
  }
  const remaining = found.plan.create.length - todo.length;
  if (remaining === 0) writeSetting(templateKeySetting, key);
  const created = todo.map((t) => t.tab);
  const total = schools.length;
  const message = remaining
    ? m.progress(total - remaining, total)
    : m.distributed(previous + created.length, found.plan.keep.length - previous, merged);
  return { created, kept: found.plan.keep.length, merged, remaining, total, findings, message };
}

/**
 * The user running the action, added to each tab's protection before the others are removed (Google's order, see
 * sheets-io `restrictEditors`). Session.getEffectiveUser() needs the userinfo.email scope: it is in appsscript.json
 * for this call alone (docs/install.md, «Разрешения»), because only this User object lets a coordinator whose access comes
 * through a Google Group keep it while the group is removed. A user who did not grant the scope gets null here: the
 * tabs are protected all the same (Sheets never removes the running user), without their e-mail on the list.
 */
function runningUser(): GoogleAppsScript.Base.User | null {
  try {
    return Session.getEffectiveUser();
  } catch {
    return null;
  }
}

/** One protection per tab (all but the answer columns), and the answers kept to the school's people when the roster names them. */
function protect(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: string,
  school: string,
  unprotected: readonly string[],
  emails: readonly string[],
  coordinator: string,
  me: GoogleAppsScript.Base.User | null,
): void {
  const plan = tabProtectionPlan(school, unprotected, emails, coordinator, currentLang());
  try {
    protectSheet(sheet, plan.sheet.description, plan.sheet.editors, plan.sheet.unprotected, me);
    if (plan.answers) protectRanges(sheet, plan.answers.ranges, plan.answers.description, plan.answers.editors, me);
  } catch (err) {
    // Google refuses to change the editors when the running user's access comes only through a Google Group and
    // their own address is unknown (or when another coordinator's protection is already on the tab).
    console.error(err);
    throw new UserError(checklistMessages(currentLang()).server.protectFailed(tab));
  }
}

// ---- checks ------------------------------------------------------------------------------------

export interface TabFindings {
  sheet: string;
  findings: ChecklistFinding[];
  total: number;
  /** Criteria answered on this tab (for a summary line). */
  answered: number;
}

export const FINDINGS_LIMIT = 500;

/** «Проверить листы школ»: what does not fit on each tab (edited criteria, unreadable answers), the template's findings too. */
export const checklistCheck = endpoint(
  z._default(z.object({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) }), {}),
  ({ limit }): TabFindings[] => {
    const ss = activeSpreadsheet();
    const m = msg().server;
    const cap = limit ?? FINDINGS_LIMIT;
    let live: LiveState;
    try {
      live = loadLive(ss, true);
    } catch (err) {
      // a template without school tabs yet: its own findings (scales, directions, levels) are still the check
      if (!(err instanceof UserError)) throw err;
      const { template, findings } = loadTemplate(bookSheets(ss));
      return [entry(TEMPLATE_SHEET, findings, cap, template.criteria.length)];
    }
    const general = live.withoutTab.map((s): ChecklistFinding => ({
      cell: 'A1',
      row: 0,
      severity: 'warning',
      code: 'no-tab',
      message: m.noTab(s),
    }));
    const aboutTab = (tab: string) => live.findings.filter((f) => f.sheet === tab).map(({ sheet: _sheet, ...f }) => f);
    const out: TabFindings[] = [];
    if (live.templateFindings.length) out.push(entry(TEMPLATE_SHEET, live.templateFindings, cap, live.template.criteria.length));
    if (general.length) out.push(entry(ROSTER_SHEET, general, cap, 0));
    for (const t of live.tabs)
      out.push(entry(t.tab, [...aboutTab(t.tab), ...t.findings], cap, t.answers.filter((a) => a.answer.status !== 'empty').length));
    const tabNames = new Set(live.tabs.map((t) => t.tab));
    for (const sheet of new Set(live.findings.map((f) => f.sheet).filter((x) => !tabNames.has(x))))
      out.push(entry(sheet, aboutTab(sheet), cap, 0)); // tabs of schools gone from the roster
    return out;
  },
);

function entry(sheet: string, findings: ChecklistFinding[], cap: number, answered: number): TabFindings {
  return { sheet, findings: findings.slice(0, cap), total: findings.length, answered };
}

// ---- rounds ------------------------------------------------------------------------------------

/** «Зафиксировать срез»: every school's answers, with the round's name and today's date, appended to the history in one write. */
export const checklistFixRound = endpoint(z.object({ name: z.string().check(z.maxLength(200)) }), ({ name }) =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const live = loadLive(ss);
    const history = loadHistory(live.book);
    // a history sheet left empty (a first round that stopped half-way) gets its header: rows never start in A1
    const withHeader = !history.sheet || history.sheet.getLastRow() === 0;
    const snap = snapshotRows(name, todayIso(), live.template, live.tabs, { history: history.rounds, withHeader, lang });
    if (!snap.ok) throw new UserError(snap.error.message);
    const rows = snap.rows.map((r, i) => (i === 0 && withHeader ? r : r.map((v, c) => (c === 1 ? (cellDate(String(v)) ?? v) : v))));
    let sheet = history.sheet;
    if (!sheet) {
      sheet = insertNewSheet(ss, HISTORY_SHEET, live.book.length);
      warnOnEdit(sheet, `Кластер: ${HISTORY_SHEET}`);
    }
    const first = appendRows(sheet, rows, HISTORY_FORMATS);
    if (withHeader) setHeaderRow(sheet, HISTORY_HEADER.length);
    const roundName = String(snap.rows[withHeader ? 1 : 0]![0]);
    return {
      sheet: HISTORY_SHEET,
      rows: rows.length,
      firstRow: first + 1,
      message: msg().server.roundFixed(roundName, snap.schools, snap.started),
    };
  }),
);

// ---- summary and note --------------------------------------------------------------------------

const roundPayload = z._default(z.object({ round: z.optional(z.string().check(z.maxLength(200))) }), {});

interface Summarised {
  summary: Summary;
  live: LiveState;
  round: string;
}

/** The summary of the live tabs, or of a round from the history when `round` names one. */
function summarise(ss: Spreadsheet, round?: string): Summarised {
  const live = loadLive(ss);
  const history = loadHistory(live.book);
  if (round) {
    const record = history.rounds.find((r) => r.name === round);
    if (!record) throw new UserError(msg().server.noRound(round));
    return { summary: buildSummary(live.template, resultsFromRound(record), history.rounds, { currentRound: round }), live, round };
  }
  const results = resultsFromSheets(live.template, live.tabs, live.withoutTab);
  return { summary: buildSummary(live.template, results, history.rounds), live, round: '' };
}

export interface BuiltSheet {
  sheet: string;
  message: string;
}

/** «Построить сводку»: «Мониторинг — сводка», rebuilt in place, with the schools' traffic lights and two charts. */
export const checklistBuildSummary = endpoint(roundPayload, ({ round }) => withDocumentLock(() => buildSummarySheet(round)));

function buildSummarySheet(round?: string): BuiltSheet {
  const ss = activeSpreadsheet();
  const lang = currentLang();
  const { summary } = summarise(ss, round);
  const s = summarySheet(summary, lang);
  const written = writeGeneratedSheet(ss, s.name, 'checklist-summary', {
    values: s.values,
    fontWeights: s.values.map((_, r) => new Array<'bold' | 'normal'>(s.values[0]!.length).fill(s.boldRows.includes(r) ? 'bold' : 'normal')),
    frozenRows: 1,
    columnWidths: [
      [1, 1, 260],
      [2, 10, 110],
    ],
  });
  setRangeFormats(written.sheet, s.formats);
  setRangeBackgrounds(written.sheet, s.backgrounds.range, s.backgrounds.colors);
  replaceCharts(written.sheet, s.charts);
  const message = msg().server.summaryBuilt(summary.schools.length, pct(summary.overall.score));
  return { sheet: written.name, message: written.notice ? `${message} ${written.notice}` : message };
}

function noteOf(ss: Spreadsheet, round?: string): NoteDoc {
  const lang = currentLang();
  const { summary, live, round: name } = summarise(ss, round);
  const indicators = findSheet(live.book, INDICATORS_SHEET);
  const read = indicators ? readIndicators(readValues(indicators.sheet), lang) : undefined;
  return buildNote({
    summary,
    round: name,
    date: todayIso(),
    ...(read?.ok ? { indicators: read.rows } : {}),
    ...(live.template.levels ? { levels: live.template.levels } : {}),
    lang,
  });
}

/** «Аналитическая справка»: the note as a generated sheet (headings bold, tables as they are). */
export const checklistBuildNote = endpoint(roundPayload, ({ round }) =>
  withDocumentLock((): BuiltSheet => {
    const ss = activeSpreadsheet();
    const rows = noteRows(noteOf(ss, round));
    const width = rows.values[0]!.length;
    const bold = new Set([...rows.headingRows, ...rows.tableHeaderRows]);
    const written = writeGeneratedSheet(ss, NOTE_SHEET, 'checklist-note', {
      values: rows.values,
      columnFormats: new Array<string>(width).fill('@'),
      fontWeights: rows.values.map((_, r) => new Array<'bold' | 'normal'>(width).fill(bold.has(r) ? 'bold' : 'normal')),
      columnWidths: [
        [1, 1, 520],
        [2, Math.max(1, width - 1), 120],
      ],
    });
    const message = msg().server.noteBuilt(written.name);
    return { sheet: written.name, message: written.notice ? `${message} ${written.notice}` : message };
  }),
);

/** The note's structure (title, headings, paragraphs, lists, tables): the CLI and the playground write it as .md or .docx. */
export const checklistNote = endpoint(roundPayload, ({ round }): NoteDoc => noteOf(activeSpreadsheet(), round));

export type NoteDocReply = { url: string; message: string } | { authorize: string; message: string };

/**
 * «Справка — документ Google»: needs the documents scope. The grant is checked now (not at install), so
 * everything else works without it: when it is missing, the reply carries the URL where the user grants it.
 */
export const checklistNoteDoc = endpoint(roundPayload, ({ round }): NoteDocReply => {
  const m = msg().server;
  const info = (
    ScriptApp as unknown as { getAuthorizationInfo(mode: unknown, scopes: string[]): GoogleAppsScript.Script.AuthorizationInfo }
  ).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [DOCS_SCOPE]);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    return { authorize: info.getAuthorizationUrl() ?? '', message: m.needsDocsGrant };
  }
  const note = noteOf(activeSpreadsheet(), round);
  return { url: writeNoteDoc(note), message: m.docCreated };
});

/** The note as a Google Doc: a title, headings, paragraphs, bullet lists and tables. */
function writeNoteDoc(note: NoteDoc): string {
  const doc = DocumentApp.create(note.title);
  const body = doc.getBody();
  body.appendParagraph(note.title).setHeading(DocumentApp.ParagraphHeading.TITLE);
  for (const b of note.blocks) {
    if (b.type === 'heading')
      body
        .appendParagraph(b.text)
        .setHeading(b.level === 1 ? DocumentApp.ParagraphHeading.HEADING1 : DocumentApp.ParagraphHeading.HEADING2);
    else if (b.type === 'paragraph') body.appendParagraph(b.text);
    else if (b.type === 'list') for (const item of b.items) body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET);
    else body.appendTable([b.header, ...b.rows]);
  }
  doc.saveAndClose();
  return doc.getUrl();
}

// ---- indicators --------------------------------------------------------------------------------

export interface IndicatorsReply {
  sheet: string;
  created: boolean;
  met: number;
  notMet: number;
  noData: number;
  findings: ChecklistFinding[];
  message: string;
}

/**
 * «Проверить показатели»: each target on «Показатели» against its actual value; the «Результат» column gets
 * выполнен / не выполнен / нет данных. Without the sheet, it is made from the project's targets.
 */
export const checklistIndicators = endpoint(z._default(z.object({}), {}), () =>
  withDocumentLock((): IndicatorsReply => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const m = checklistMessages(lang).server;
    const sheet = ss.getSheetByName(INDICATORS_SHEET);
    if (!sheet) {
      const values = sampleIndicators();
      writeNewSheet(ss, INDICATORS_SHEET, {
        values,
        numberFormats: values.map(() => values[0]!.map(() => '@')),
        wrap: true,
        headerRow: 0,
        frozenRows: 1,
        columnWidths: [360, 300, 160, 120],
      });
      return { sheet: INDICATORS_SHEET, created: true, met: 0, notMet: 0, noData: 0, findings: [], message: m.indicatorsCreated };
    }
    const values = readValues(sheet);
    const read = readIndicators(values, lang);
    if (!read.ok) throw new UserError(read.error.message);
    const count = (s: string) => read.rows.filter((r) => r.check.status === s).length;
    const reply = {
      sheet: INDICATORS_SHEET,
      created: false,
      met: count('met'),
      notMet: count('not-met'),
      noData: count('no-data'),
      findings: read.findings,
    };
    if (read.resultColumn === null)
      return { ...reply, message: `${m.indicatorsChecked(reply.met, reply.notMet, reply.noData)} ${m.noIndicatorsResult}` };
    if (read.rows.length) {
      const first = read.rows[0]!.row;
      const last = read.rows[read.rows.length - 1]!.row;
      const labels = new Map(read.rows.map((r) => [r.row, r.label]));
      const column = Array.from({ length: last - first + 1 }, (_, i) => [
        labels.get(first + i) ?? values[first + i]?.[read.resultColumn!] ?? '',
      ]);
      writeBlock(sheet, first, read.resultColumn, column, '@');
    }
    return { ...reply, message: m.indicatorsChecked(reply.met, reply.notMet, reply.noData) };
  }),
);

// ---- menu --------------------------------------------------------------------------------------

export function showChecklistSidebar(): void {
  showSidebar('checklist', msg().sidebarTitle);
}

/** Menu «Построить сводку мониторинга»: the summary of the live answers, and a toast (an alert when it cannot). */
export function menuChecklistSummary(): void {
  try {
    const built = withDocumentLock(() => buildSummarySheet());
    activeSpreadsheet().toast(built.message, 'Кластер', 8);
  } catch (err) {
    SpreadsheetApp.getUi().alert(userMessage(err));
  }
}
