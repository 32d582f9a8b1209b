/**
 * «Импорт из Word…»: a .docx chosen on the user's computer, sent by the sidebar as base64 (no Drive scope),
 * unpacked here with the built-in Utilities (base64Decode, newBlob, unzip), read by core/word and placed by
 * core/import. Two steps: `importPreview` writes nothing and says what was found and where it will go (a sheet
 * an earlier import of the same document made is updated, with what would change); `importApply` writes.
 *
 * Each sheet it writes is marked with developer metadata 'klaster.imported' = {"kind":"word:<document>:<table>",
 * "sheet":<its id>} — the pattern of generated-sheets.ts under its own key: an imported sheet is the user's working
 * sheet (a plan, a budget), which every job reads, not a generated one they skip. A second import of the same
 * document finds its own sheets by that marker whatever they are called now (a copy of one has another id and
 * is the user's), and never touches a sheet the user made.
 * After writing, each job's own check runs on its sheets (the findings per sheet, for the summary), and the
 * people named in the plans and in a participants' table are proposed for «Участники» — appended only when the
 * user confirms (peopleAppendRoster).
 */
import { z } from '../lazy-zod';
import { DOCX_MAX_BYTES, DOCX_MAX_UNPACKED, docxFileProblem, docxProblemMessage, type DocxProblem } from '../../core/import/file-check';
import {
  placeDocument,
  documentTitle,
  sheetChanges,
  type ImportKind,
  type PlacedDocument,
  type RepeatedTable,
} from '../../core/import/place';
import { ROSTER_HEADER } from '../../core/people/roster';
import { readWordDocument, type WordParts } from '../../core/word/document';
import { budgetScan } from '../budget/endpoints';
import { checklistPasted } from '../checklist/import';
import { peopleProposeRoster } from '../people/endpoints';
import { planCheck } from '../plan/endpoints';
import { UserError, currentLang, endpoint, withDocumentLock, type Reply } from '../runtime';
import { activeSpreadsheet, clearToRewrite, insertNewSheet, markSheet, readValues, writeTextSheet } from '../sheets-io';
import { showSidebar } from '../sidebars';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Base64 of DOCX_MAX_BYTES, and a little room: a longer text is refused with the size message, not decoded. */
const MAX_BASE64 = Math.ceil(DOCX_MAX_BYTES / 3) * 4 + 16;

const filePayload = z.object({
  fileName: z.string().check(z.maxLength(300)),
  data: z.string(),
});

const KIND_PREFIX = 'word:';

/** A short stable key of a text (FNV-1a, base 36). */
function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const documentKey = (title: string, fileName: string) => hashKey((title || fileName.replace(/\.docx$/i, '')).toLowerCase());
const sheetKind = (docKey: string, key: string) => `${KIND_PREFIX}${docKey}:${hashKey(key)}`;

function fail(problem: DocxProblem, fileName: string): never {
  throw new UserError(docxProblemMessage(problem, currentLang(), fileName));
}

/** The .docx's parts, or a clear message (nothing written) for a file that is not one. */
function readDocx(data: string, fileName: string): WordParts {
  if (data.length > MAX_BASE64) fail('too-large', fileName);
  let bytes: number[];
  try {
    bytes = Utilities.base64Decode(data) as number[];
  } catch {
    fail('not-docx', fileName);
  }
  const problem = docxFileProblem(bytes);
  if (problem) fail(problem, fileName);
  let files: GoogleAppsScript.Base.Blob[];
  try {
    files = Utilities.unzip(Utilities.newBlob(bytes, 'application/zip', fileName || 'document.docx'));
  } catch {
    fail('damaged', fileName);
  }
  const part = (name: string) => files.find((f) => f.getName() === name);
  const document = part('word/document.xml');
  if (!document) fail(part('EncryptionInfo') ? 'encrypted' : 'no-document', fileName);
  if (document.getBytes().length > DOCX_MAX_UNPACKED) fail('too-large', fileName);
  const text = (name: string) => part(name)?.getDataAsString('UTF-8');
  const numbering = text('word/numbering.xml');
  const styles = text('word/styles.xml');
  return { document: document.getDataAsString('UTF-8'), ...(numbering ? { numbering } : {}), ...(styles ? { styles } : {}) };
}

