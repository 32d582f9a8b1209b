import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, readXlsx, WorkbookError, writeXlsx } from '../../../src/local/emulator';
import { sampleWorkbook } from './fixtures';

const CODE = `
function saveSettings(settings) {
  PropertiesService.getDocumentProperties().setProperty('settings', JSON.stringify(settings));
  var sheet = SpreadsheetApp.getActive().insertSheet('Календарь');
  sheet.getRange(1, 1, 1, 2).setValues([['Месяц', 'Мероприятие']]);
  sheet.addDeveloperMetadata('klaster.generated', 'calendar');
  return 'ok';
}
function loadSettings() {
  return JSON.parse(PropertiesService.getDocumentProperties().getProperty('settings'));
}
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klaster-session-'));
  await writeXlsx(sampleWorkbook(), join(dir, 'plan.xlsx'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSession', () => {
  it('loads an .xlsx, runs the bundle, saves, and a new session sees the same state', async () => {
    const first = await createSession({ code: CODE, workbook: join(dir, 'plan.xlsx') });
    expect(first.run('saveSettings', { year: 2022, schools: ['МБОУ СОШ №1'] })).toBe('ok');
    await first.save(join(dir, 'plan-saved.xlsx'));

    const second = await createSession({ code: CODE, workbook: join(dir, 'plan-saved.xlsx') });
    expect(second.run('loadSettings')).toEqual({ year: 2022, schools: ['МБОУ СОШ №1'] });
    const calendar = second.workbook.sheet('Календарь')!;
    expect(calendar.metadata.map((m) => [m.key, m.value])).toEqual([['klaster.generated', 'calendar']]);
    expect(calendar.cell(1, 2)!.value).toBe('Мероприятие');
    const reread = await readXlsx(join(dir, 'plan-saved.xlsx'));
    expect((reread.sheet('План')!.cell(2, 4)!.value as Date).getDate()).toBe(26);
  });

  it('accepts a spec or nothing at all', async () => {
    const fromSpec = await createSession({ code: CODE, workbook: { sheets: [{ name: 'Школы', rows: [['Школа']] }] } });
    expect(fromSpec.workbook.sheets.map((s) => s.name)).toEqual(['Школы']);
    const empty = await createSession({ code: CODE });
    expect(empty.workbook.sheets.map((s) => s.name)).toEqual(['Лист1']);
  });

  it('fails clearly for a missing bundle or workbook', async () => {
    await expect(createSession({ codeFile: join(dir, 'Code.js') })).rejects.toThrow(/Файл не найден: .*Code\.js/);
    await expect(createSession({ code: CODE, workbook: join(dir, 'нет.xlsx') })).rejects.toBeInstanceOf(WorkbookError);
  });
});
