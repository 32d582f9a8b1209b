/**
 * The corpus plans end to end: each document as a one-sheet workbook (cells typed as a Russian-locale paste types
 * them, title lines merged), through `klaster check` and `klaster calendar` — the bundle that goes to Google.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { PLAN_EXPECTATIONS } from '../../../src/local/corpus/plans';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../../src/local/corpus/read-corpus';

/** The plan job's block of `check`: its line «Документ: мероприятий N, замечаний K» and the findings under it. */
function planBlock(out: string): { line: string; cells: string[] } {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => /^Документ: мероприятий \d+/.test(l));
  const cells: string[] = [];
  for (let i = at + 1; i < lines.length && /^ {2}\S/.test(lines[i]!); i++) cells.push(lines[i]!.trim().split(/\s+/)[0]!);
  return { line: lines[at] ?? '', cells };
}

describe.skipIf(!corpusPresent())('klaster on the corpus plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-corpus-plans-'));
  const docs = readCorpus().filter((d) => d.job === 'plans');
  const file = (name: string) => join(dir, `${name}.xlsx`);
  beforeAll(async () => {
    for (const d of docs) await writeXlsx(workbookFromSpec(corpusWorkbookSpec(d)), file(d.name));
  });

  it.each(docs.map((d) => [d.name] as const))(
    '%s: check finds the plan, its activities and only the findings a careful reader makes',
    async (name) => {
      const e = PLAN_EXPECTATIONS[name]!;
      const r = await runKlaster('check', file(name));
      expect(r.err).toBe('');
      const block = planBlock(r.out);
      // a finding on a cell cut when the corpus was made (Самара's empty «Отв-ный») is neither right nor wrong
      const cut = block.cells.filter((c) => e.cut?.includes(c));
      expect(block.line).toBe(`Документ: мероприятий ${e.rows}, замечаний ${e.findings.length + cut.length}`);
      expect(block.cells.filter((c) => !cut.includes(c))).toEqual(e.findings.map((f) => f.cell));
    },
  );

  it('calendar: a plan with its year builds «Календарь»; one without gets the period asked for, and builds with --period', async () => {
    const out = join(dir, 'календарь.xlsx');
    const ok = await runKlaster('calendar', file('birsk-ds15-pdd-2012-2013'), '-o', out);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Календарь построен по листу «Документ»: 6\sмероприятий, 9\sмесяцев/);
    expect(existsSync(out)).toBe(true);
    const noYear = await runKlaster('calendar', file('belgorod-ryabinushka-pdd-no-year'), '-o', join(dir, 'нет года.xlsx'));
    expect(noYear.code).toBe(2);
    expect(noYear.err).toMatch(/Укажите «Период плана»/);
    const withYear = await runKlaster(
      'calendar',
      file('belgorod-ryabinushka-pdd-no-year'),
      '-o',
      join(dir, 'с годом.xlsx'),
      '--period',
      '2023/2024 учебный год',
    );
    expect(withYear.code).toBe(0);
    expect(withYear.out).toMatch(/Календарь построен по листу «Документ»: 4\sмероприятия, 9\sмесяцев/);
  });

  it('the federal plan that is not a table: found, read and built; the same read when the user names one column for both', async () => {
    const name = 'federalnyi-kalendarnyi-plan-vospitaniya-2023-2024-not-a-table';
    const built = await runKlaster('calendar', file(name), '-o', join(dir, 'федеральный.xlsx'));
    expect(built.code).toBe(0);
    expect(built.out).toMatch(/Календарь построен по листу «Документ»: 6\sмероприятий, 9\sмесяцев/); // the school year of its title
    const chosen = await runKlaster('check', file(name), '--columns', 'Мероприятие=A,Сроки=A');
    expect(planBlock(chosen.out).line).toBe('Документ: мероприятий 6, замечаний 0');
  });

  it('the column form’s flags on a corpus plan: --period dates a plan with no year, --header-row and --columns repeat what it read', async () => {
    const samara = file('samara-den-znanii-no-year');
    const dated = await runKlaster('check', samara, '--period', '2010 год');
    expect(planBlock(dated.out)).toEqual({ line: 'Документ: мероприятий 5, замечаний 1', cells: ['E6'] }); // only the cut cell
    const agenda = await runKlaster('agenda', samara, '-o', join(dir, 'сентябрь.xlsx'), '--period', '2010 год', '--month', '2010-09');
    expect(agenda.out).toMatch(/План на сентябрь 2010 г\. \(лист «Документ»\): 3\sмероприятия/);
    const same = await runKlaster(
      'check',
      file('birsk-ds15-pdd-2012-2013'),
      '--header-row',
      '5',
      '--columns',
      'Мероприятия=B,Сроки=C,Ответственные=D',
    );
    expect(planBlock(same.out).line).toBe('Документ: мероприятий 6, замечаний 0');
    const wrong = await runKlaster('check', file('birsk-ds15-pdd-2012-2013'), '--columns', 'Сроки=D');
    expect(planBlock(wrong.out).cells.length).toBeGreaterThan(0); // the user's column wins, and its cells are no terms
  });
});