/** Developer-metadata key of the sheets the import made. */
export const IMPORTED_KEY = 'klaster.imported';

/** The import's marker on this very sheet (not a copy of it), or null. */
function importedKind(sheet: Sheet, id: number): string | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== IMPORTED_KEY) continue;
    try {
      const v = JSON.parse(m.getValue() ?? '') as { kind?: unknown; sheet?: unknown };
      if (typeof v.kind === 'string' && v.sheet === id) return v.kind;
    } catch {
      // not ours
    }
  }
  return null;
}

/** The sheets an earlier import of this document made: table kind → sheet. */
function ownSheets(ss: Spreadsheet, docKey: string): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  const prefix = `${KIND_PREFIX}${docKey}:`;
  for (const m of ss.createDeveloperMetadataFinder().withKey(IMPORTED_KEY).find()) {
    let marker: { kind?: unknown; sheet?: unknown };
    try {
      marker = JSON.parse(m.getValue() ?? '') as typeof marker;
    } catch {
      continue;
    }
    if (typeof marker.kind !== 'string' || !marker.kind.startsWith(prefix) || typeof marker.sheet !== 'number') continue;
    const sheet = (ss as Spreadsheet & { getSheetById(id: number): Sheet | null }).getSheetById(marker.sheet);
    if (sheet && importedKind(sheet, marker.sheet) === marker.kind) out.set(marker.kind, sheet);
  }
  return out;
}

interface Reading {
  doc: PlacedDocument;
  docKey: string;
  own: Map<string, Sheet>;
}

function read(data: string, fileName: string): Reading {
  const ss = activeSpreadsheet();
  const parts = readDocx(data, fileName);
  let blocks;
  try {
    blocks = readWordDocument(parts);
  } catch {
    fail('damaged', fileName);
  }
  const lang = currentLang();
  const docKey = documentKey(documentTitle(blocks), fileName);
  const own = ownSheets(ss, docKey);
  // every sheet's name is taken (one an earlier import made and this one does not update too); a sheet an
  // earlier import made keeps its name, whatever the user renamed it to
  const taken = ss.getSheets().map((s) => s.getName());
  const doc = placeDocument(blocks, { fileName, lang, taken, keep: (key) => own.get(sheetKind(docKey, key))?.getName() });
  if (!doc.sheets.length)
    throw new UserError(
      lang === 'en' ? `«${fileName}» has no tables: nothing to import.` : `В документе «${fileName}» нет таблиц — импортировать нечего.`,
    );
  return { doc, docKey, own };
}

export interface ImportPreviewSheet {
  name: string;
  kind: ImportKind;
  heading: string;
  summary: string;
  rows: number;
  /** New sheet, an update of the sheet an earlier import made, or that sheet unchanged. */
  action: 'create' | 'update' | 'same';
  changes?: { changed: number; added: number; removed: number };
}

export interface ImportPreview {
  title: string;
  sheets: ImportPreviewSheet[];
  /** Tables the document repeats word for word: not imported again. */
  repeats: RepeatedTable[];
}

/** Step 1: what the document holds and where each table will go. Writes nothing. */
export const importPreview = endpoint(filePayload, ({ data, fileName }): ImportPreview => {
  const { doc, docKey, own } = read(data, fileName);
  return {
    title: doc.title,
    repeats: doc.repeats,
    sheets: doc.sheets.map((s) => {
      const existing = own.get(sheetKind(docKey, s.key));
      const base = { name: s.name, kind: s.kind, heading: s.heading, summary: s.summary, rows: s.rows };
      if (!existing) return { ...base, action: 'create' as const };
      const changes = sheetChanges(readValues(existing), s.values);
      const same = changes.changed + changes.added + changes.removed === 0;
      return { ...base, action: same ? ('same' as const) : ('update' as const), changes };
    }),
  };
});

