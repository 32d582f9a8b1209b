/**
 * What the checklist actions read: the workbook's sheets (each name asked once), the template, the roster's
 * schools, the school tabs (found by name, else by their marker) and the round history. Each sheet's values
 * are read at most once per action; nothing here writes.
 */
import {
  CHECKLIST_FIELDS,
  HISTORY_SHEET,
  INDICATORS_SHEET,
  NOTE_SHEET,
  planDistribution,
  readHistory,
  readSchoolTab,
  readTemplate,
  SUMMARY_SHEET,
  TAB_MARKER_KEY,
  TEMPLATE_SHEET,
  type ChecklistFinding,
  type DistributionPlan,
  type RoundRecord,
  type SchoolSheet,
  type Template,
} from '../../core/checklist';
import { checklistMessages } from '../../core/checklist/messages';
import { readRoster, rosterSchools, ROSTER_SHEET } from '../../core/people/roster';
import { currentLang, UserError } from '../runtime';
import { readValues, sheetMark } from '../sheets-io';
import { savedColumns } from '../table-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BookSheet {
  sheet: Sheet;
  name: string;
}

/** Every sheet with its name (one getName per sheet, once per action). */
export function bookSheets(ss: Spreadsheet): BookSheet[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** The job's own sheets: never taken for a school's tab. */
export const JOB_SHEETS: readonly string[] = [TEMPLATE_SHEET, ROSTER_SHEET, HISTORY_SHEET, SUMMARY_SHEET, NOTE_SHEET, INDICATORS_SHEET];

export function findSheet(book: readonly BookSheet[], name: string): BookSheet | undefined {
  return book.find((b) => b.name === name);
}

export interface LoadedTemplate {
  template: Template;
  findings: ChecklistFinding[];
}

/** The template sheet, read; a clear message when it is missing or unreadable. */
export function loadTemplate(book: readonly BookSheet[]): LoadedTemplate {
  const lang = currentLang();
  const found = findSheet(book, TEMPLATE_SHEET);
  if (!found) throw new UserError(checklistMessages(lang).server.noTemplate);
  const read = readTemplate(readValues(found.sheet), lang, savedColumns('checklist', TEMPLATE_SHEET, CHECKLIST_FIELDS) ?? {});
  if (!read.ok) throw new UserError(`«${TEMPLATE_SHEET}»: ${read.error.message}`);
  return { template: read.template, findings: read.findings };
}

export interface School {
  name: string;
  short?: string;
  emails: string[];
}

/**
 * The roster's schools: null when there is no «Участники» sheet; a clear message when it has no header or
 * no school.
 */
export function loadSchools(book: readonly BookSheet[]): School[] | null {
  const m = checklistMessages(currentLang()).server;
  const found = findSheet(book, ROSTER_SHEET);
  if (!found) return null;
  const roster = readRoster(readValues(found.sheet));
  if (!roster.ok) throw new UserError(roster.reason === 'no-header' ? m.noRosterHeader : m.noSchools);
  const schools = rosterSchools(roster.roster).map((s) => ({ name: s.name, ...(s.short ? { short: s.short } : {}), emails: s.emails }));
  if (!schools.length) throw new UserError(m.noSchools);
  return schools;
}

/** A finding with the sheet it points at (a tab, the roster). */
export type SheetFinding = ChecklistFinding & { sheet: string };

export interface FoundTabs {
  plan: DistributionPlan;
  /** Tab name → its sheet. */
  sheets: Map<string, Sheet>;
  findings: SheetFinding[];
}

/**
 * The school tabs: first by name (no extra call), then — only when some school has no tab by name — by the
 * marker each tab carries (a tab the user renamed). With `orphans`, the markers of every other sheet are read
 * too, so that tabs of schools gone from the roster are reported (a check, a distribution; not the summary).
 */
export function findTabs(book: readonly BookSheet[], schools: readonly School[], orphans = false): FoundTabs {
  const m = checklistMessages(currentLang()).server;
  const candidates = book.filter((b) => !JOB_SHEETS.includes(b.name));
  const sheets = new Map(candidates.map((b) => [b.name, b.sheet]));
  let plan = planDistribution(
    schools,
    candidates.map((b) => ({ name: b.name })),
    JOB_SHEETS,
  );
  if (plan.create.length || !schools.length || orphans) {
    const claimed = new Set(plan.keep.map((k) => k.tab));
    const tabs = candidates.map((b) => {
      if (claimed.has(b.name)) return { name: b.name };
      const marker = sheetMark(b.sheet, TAB_MARKER_KEY);
      return marker ? { name: b.name, marker } : { name: b.name };
    });
    plan = planDistribution(schools, tabs, JOB_SHEETS);
  }
  const findings: SheetFinding[] = [];
  for (const k of plan.keep)
    if (k.renamed)
      findings.push({ sheet: k.tab, cell: 'A1', row: 0, severity: 'info', code: 'tab-renamed', message: m.tabRenamed(k.tab, k.school) });
  for (const o of plan.orphans)
    findings.push({ sheet: o.name, cell: 'A1', row: 0, severity: 'info', code: 'tab-orphan', message: m.orphan(o.name, o.marker ?? '') });
  return { plan, sheets, findings };
}

export interface LiveState {
  template: Template;
  templateFindings: ChecklistFinding[];
  /** Each school's tab read against the template, in roster order (schools without a tab are left out). */
  tabs: (SchoolSheet & { tab: string })[];
  /** Schools on the roster without a tab. */
  withoutTab: string[];
  findings: SheetFinding[];
  book: BookSheet[];
}

/**
 * The live answers: template, schools and every tab read once. Without a roster, the tabs Кластер marked
 * are the schools.
 */
export function loadLive(ss: Spreadsheet, orphans = false): LiveState {
  const lang = currentLang();
  const book = bookSheets(ss);
  const { template, findings: templateFindings } = loadTemplate(book);
  const schools = loadSchools(book) ?? [];
  const found = findTabs(book, schools, orphans);
  const keep = schools.length
    ? found.plan.keep
    : found.plan.orphans.map((o) => ({ school: o.marker ?? o.name, tab: o.name, renamed: false }));
  const findings = schools.length ? found.findings : [];
  const tabs = keep.map((k) => ({ ...readSchoolTab(readValues(found.sheets.get(k.tab)!), template, k.school, lang), tab: k.tab }));
  const withoutTab = schools.length ? found.plan.create.map((c) => c.school) : [];
  if (!tabs.length && !withoutTab.length) throw new UserError(checklistMessages(lang).server.noTabs);
  return { template, templateFindings, tabs, withoutTab, findings, book };
}

/** The round history: the rounds, its sheet when there is one, and what was wrong with it. */
export function loadHistory(book: readonly BookSheet[]): { rounds: RoundRecord[]; sheet?: Sheet; findings: ChecklistFinding[] } {
  const found = findSheet(book, HISTORY_SHEET);
  if (!found) return { rounds: [], findings: [] };
  const read = readHistory(readValues(found.sheet), currentLang());
  return { rounds: read.rounds, sheet: found.sheet, findings: read.findings };
}
