/**
 * Dates right in every Russian time zone: a Moscow script (the process zone) over Vladivostok, Kaliningrad
 * and Moscow sheets. A date cell is read as the day it shows, a day is written as midnight there, and
 * «today» is today there. Dates given to customFunction() and read from the workbook model are what the
 * cells show (see the emulator README).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, type Session } from '../../src/local/emulator';
import { SEED_001 } from '../fixtures/seed-plans';
import { oneSheet, sessionOver, ok } from '../support/bundle';

const ZONES = ['Asia/Vladivostok', 'Europe/Kaliningrad', 'Europe/Moscow'] as const;

/** A Date as the day and time a cell shows (its local fields in the model). */
const shown = (d: unknown) =>
  d instanceof Date
    ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` +
      (d.getHours() || d.getMinutes() ? ` ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}` : '')
    : d;

/** Display values of a range on a sheet, through the script-facing API (as the user sees them). */
function display(s: Session, a1: string): string[][] {
  return s.globals.SpreadsheetApp.getActive().getRange(a1).getDisplayValues();
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klaster-tz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(ZONES)('PLAN_DATES in a %s sheet', (zone) => {
  it('text terms give the days they name, shown as those days', async () => {
    const s = await sessionOver(oneSheet('План', [['x']]), { spreadsheetTimeZone: zone });
    const rows = s.customFunction('PLAN_DATES', [
      ['До 26.09.2022'],
      ['10.10.2022- 15.10.2022'],
      ['Сентябрь 2023 – май 2024'],
    ]) as unknown[][];
    expect(rows.map((r) => r.map(shown))).toEqual([
      ['2022-09-26', '2022-09-26', 'срок'],
      ['2022-10-10', '2022-10-15', 'период'],
      ['2023-09-01', '2024-05-31', 'период'],
    ]);
    expect(s.calls.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });

  it('date cells are read as the day they show', async () => {
    const s = await sessionOver(oneSheet('План', [['x']]), { spreadsheetTimeZone: zone });
    const rows = s.customFunction('PLAN_DATES', [[new Date(2022, 8, 26)], [new Date(2024, 0, 1)], [new Date(2023, 11, 31)]]) as unknown[][];
    expect(rows.map((r) => r.map(shown))).toEqual([
      ['2022-09-26', '2022-09-26', 'дата'],
      ['2024-01-01', '2024-01-01', 'дата'],
      ['2023-12-31', '2023-12-31', 'дата'],
    ]);
  });

  it('two date cells as the context: the period between the days they show', async () => {
    const s = await sessionOver(oneSheet('План', [['x']]), { spreadsheetTimeZone: zone });
    const context = [[new Date(2024, 0, 1), new Date(2024, 11, 31)]];
    const rows = s.customFunction('PLAN_DATES', [['В течение периода'], ['Январь'], ['Декабрь']], context) as unknown[][];
    expect(rows.map((r) => r.slice(0, 2).map(shown))).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-12-01', '2024-12-31'],
    ]);
    // a per-row context column of single date cells
    const perRow = s.customFunction('PLAN_DATES', [['Май'], ['Май']], [[new Date(2024, 0, 1)], [new Date(2025, 0, 1)]]) as unknown[][];
    expect(perRow.map((r) => r.slice(0, 2).map(shown))).toEqual([
      ['2024-05-01', '2024-05-31'],
      ['2025-05-01', '2025-05-31'],
    ]);
  });
});

describe.each(ZONES)('«Начало»/«Окончание» in a %s sheet', (zone) => {
  it('writes midnight of the right day: shown so, and so after save → reload .xlsx', async () => {
    const s = await sessionOver({ sheets: [{ name: 'План', rows: SEED_001 as never }] }, { spreadsheetTimeZone: zone });
    ok(s.run('planAddDateColumns', { sheet: 'План' }));
    // row 5: «До 26.09.2022»; row 16: «10.10.2022- 15.10.2022»
    expect(display(s, 'План!D5:F5')[0]).toEqual(['До 26.09.2022', '', '26.09.2022']);
    const row = SEED_001.findIndex((r) => r[3] === '10.10.2022- 15.10.2022') + 1;
    expect(display(s, `План!E${row}:F${row}`)[0]).toEqual(['10.10.2022', '15.10.2022']);
    const path = join(dir, `${zone.replace('/', '-')}.xlsx`);
    await s.save(path);
    const sheet = (await readXlsx(path)).sheet('План')!;
    expect([sheet.cell(5, 6)?.value, sheet.cell(row, 5)?.value, sheet.cell(row, 6)?.value].map(shown)).toEqual([
      '2022-09-26',
      '2022-10-10',
      '2022-10-15',
    ]);
  });

  it('a plan whose «Сроки» are date cells: the day each cell shows', async () => {
    const rows = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Педсовет', new Date(2022, 8, 26), 'МО ПК'],
      ['Семинар', new Date(2023, 0, 1), 'МО ПК'],
    ];
    const s = await sessionOver(oneSheet('План', rows), { spreadsheetTimeZone: zone });
    ok(s.run('planAddDateColumns', { sheet: 'План' }));
    expect(display(s, 'План!B2:D3')).toEqual([
      ['26.09.2022', '26.09.2022', '26.09.2022'],
      ['01.01.2023', '01.01.2023', '01.01.2023'],
    ]);
    // asked again: the same days, so nothing of the user's is in the way
    expect(ok(s.run('planAddDateColumns', { sheet: 'План' }))).toEqual({ sheet: 'План', columns: 'C:D', inserted: false });
  });
});

describe('today is today in the spreadsheet zone', () => {
  const plan = [
    ['Мероприятие', 'Сроки', 'Статус'],
    ['Педсовет', 'До 31.03.2024', 'в работе'],
  ];
  const overdue = async (zone: string, now: Date) => {
    const s = await sessionOver(oneSheet('План', plan), { spreadsheetTimeZone: zone, now });
    const [sheet] = ok(s.run('planCheck', { sheet: 'План' }));
    return { s, overdue: sheet.findings.some((f: any) => f.code === 'overdue') };
  };

  it('23:30 in Moscow is already tomorrow in Vladivostok: overdue there, not in Moscow', async () => {
    const late = new Date(2024, 2, 31, 23, 30);
    expect((await overdue('Asia/Vladivostok', late)).overdue).toBe(true);
    expect((await overdue('Europe/Moscow', late)).overdue).toBe(false);
  });

  it('00:30 in Moscow is still yesterday in Kaliningrad', async () => {
    const early = new Date(2024, 3, 1, 0, 30);
    expect((await overdue('Europe/Kaliningrad', early)).overdue).toBe(false);
    expect((await overdue('Europe/Moscow', early)).overdue).toBe(true);
  });

  it.each([
    ['Asia/Vladivostok', new Date(2024, 2, 31, 23, 30), '2024-05'],
    ['Europe/Moscow', new Date(2024, 2, 31, 23, 30), '2024-04'],
    ['Europe/Kaliningrad', new Date(2024, 3, 1, 0, 30), '2024-04'],
    ['Europe/Moscow', new Date(2024, 3, 1, 0, 30), '2024-05'],
  ])('%s at %s: the default month is %s', async (zone, now, month) => {
    // a plan running through the year: its default month is simply the next one
    const s = await sessionOver(oneSheet('План', [...plan, ['Работа с родителями', 'В течение 2024 года', '']]), {
      spreadsheetTimeZone: zone,
      now,
    });
    expect(ok(s.run('planOverview')).month).toBe(month);
    const built = ok(s.run('planMonthAgenda', { sheet: 'План' }));
    expect(built.message).toMatch(month === '2024-05' ? /^План на май 2024/ : /^План на апрель 2024/);
  });

  it('an action reads the zone once, however many sheets it reads', async () => {
    const s = await sessionOver(
      {
        sheets: [
          { name: 'А', rows: plan as never },
          { name: 'Б', rows: plan as never },
          { name: 'В', rows: plan as never },
        ],
      },
      { spreadsheetTimeZone: 'Asia/Vladivostok' },
    );
    ok(s.run('planCheck', {}));
    expect(s.calls.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });
});

describe("«Начало»/«Окончание» never overwrite the user's own text silently", () => {
  async function filled() {
    const s = await sessionOver({ sheets: [{ name: 'План', rows: SEED_001 as never }] });
    ok(s.run('planAddDateColumns', { sheet: 'План' }));
    return s;
  }
  const set = (s: Session, a1: string, value: unknown) => s.globals.SpreadsheetApp.getActive().getRange(a1).setValue(value);

  it('lists exactly what would be replaced, writes nothing, and replaces after the confirmation', async () => {
    const s = await filled();
    set(s, 'План!F5', 'уточняется');
    set(s, 'План!E6', new Date(2022, 8, 1));
    const first = ok(s.run('planAddDateColumns', { sheet: 'План' }));
    expect(first.pending.changes).toEqual([
      { cell: 'F5', old: 'уточняется', new: '26.09.2022' },
      { cell: 'E6', old: '01.09.2022', new: '' },
    ]);
    expect(first.pending.total).toBe(2);
    expect(first).toMatchObject({ columns: 'E:F', inserted: false });
    expect(display(s, 'План!E5:F6')).toEqual([
      ['', 'уточняется'],
      ['01.09.2022', '30.09.2022'],
    ]);
    // a confirmation for something else is not this one: asked again, still nothing written
    expect(ok(s.run('planAddDateColumns', { sheet: 'План', confirm: 'x' })).pending.total).toBe(2);
    // the sheet changed since the user saw the list: a new list, nothing written
    set(s, 'План!F7', 'перенесено');
    const second = ok(s.run('planAddDateColumns', { sheet: 'План', confirm: first.pending.token }));
    expect(second.pending.total).toBe(3);
    expect(display(s, 'План!F5')).toEqual([['уточняется']]);
    // confirmed: replaced
    const done = ok(s.run('planAddDateColumns', { sheet: 'План', confirm: second.pending.token }));
    expect(done).toEqual({ sheet: 'План', columns: 'E:F', inserted: false });
    expect(display(s, 'План!E5:F7')[0]).toEqual(['', '26.09.2022']);
    expect(ok(s.run('planAddDateColumns', { sheet: 'План' }))).toEqual({ sheet: 'План', columns: 'E:F', inserted: false });
  });

  it('shows the first ten and counts the rest', async () => {
    const s = await filled();
    const range = s.globals.SpreadsheetApp.getActive().getRange('План!F5:F20');
    range.setValues(Array.from({ length: 16 }, (_, i) => [`заметка ${i + 1}`]));
    const reply = ok(s.run('planAddDateColumns', { sheet: 'План' }));
    expect(reply.pending.total).toBe(16);
    expect(reply.pending.changes).toHaveLength(10);
    expect(reply.pending.changes[0]).toMatchObject({ cell: 'F5', old: 'заметка 1' });
  });

  it('an empty cell being filled and the same day are not replacements', async () => {
    const s = await filled();
    set(s, 'План!F5', '');
    set(s, 'План!F6', new Date(2022, 8, 30, 7, 0)); // the same day, another time: what the old add-on wrote in Vladivostok
    expect(ok(s.run('planAddDateColumns', { sheet: 'План' })).pending).toBeUndefined();
    expect(display(s, 'План!F5:F6')).toEqual([['26.09.2022'], ['30.09.2022']]);
  });
});