export interface ImportedSheet {
  name: string;
  kind: ImportKind;
  summary: string;
  /** The job check's findings on the sheet; null when no check reads this kind of table. */
  findings: number | null;
  /** What the check said when it could not read the sheet. */
  problem?: string;
}

export interface ImportResult {
  sheets: ImportedSheet[];
  /** Tables the document repeats word for word: not imported again (a budget's rollup would count them twice). */
  repeats: RepeatedTable[];
  /** People proposed for «Участники» (its columns), for the user to confirm; nothing appended yet. */
  roster: { header: string[]; rows: string[][] };
}

function findingsOf(name: string, kind: ImportKind): Pick<ImportedSheet, 'findings' | 'problem'> {
  const count = <T>(reply: Reply<T>, n: (d: T) => number): Pick<ImportedSheet, 'findings' | 'problem'> =>
    reply.ok ? { findings: n(reply.data) } : { findings: null, problem: reply.error };
  switch (kind) {
    case 'plan':
      return count(planCheck({ sheet: name, limit: 1_000_000 }), (d) => d.reduce((n, r) => n + r.total, 0));
    case 'budget':
      return count(budgetScan({ sheet: name, limit: 1_000_000 }), (d) => d.tables.reduce((n, t) => n + t.findings.length, 0));
    case 'indicators':
    case 'checklist':
      return count(checklistPasted({ sheet: name }), (d) => d.reduce((n, p) => n + p.findings.length, 0));
    default:
      return { findings: null };
  }
}

/**
 * Step 2: writes the sheets (new ones, and the ones an earlier import of this document made), runs the checks,
 * proposes «Участники». All or nothing, as every action (undo.ts): a failure half-way deletes the sheets this
 * call made and puts the ones it rewrote back; what cannot be put back is named in the message.
 */
export const importApply = endpoint(filePayload, ({ data, fileName }): ImportResult => {
  const { doc, docKey, own } = read(data, fileName);
  const ss = activeSpreadsheet();
  const written = withDocumentLock(() => {
    // new sheets go after the last one: counted once, not asked again for each sheet
    let end = ss.getSheets().length;
    return doc.sheets.map((s) => {
      const kind = sheetKind(docKey, s.key);
      const existing = own.get(kind);
      const sheet = existing ? clearToRewrite(existing) : insertNewSheet(ss, s.name, end++);
      if (!existing) markSheet(sheet, IMPORTED_KEY, JSON.stringify({ kind, sheet: sheet.getSheetId() }));
      const width = s.values[0]?.length ?? 1;
      writeTextSheet(sheet, {
        values: s.values,
        merges: s.merges,
        note: s.note,
        // a sheet the user has had keeps the frozen rows and widths they set
        ...(existing ? {} : { frozenRows: Math.min(s.values.length, s.tableRow + 1), columnWidth: width > 4 ? 200 : 260 }),
      });
      // placing gave an earlier import's sheet its current name, and a new sheet this one
      return { placed: s, name: s.name };
    });
  });
  const sheets = written.map(({ placed, name }): ImportedSheet => ({
    name,
    kind: placed.kind,
    summary: placed.summary,
    ...findingsOf(name, placed.kind),
  }));
  // «Участники»: the names in the plans' responsible columns, then the participants' tables
  const seen = new Set<string>();
  const rows: string[][] = [];
  const push = (row: string[]) => {
    const key = (row[0] ?? '').toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  for (const { placed, name } of written) {
    if (placed.kind !== 'plan') continue;
    const proposed = peopleProposeRoster({ sheet: name });
    if (proposed.ok) proposed.data.rows.forEach(push);
  }
  for (const { placed } of written) {
    for (const p of placed.people ?? [])
      push([p.name, '', currentLang() === 'en' ? 'person' : 'человек', p.position ?? '', p.organisation ?? '', '', '']);
  }
  return { sheets, repeats: doc.repeats, roster: { header: [...ROSTER_HEADER], rows: rows.slice(0, 2000) } };
});

export function showImportSidebar(): void {
  showSidebar('import', currentLang() === 'en' ? 'Import from Word' : 'Импорт из Word');
}
