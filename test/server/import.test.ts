/**
 * importApply is all or nothing: a Google service error at any write of an import of seed-001.docx (the emulator's
 * fault injection, one run per write) leaves the workbook as it was — the sheets the call created deleted, the
 * ones it updated put back (sheets-io's journal, as every action) — or, when undoing fails too, the reply names
 * exactly the sheets left changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepWriteFaults, type FaultSweep, type Session } from '../../src/local/emulator';
import { messages } from '../../src/core/i18n';
import { judge } from './atomic-sweep';
import { run, sessionOver } from '../support/bundle';

const FIX = join(__dirname, '..', 'fixtures', 'word');
const payload = { fileName: 'seed-001.docx', data: readFileSync(join(FIX, 'seed-001.docx')).toString('base64') };
const PLAN_SHEET = 'План работы по… 2023';
const INTERNAL = messages('ru').errors.internal;

const book = () =>
  sessionOver({
    sheets: [
      {
        name: 'Мой лист',
        rows: [
          ['Своё', 'не трогать'],
          ['2024', '=1+1'],
        ],
      },
    ],
  });

type Reply = ReturnType<typeof run<'importApply'>>;

/**
 * Every failed run replies (no throw), not ok; it leaves the workbook as it was with the usual «Данные не
 * изменены», or its message names every sheet that stays changed (the judge of the other all-or-nothing tests).
 */
function expectAllOrNothing(sweep: FaultSweep<Reply>): { unchanged: number; named: number } {
  expect(sweep.clean.result?.ok).toBe(true);
  expect(sweep.runs).toHaveLength(sweep.writes.length);
  let unchanged = 0;
  let named = 0;
  for (const r of sweep.runs) {
    expect(r.thrown, `write ${r.at} (${r.call})`).toBeUndefined();
    expect(r.result?.ok, `write ${r.at} (${r.call})`).toBe(false);
    const v = judge(r);
    expect(v.problem, `write ${r.at} (${r.call})`).toBe('');
    if (v.unchanged) {
      unchanged++;
      expect(v.message).toBe(INTERNAL);
    } else {
      named++;
      expect(v.message, `write ${r.at} (${r.call})`).toMatch(/Не всё удалось вернуть как было: .*«/);
    }
  }
  return { unchanged, named };
}

describe('importApply: all or nothing', () => {
  it('a new import: a failure at any write leaves the workbook as it was', async () => {
    const sweep = await sweepWriteFaults<Session, Reply>(book, (s) => run(s, 'importApply', payload));
    const clean = sweep.clean.after.sheets.map((s) => s.name);
    expect(clean).toContain(PLAN_SHEET);
    const { unchanged, named } = expectAllOrNothing(sweep);
    console.log(
      `import of seed-001.docx: ${sweep.writes.length} writes, ${clean.length - 1} sheets; unchanged after ${unchanged} failures, named ${named}`,
    );
    expect(unchanged).toBe(sweep.writes.length);
  }, 600_000);

  it('a re-import over the user’s edit of an imported sheet: a failure puts the edit back', async () => {
    // the first import and the user's edit are made once; each run opens a copy of that workbook (sheet ids and
    // the import's markers kept, as Workbook.copy keeps them)
    const once = await book();
    const first = run(once, 'importApply', payload);
    if (!first.ok) throw new Error(first.error);
    once.workbook.sheet(PLAN_SHEET)!.cellForWrite(6, 2).value = 'Правка пользователя';
    const edited = () => sessionOver(once.workbook.copy(once.workbook.name));
    const sweep = await sweepWriteFaults<Session, Reply>(edited, (s) => run(s, 'importApply', payload), { maxRuns: 1000 });
    const { unchanged, named } = expectAllOrNothing(sweep);
    console.log(`re-import of seed-001.docx: ${sweep.writes.length} writes; unchanged after ${unchanged} failures, named ${named}`);
    expect(unchanged).toBe(sweep.writes.length);
  }, 600_000);

  it('a failing write that lands before it throws (a time-out after the write): still as before', async () => {
    const sweep = await sweepWriteFaults<Session, Reply>(book, (s) => run(s, 'importApply', payload), { applied: true });
    const { unchanged } = expectAllOrNothing(sweep);
    expect(unchanged).toBe(sweep.writes.length);
  }, 600_000);

  it('the service stays down (every write from the n-th fails): the reply names exactly the sheets left behind', async () => {
    const sweep = await sweepWriteFaults<Session, Reply>(book, (s) => run(s, 'importApply', payload), { persist: true });
    const { named } = expectAllOrNothing(sweep);
    expect(named).toBeGreaterThan(0);
  }, 600_000);
});

describe('importApply: a second import of a changed document', () => {
  /** A one-table plan document built in memory with the docx library, under a heading of the caller's choice. */
  async function planDoc(heading: string): Promise<{ fileName: string; data: string }> {
    const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, text: 'План работы кластера на 2024-2025 учебный год' }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: heading }),
            new Table({
              rows: [
                row(['№', 'Мероприятие', 'Сроки', 'Ответственный']),
                row(['1.', 'Совещание рабочей группы', 'Сентябрь 2024', 'Иванова А.А.']),
                row(['2.', 'Итоговая конференция', '20.05.2025', 'Петров Б.Б.']),
              ],
            }),
          ],
        },
      ],
    });
    return { fileName: 'план.docx', data: (await Packer.toBuffer(doc)).toString('base64') };
  }

  it('a table whose heading changed gets a sheet of its own; the one the first import made keeps its name and cells', async () => {
    const s = await book();
    const first = run(s, 'importApply', await planDoc('Календарный план'));
    expect(first.ok && first.data.sheets.map((x) => x.name)).toEqual(['Календарный план']);
    s.workbook.sheet('Календарный план')!.cellForWrite(6, 2).value = 'Правка пользователя';
    // the same title, the heading now numbered: another table key, the same sheet name from its text
    const second = run(s, 'importApply', await planDoc('1. Календарный план'));
    expect(second.ok ? second.data.sheets.map((x) => x.name) : second.error).toEqual(['Календарный план (2)']);
    expect(s.workbook.sheet('Календарный план')!.cell(6, 2)?.value).toBe('Правка пользователя');
  });
});
