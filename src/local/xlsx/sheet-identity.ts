/**
 * Sheet identity in .xlsx: each saved sheet carries its emulator sheet id in a sheet-scoped, hidden defined
 * name `_klaster_sheet_<id>` (workbook.xml: `<definedName name="_klaster_sheet_123" localSheetId="2"
 * hidden="1">'Календарь'!$A$1</definedName>`).
 *
 * Why this carrier: .xlsx has nothing like developer metadata, and the `_klaster_meta` sheet can only name a
 * sheet by its name, which the user can give to any other sheet. A sheet-scoped name belongs to its sheet in
 * Excel and LibreOffice alike: it follows the sheet when it is renamed or moved (the reference is rewritten,
 * localSheetId renumbered), and it disappears with the sheet when the sheet is deleted, so a new sheet the
 * user makes in its place, with the same name or at the same position, has no id and is never taken for ours.
 * A copy of the sheet made in Excel carries the name along; two sheets claiming one id are resolved in
 * `readSheetIds`'s caller (one keeps it, the rest get new ids).
 *
 * exceljs drops `localSheetId` of ordinary defined names (it merges names by name), so the names are added
 * to and read from workbook.xml directly, with jszip (the zip library exceljs itself reads with).
 */
import JSZip from 'jszip';

const WORKBOOK_XML = 'xl/workbook.xml';
const NAME_PREFIX = '_klaster_sheet_';

/** Adds the identity names to workbook bytes written by exceljs. `ids[i]` belongs to the i-th sheet in the file. */
export async function addSheetIds(bytes: Uint8Array, sheets: { name: string; id: number }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(WORKBOOK_XML);
  if (!file) return Buffer.from(bytes);
  const xml = await file.async('string');
  const names = sheets
    .map(
      ({ name, id }, i) =>
        `<definedName name="${NAME_PREFIX}${id}" localSheetId="${i}" hidden="1">${escapeXml(`'${name.replace(/'/g, "''")}'!$A$1`)}</definedName>`,
    )
    .join('');
  const withNames = xml.includes('<definedNames>')
    ? xml.replace('<definedNames>', `<definedNames>${names}`)
    : xml.includes('<definedNames/>')
      ? xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  zip.file(WORKBOOK_XML, withNames);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Sheet name → the ids its own identity names carry (usually one; a sheet copied in Excel may share one). */
export async function readSheetIds(bytes: Uint8Array): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const file = zip.file(WORKBOOK_XML);
    if (!file) return ids;
    xml = await file.async('string');
  } catch {
    return ids;
  }
  const sheetNames = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => unescapeXml(attribute(m[1] ?? '', 'name') ?? ''));
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = attribute(attrs, 'name') ?? '';
    const local = attribute(attrs, 'localSheetId');
    if (!name.startsWith(NAME_PREFIX) || local === undefined) continue;
    const id = Number(name.slice(NAME_PREFIX.length));
    const sheet = sheetNames[Number(local)];
    if (sheet !== undefined && Number.isSafeInteger(id) && id > 0 && !ids.has(sheet)) ids.set(sheet, id);
  }
  return ids;
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * The worksheets workbook.xml lists whose part is missing from the archive (a damaged or hand-edited file):
 * exceljs would silently leave such a sheet out. Chart sheets and other non-worksheet tabs are not checked
 * (exceljs reads no chart sheets). Empty when every listed worksheet is there, or when workbook.xml is unreadable
 * (exceljs then reports the file as damaged).
 */
export async function missingSheetParts(bytes: Uint8Array): Promise<{ sheet: string; part: string }[]> {
  let zip: JSZip;
  let xml: string;
  let rels: string;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = (await zip.file(WORKBOOK_XML)?.async('string')) ?? '';
    rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  } catch {
    return [];
  }
  if (!xml || !rels) return [];
  const targets = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const id = attribute(attrs, 'Id');
    if (id) targets.set(id, { type: attribute(attrs, 'Type') ?? '', target: unescapeXml(attribute(attrs, 'Target') ?? '') });
  }
  const missing: { sheet: string; part: string }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const sheet = unescapeXml(attribute(attrs, 'name') ?? '');
    const rel = targets.get(/\br:id="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (rel && !rel.type.endsWith('/worksheet')) continue;
    const part = rel ? (rel.target.startsWith('/') ? rel.target.slice(1) : `xl/${rel.target}`).replace(/\/\.\//g, '/') : '';
    if (!part || !zip.file(part)) missing.push({ sheet, part: part || '(нет ссылки)' });
  }
  return missing;
}
