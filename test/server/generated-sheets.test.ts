/**
 * A generated sheet can never take a user's sheet: identity travels with the sheet itself, through saves
 * and reloads of a real .xlsx, renames, moves, copies of the sheet and of the spreadsheet.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createSession, type Session, type Workbook } from '../../src/local/emulator';
import { DIST } from '../../src/local/paths';
import { SEED_004 } from '../fixtures/seed-plans';
import { bundleCode, ok, sessionOver } from '../support/bundle';

const dir = mkdtempSync(join(tmpdir(), 'klaster-identity-'));
let n = 0;

const build = (s: Session) => ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
const names = (s: Session) => s.workbook.sheets.map((sh) => sh.name);
const firstCell = (s: Session, name: string) => s.workbook.sheet(name)?.cell(1, 1)?.value;

/** Saves the session's workbook as .xlsx and opens it in a new session, as a user reopening the file. */
async function reopen(s: Session): Promise<Session> {
  const path = join(dir, `book-${++n}.xlsx`);
  await s.save(path);
  return sessionOver(path);
}

async function sessionOn(workbook: Workbook): Promise<Session> {
  return createSession({ code: await bundleCode(), workbook, htmlDir: DIST, now: () => new Date(2024, 2, 15, 10), locale: 'ru' });
}

/** The calendar built from 004, saved and reopened. */
async function builtAndReopened(): Promise<Session> {
  const s = await sessionOver({ sheets: [{ name: 'Академия', rows: SEED_004 as never }] });
  build(s);
  return reopen(s);
}

/** As the user: deletes a sheet and adds their own one at `index` with a note in A1. */
function replaceWithOwnSheet(s: Session, deleted: string, name: string, index: number): void {
  const ss = s.globals.SpreadsheetApp.getActive();
  ss.deleteSheet(ss.getSheetByName(deleted)!);
  ss.insertSheet(name, index).getRange('A1').setValue('мои заметки');
}

