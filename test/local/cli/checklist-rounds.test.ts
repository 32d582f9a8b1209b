/**
 * Issue 15's «done when» in the CLI: each of the corpus's scored and yes/no checklists, pasted into a book with a
 * roster, becomes the template (`klaster template`), goes out to three schools and through two rounds
 * (`klaster monitoring --round … --note …`); the totals, the cluster's average and the note are checked against the
 * README's arithmetic (test/fixtures/checklist-rounds.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_SHEET } from '../../../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../../src/core/people/roster';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../../src/local/corpus/read-corpus';
import type { CellSpec } from '../../../src/local/xlsx/from-spec';
import { runKlaster as run } from '../../support/cli';
import {
  answered,
  expectedCluster,
  expectedShare,
  ROSTER_ROWS,
  roundAnswers,
  ROUNDS_CASES,
  SCHOOLS,
  TABS,
  type Written,
} from '../../fixtures/checklist-rounds';

const dir = mkdtempSync(join(tmpdir(), 'klaster-rounds-'));
const FIRST = 4;

async function answer(from: string, to: string, answers: (Written[] | null)[]): Promise<void> {
  const wb = await readXlsx(from);
  answers.forEach((list, k) => list?.forEach((a, i) => (wb.sheet(TABS[k]!)!.cellForWrite(FIRST + i, 6).value = a.text)));
  await writeXlsx(wb, to);
}

describe.skipIf(!corpusPresent())('two rounds over the corpus checklists (CLI)', () => {
  it.each(ROUNDS_CASES.map((c) => [c.doc, c]))('%s', async (name, c) => {
    const d = readCorpus().find((x) => x.name === name)!;
    const spec = corpusWorkbookSpec(d, 'Из Word');
    spec.sheets.push({ name: ROSTER_SHEET, rows: ROSTER_ROWS(ROSTER_HEADER) as CellSpec[][] });
    const p = (f: string) => join(dir, `${name}-${f}`);
    await writeXlsx(workbookFromSpec(spec), p('книга.xlsx'));
    expect((await run('template', p('книга.xlsx'), '--sheet', 'Из Word', '-o', p('шаблон.xlsx'))).code).toBe(0);
    const sent = await run('monitoring', p('шаблон.xlsx'), '-o', p('листы.xlsx'));
    expect(sent.out).toContain('Листов школ создано: 3; уже были: 0.');

    const { round1, round2 } = roundAnswers(c);
    await answer(p('листы.xlsx'), p('ответы-1.xlsx'), round1);
    const first = await run('monitoring', p('ответы-1.xlsx'), '--round', 'Осень', '-o', p('срез-1.xlsx'));
    expect(first.out).toContain('Срез «Осень» зафиксирован: 3 школы, заполнили 2.');
    await answer(p('срез-1.xlsx'), p('ответы-2.xlsx'), round2);
    const second = await run('monitoring', p('ответы-2.xlsx'), '--round', 'Весна', '-o', p('срез-2.xlsx'), '--note', p('справка.md'));
    expect(second.code).toBe(0);

    const wb = await readXlsx(p('срез-2.xlsx'));
    const sheet = wb.sheet(SUMMARY_SHEET)!;
    const rows = Array.from({ length: sheet.lastRow() }, (_, r) =>
      Array.from({ length: 11 }, (_, k) => sheet.cell(r + 1, k + 1)?.value ?? ''),
    );
    round2.forEach((answers, k) => {
      const row = rows.find((r) => r[0] === SCHOOLS[k])!;
      if (!answered(answers)) return void expect(row[1]).toBe('');
      const e = expectedShare(answers);
      expect([row[1], row[2], row[3]]).toEqual([expect.closeTo(e.share, 9), e.earned, e.max]);
    });
    expect(rows.find((r) => r[0] === 'Осень')![1]).toBeCloseTo(expectedCluster(round1), 9);
    expect(rows.find((r) => r[0] === 'Весна')![1]).toBeCloseTo(expectedCluster(round2), 9);

    const md = readFileSync(p('справка.md'), 'utf8');
    expect(md.match(/^## .*$/gm)).toEqual([
      '## 1. Общие сведения',
      '## 2. Результаты',
      '## 3. Дефициты',
      '## 4. Динамика',
      '## 5. Рекомендации',
    ]);
    expect(md).toContain(`Не распознано 1 ответ (${SCHOOLS[1]} — 1)`);
    expect(md).toContain(`впервые заполнили ${SCHOOLS[2]}`);
    expect(md).not.toMatch(/[+−]0 п\. п\./);
  });

  it('a template whose scale cannot be read: monitoring says so and sends nothing out (exit 2)', async () => {
    const spec = {
      sheets: [
        {
          name: 'Чек-лист (шаблон)',
          rows: [
            ['Раздел', '№', 'Критерий', 'Вес', 'Шкала', 'Ответ'],
            ['', '1', 'Оснащение мебелью', '', 'хорошо или плохо', ''],
          ],
        },
        { name: ROSTER_SHEET, rows: ROSTER_ROWS(ROSTER_HEADER) as CellSpec[][] },
      ],
    };
    await writeXlsx(workbookFromSpec(spec), join(dir, 'плохая-шкала.xlsx'));
    const r = await run('monitoring', join(dir, 'плохая-шкала.xlsx'), '-o', join(dir, 'плохая-шкала-итог.xlsx'));
    expect([r.code, r.err]).toEqual([
      2,
      expect.stringMatching(/^Листы школ не разосланы: в шаблоне не прочитана шкала \(1\)\. E2: Шкала «хорошо или плохо» не распознана/),
    ]);
  });
});
