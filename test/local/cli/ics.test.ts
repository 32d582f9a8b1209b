/**
 * `klaster ics`: the plan as an .ics file, parsed back by ical.js (Mozilla's RFC 5545 parser). The events are the
 * plan's dated activities with the plan's own dates — «Начало» and «Окончание» as the add-on writes them beside
 * «Сроки» (planAddDateColumns, in the emulator over the same workbook) — a re-export gives the same UIDs, and the
 * text keeps RFC 5545's form (CRLF, lines of at most 75 octets). Bad outputs get one Russian line and exit 2.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { CODE_PATH, DIST } from '../../../src/local/paths';
import { sampleWorkbook } from '../../../sample/workbook';
import { run, sheetValues } from '../../support/bundle';
import { runKlaster } from '../../support/cli';

const FIX = join(__dirname, '..', '..', 'fixtures', 'word');
const dir = mkdtempSync(join(tmpdir(), 'klaster-ics-'));
const sample = join(dir, 'пример.xlsx');
const seedBook = join(dir, 'seed-001.xlsx');

beforeAll(async () => {
  await writeXlsx(workbookFromSpec(sampleWorkbook()), sample);
  const imported = await runKlaster('import', join(FIX, 'seed-001.docx'), '-o', seedBook);
  expect(imported.code).toBe(0);
}, 120_000);

interface Event {
  uid: string;
  /** The sheet row (1-based) the UID names. */
  row: number;
  first: string;
  /** The last day: DTEND − 1 day, or the RRULE's UNTIL for a recurring activity. */
  last: string;
  rrule?: string;
}

function parse(text: string): Event[] {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const rrule = v.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const end = e.endDate.clone();
    end.adjust(-1, 0, 0, 0);
    return {
      uid: e.uid,
      row: Number(/-r(\d+)(?:-\d+)?@/.exec(e.uid)![1]),
      first: e.startDate.toString(),
      last: rrule?.until ? rrule.until.toString() : end.toString(),
      ...(rrule ? { rrule: rrule.toString() } : {}),
    };
  });
}

/**
 * «Начало» and «Окончание» per sheet row (1-based), as planAddDateColumns writes them into a copy of the book in
 * the emulator. «По отдельному графику» is left out: the check gives it the plan's period, the export no event
 * (its dates are in another schedule; the CLI counts it as «без даты»).
 */
async function planDates(book: string, sheet: string): Promise<Map<number, [string, string]>> {
  const session = await createSession({ codeFile: CODE_PATH, workbook: book, htmlDir: DIST, locale: 'ru' });
  const added = run(session, 'planAddDateColumns', { sheet });
  if (!added.ok) throw new Error(added.error);
  const values = sheetValues(session, sheet);
  const [first] = added.data.columns.split(':');
  const col = first!.charCodeAt(0) - 65;
  const iso = (v: unknown) => (v instanceof Date ? new Date(v.getTime() + 3 * 3600_000).toISOString().slice(0, 10) : '');
  const out = new Map<number, [string, string]>();
  values.forEach((row, i) => {
    const [start, end] = [iso(row[col]), iso(row[col + 1])];
    if (end && !/по отдельному графику/i.test(String(row[col - 1]))) out.set(i + 1, [start, end]);
  });
  return out;
}

async function exportIcs(book: string, name: string, ...flags: string[]): Promise<{ text: string; out: string }> {
  const target = join(dir, name);
  const r = await runKlaster('ics', book, '-o', target, ...flags);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return { text: readFileSync(target, 'utf8'), out: r.out };
}

function expectRfcForm(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
}

/** Every event on the plan's dates; every row with dates has its event. Returns [events, dated rows]. */
function expectPlanDates(events: Event[], dates: Map<number, [string, string]>): [number, number] {
  const rows = new Map<number, Event[]>();
  for (const e of events) rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
  expect([...rows.keys()].sort((a, b) => a - b)).toEqual([...dates.keys()].sort((a, b) => a - b));
  for (const [row, [start, end]] of dates) {
    const parts = rows.get(row)!;
    const first = parts.map((p) => p.first).sort()[0];
    const last = parts
      .map((p) => p.last)
      .sort()
      .at(-1);
    // a deadline («До 26.09.2022») has no «Начало»: its event is its one day
    expect({ row, first, last }).toEqual({ row, first: start || end, last: end });
  }
  return [events.length, dates.size];
}

describe('klaster ics', () => {
  it('the sample workbook: one event per dated activity on the plan’s dates, RFC 5545 form, the same UIDs again', async () => {
    const { text, out } = await exportIcs(sample, 'пример.ics');
    expectRfcForm(text);
    const events = parse(text);
    const [count, dated] = expectPlanDates(events, await planDates(sample, 'План 2022-2023'));
    console.log(`sample «План 2022-2023»: ${count} events, ${dated} dated rows\n${out}`);
    expect(count).toBe(dated);
    expect(out).toMatch(new RegExp(`событий ${count}`));
    expect(text).toContain('X-WR-TIMEZONE:Europe/Moscow\r\n');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const again = parse((await exportIcs(sample, 'снова.ics')).text);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    // the revision is the export's minute (since 2020): a later export updates the events it exported before
    const minute = Math.floor((Date.now() - Date.UTC(2020, 0, 1)) / 60_000);
    expect(Number(/^SEQUENCE:(\d+)\r$/m.exec(text)![1])).toBeGreaterThanOrEqual(minute - 1);
  }, 120_000);

  it('the plan imported from seed-001.docx: the same, by --sheet, in the time zone given', async () => {
    const sheet = 'План работы по… 2023';
    const { text } = await exportIcs(seedBook, 'seed.ics', '--sheet', sheet, '--tz', 'Asia/Vladivostok');
    expectRfcForm(text);
    expect(text).toContain('X-WR-TIMEZONE:Asia/Vladivostok\r\n');
    const events = parse(text);
    const [count, dated] = expectPlanDates(events, await planDates(seedBook, sheet));
    console.log(`seed-001.docx → «${sheet}»: ${count} events, ${dated} dated rows`);
    expect(count).toBeGreaterThan(25);
    expect(parse((await exportIcs(seedBook, 'seed-2.ics', '--sheet', sheet)).text).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  }, 120_000);

  it.each([
    ['no -o', [], /Укажите, куда сохранить календарь: -o план\.ics/],
    ['-o not .ics', ['-o', join(dir, 'план.xlsx')], /Календарь сохраняется в файл \.ics/],
    ['-o in a missing folder', ['-o', join(dir, 'нет', 'план.ics')], /Папка для результата не найдена/],
    ['a sheet that is not there', ['-o', join(dir, 'x.ics'), '--sheet', 'Нет такого'], /Нет такого/],
  ])(
    '%s: one Russian line, exit 2, nothing written',
    async (_name, flags, message) => {
      const r = await runKlaster('ics', sample, ...flags);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(existsSync(join(dir, 'x.ics'))).toBe(false);
    },
    120_000,
  );

  it('an output that is the input, however spelled, is refused before anything is read', async () => {
    const input = join(dir, 'книга.ics');
    copyFileSync(sample, input);
    const before = readFileSync(input);
    for (const spelled of [`./${relative(process.cwd(), input)}`, join(dir, '.', '..', basename(dir), 'книга.ics')]) {
      const r = await runKlaster('ics', input, '-o', spelled);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^Результат нельзя записать поверх исходной книги/);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