describe('generated-sheet identity through .xlsx', () => {
  it('the calendar keeps its id and its marker through save and reload, and is rebuilt in place', async () => {
    const s = await builtAndReopened();
    const id = s.workbook.sheet('Календарь')!.id;
    const again = await reopen(s);
    expect(again.workbook.sheet('Календарь')!.id).toBe(id);
    expect(build(again).sheet).toBe('Календарь');
    expect(names(again)).toEqual(['Академия', 'Календарь']);
    expect(again.workbook.sheet('Календарь')!.id).toBe(id);
  });

  it('«Календарь» deleted and the user’s own «Календарь» in its place: rebuilt as «Календарь (2)», the user’s sheet intact', async () => {
    const s = await builtAndReopened();
    replaceWithOwnSheet(s, 'Календарь', 'Календарь', 1);
    const user = await reopen(s);
    const built = build(user);
    expect(built.sheet).toBe('Календарь (2)');
    expect(built.message).toMatch(/Лист «Календарь» создан не Кластером/);
    expect(firstCell(user, 'Календарь')).toBe('мои заметки');
    expect(user.workbook.sheet('Календарь')!.lastRow()).toBe(1);
    // and the next session rebuilds «Календарь (2)» again, not the user's sheet
    const later = await reopen(user);
    expect(build(later).sheet).toBe('Календарь (2)');
    expect(firstCell(later, 'Календарь')).toBe('мои заметки');
    expect(names(later)).toEqual(['Академия', 'Календарь', 'Календарь (2)']);
  });

  it('the user’s sheet at the calendar’s position under another name is never taken for it', async () => {
    const s = await builtAndReopened();
    replaceWithOwnSheet(s, 'Календарь', 'Заметки', 1);
    const user = await reopen(s);
    expect(build(user).sheet).toBe('Календарь');
    expect(firstCell(user, 'Заметки')).toBe('мои заметки');
    expect(user.workbook.sheet('Заметки')!.lastRow()).toBe(1);
    expect(user.workbook.sheet('Заметки')!.metadata).toEqual([]);
  });

  it('a renamed and moved calendar is still rebuilt in place, under the user’s name', async () => {
    const s = await builtAndReopened();
    const id = s.workbook.sheet('Календарь')!.id;
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.getSheetByName('Календарь')!.setName('Календарь проекта');
    s.workbook.sheets.reverse();
    const user = await reopen(s);
    const built = build(user);
    expect(built.sheet).toBe('Календарь проекта');
    expect(built.message).not.toMatch(/создан не Кластером/);
    expect(names(user)).toEqual(['Календарь проекта', 'Академия']);
    expect(user.workbook.sheet('Календарь проекта')!.id).toBe(id);
  });

  it('a copy of the spreadsheet keeps the identity: its calendar is rebuilt in place', async () => {
    const s = await builtAndReopened();
    const copy = await sessionOn(s.workbook.copy());
    expect(copy.workbook.documentProperties).toEqual({});
    expect(build(copy).sheet).toBe('Календарь');
    expect(names(copy)).toEqual(['Академия', 'Календарь']);
  });

  it('a copy of the calendar sheet is the user’s: with the original gone, a new calendar is made and the copy kept', async () => {
    const s = await builtAndReopened();
    const ss = s.globals.SpreadsheetApp.getActive();
    const original = ss.getSheetByName('Календарь')!;
    const copy = original.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Календарь');
    expect(copy.getSheetId()).not.toBe(original.getSheetId());
    expect(copy.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['klaster.generated']);
    ss.deleteSheet(original);
    copy.setName('Календарь');
    copy.getRange('A1').setValue('мой снимок календаря');
    const user = await reopen(s);
    expect(build(user).sheet).toBe('Календарь (2)');
    expect(firstCell(user, 'Календарь')).toBe('мой снимок календаря');
  });

  it('a sheet copied in Excel carries the identity name along: neither sheet can prove it is the original, both stay the user’s', async () => {
    const s = await builtAndReopened();
    const calendarId = s.workbook.sheet('Календарь')!.id;
    s.globals.SpreadsheetApp.getActive().insertSheet('Копия').getRange('A1').setValue('копия из Excel');
    const path = join(dir, `excel-copy-${++n}.xlsx`);
    await s.save(path);
    // what Excel does when it copies a sheet: the sheet-scoped names are copied onto the new sheet (index 2)
    const zip = await JSZip.loadAsync(await readFile(path));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toContain(`<definedName name="_klaster_sheet_${calendarId}" localSheetId="1" hidden="1">'Календарь'!$A$1</definedName>`);
    zip.file(
      'xl/workbook.xml',
      xml.replace(
        '<definedNames>',
        `<definedNames><definedName name="_klaster_sheet_${calendarId}" localSheetId="2" hidden="1">'Копия'!$A$1</definedName>`,
      ),
    );
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const user = await sessionOver(path);
    expect(user.workbook.sheet('Календарь')!.id).not.toBe(calendarId);
    expect(user.workbook.sheet('Копия')!.id).not.toBe(calendarId);
    expect(build(user).sheet).toBe('Календарь (2)');
    expect(firstCell(user, 'Копия')).toBe('копия из Excel');
  });

  it('an Excel copy of «Календарь» renamed «Календарь» after the original was renamed is never rebuilt over', async () => {
    const s = await builtAndReopened();
    const calendarId = s.workbook.sheet('Календарь')!.id;
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.insertSheet('Копия').getRange('A1').setValue('мои правки в копии');
    const path = join(dir, `excel-copy-${++n}.xlsx`);
    await s.save(path);
    // then in Excel: the original renamed «Старый календарь», a copy made of it (the identity name goes along),
    // the copy renamed «Календарь» and edited; the meta sheet still records «Календарь» for the id
    const zip = await JSZip.loadAsync(await readFile(path));
    let xml = await zip.file('xl/workbook.xml')!.async('string');
    xml = xml.replace(
      '<definedNames>',
      `<definedNames><definedName name="_klaster_sheet_${calendarId}" localSheetId="2" hidden="1">'Копия'!$A$1</definedName>`,
    );
    xml = xml
      .replace(/name="Календарь"/, 'name="Старый календарь"')
      .replace(/'Календарь'!\$A\$1/g, "'Старый календарь'!$A$1")
      .replace(/name="Копия"/, 'name="Календарь"')
      .replace(/'Копия'!\$A\$1/g, "'Календарь'!$A$1");
    zip.file('xl/workbook.xml', xml);
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const user = await sessionOver(path);
    expect(names(user)).toContain('Календарь');
    expect(user.workbook.sheet('Календарь')!.id).not.toBe(calendarId);
    const built = build(user);
    expect(built.sheet).not.toBe('Календарь');
    expect(firstCell(user, 'Календарь')).toBe('мои правки в копии');
  });

  it('the sidebar opens on a plan, not on a generated sheet, whatever it is called', async () => {
    const s = await builtAndReopened();
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.getSheetByName('Календарь')!.setName('Мой календарь').activate();
    expect(ok(s.run('planOverview')).selected).toBe('Академия');
    ss.insertSheet('План на месяц').activate();
    expect(ok(s.run('planOverview')).selected).toBe('План на месяц');
  });
});

describe('emulator sheet ids', () => {
  it('are random and unique, not positional, and kept on rename and move', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'А', rows: [] },
        { name: 'Б', rows: [] },
      ],
    });
    const ss = s.globals.SpreadsheetApp.getActive();
    const ids = ss.getSheets().map((sh) => sh.getSheetId());
    expect(new Set(ids).size).toBe(2);
    expect(ids).not.toEqual([1, 2]);
    const b = ss.getSheetByName('Б')!;
    b.setName('В');
    s.workbook.sheets.reverse();
    expect(ss.getSheetByName('В')!.getSheetId()).toBe(ids[1]);
    const inserted = ss.insertSheet('Г').getSheetId();
    expect(ids).not.toContain(inserted);
  });
});
