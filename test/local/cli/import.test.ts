/**
 * `klaster import` on the Word fixtures (test/fixtures/word, made from ../shared/seeds by make.ts): the workbook
 * it writes is what `klaster check` recognises without help; the file checks refuse bad files and write nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { readXlsx, writeXlsx } from '../../../src/local/emulator';

const FIX = join(__dirname, '..', '..', 'fixtures', 'word');
const dir = mkdtempSync(join(tmpdir(), 'klaster-import-'));

async function importAndCheck(name: string): Promise<{ imported: string; checked: string; ms: number }> {
  const out = join(dir, `${name}.xlsx`);
  const t0 = performance.now();
  const run = await runKlaster('import', join(FIX, `${name}.docx`), '-o', out, '--roster');
  const ms = performance.now() - t0;
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  const check = await runKlaster('check', out);
  console.log(
    `${name}: import ${Math.round(ms)} ms\n${run.out}\n${check.out
      .split('\n')
      .filter((l) => !l.startsWith('  '))
      .join('\n')}`,
  );
  return { imported: run.out, checked: check.out, ms };
}

describe('klaster import', () => {
  it('seed 001: the plan (33 activities) and its responsible column are recognised by check', async () => {
    const { checked } = await importAndCheck('seed-001');
    expect(checked).toMatch(/План работы по… 2023: мероприятий 33/);
    expect(checked).toMatch(/ответственные \(столбец E\)/);
  }, 120_000);

  it('seed 002: the three stage plans, each with its year from its heading', async () => {
    const { checked } = await importAndCheck('seed-002');
    expect(checked).toMatch(/Календарный план… 2014: мероприятий 5/);
    expect(checked).toMatch(/Календарный план… 2015: мероприятий 6/);
    expect(checked).toMatch(/Календарный план… 2016: мероприятий 3/);
  }, 120_000);

  it('seed 004: the programme plan, the budget (2.13), the indicators (2.10) and the participants', async () => {
    const { imported, checked } = await importAndCheck('seed-004');
    expect(checked).toMatch(/Программно-календарный план…: мероприятий 33/);
    expect(checked).toMatch(/Бюджет: Финансовое обеспечение…!A\d+:E\d+: статей 4/);
    // the passport's budget is a table inside its «Финансовое обеспечение» cell, not the passport's columns; the
    // budget's totals per source (amounts as text) are read and add up: no error anywhere in the book
    expect(imported).toMatch(/^ПАСПОРТ ЗАЯВКИ ОБРАЗОВАТЕЛЬНОЙ…: другое/m);
    expect(checked).toMatch(/Бюджет: Финансовое обеспечение…!A5:E11: статей 4, замечаний 1/);
    expect(checked).not.toMatch(/ошибка/);
    // the passport restates 2.13's budget word for word: one sheet, so that the rollup counts it once
    expect(imported).toMatch(/^«Финансовое обеспечение реализации проекта»: повторяет таблицу листа «Финансовое обеспечение…»/m);
    const rolled = join(dir, 'seed-004-budget.xlsx');
    const budget = await runKlaster('budget', join(dir, 'seed-004.xlsx'), '-o', rolled);
    expect(budget.out).toMatch(/1 таблица с 1 листа/);
    const sheet = (await readXlsx(rolled)).sheet('Бюджет — свод')!;
    const all = Array.from({ length: sheet.lastRow() }, (_, r) => r + 1).find(
      (r) => sheet.cell(r, 1)?.value === 'Всего по всем источникам',
    )!;
    expect([3, 4, 5, 6].map((c) => Number(sheet.cell(all, c)?.value))).toEqual([250000, 290000, 295000, 835000]);
    expect(checked).toMatch(/Средства контроля и…: показателей 7/);
    expect(imported).toMatch(/Кадровое обеспечение…: участники, участников 5/);
    expect(imported).toMatch(/В «Участники» добавлено \d+ строк/);
  }, 120_000);

  it('a table split across two pages comes back as one table', async () => {
    const { imported, checked } = await importAndCheck('split-table');
    expect(imported.split('\n').filter((l) => /: план,/.test(l))).toEqual(['Календарный план: план, мероприятий 5, замечаний 0']);
    expect(checked).toMatch(/Календарный план: мероприятий 5/);
  }, 120_000);

  it('a plan in a layout frame with a table nested in a cell', async () => {
    const { checked } = await importAndCheck('nested-table');
    expect(checked).toMatch(/Мероприятия: мероприятий 2/);
  }, 120_000);

  it('--into adds sheets to a copy of a workbook; a second import of the same document keeps one set of sheets', async () => {
    const first = join(dir, 'first.xlsx');
    await runKlaster('import', join(FIX, 'split-table.docx'), '-o', first);
    const before = readFileSync(first);
    const second = join(dir, 'second.xlsx');
    const run = await runKlaster('import', join(FIX, 'split-table.docx'), '--into', first, '-o', second);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Календарный план: план/m); // the same sheet, updated, not «Календарный план (2)»
    expect(readFileSync(first).equals(before)).toBe(true);
    const into = await runKlaster('import', join(FIX, 'split-table.docx'), '--into', first, '-o', first);
    expect(into.code).toBe(2);
  }, 120_000);

  it('--into a book with this document’s sheets: what changes in each is printed before the import', async () => {
    const first = join(dir, 'preview-first.xlsx');
    expect((await runKlaster('import', join(FIX, 'seed-001.docx'), '-o', first)).code).toBe(0);
    const same = await runKlaster('import', join(FIX, 'seed-001.docx'), '--into', first, '-o', join(dir, 'preview-same.xlsx'));
    expect(same.code).toBe(0);
    const lines = same.out.split('\n');
    expect(lines[0]).toBe('В книге «preview-first.xlsx» уже есть листы этого документа; что изменится:');
    expect(lines).toContain('  План работы по… 2023: без изменений');
    // the user edits two cells of the imported plan; the next import says so, and puts the document's text back
    const book = await readXlsx(first);
    const plan = book.sheet('План работы по… 2023')!;
    plan.cellForWrite(6, 2).value = 'Правка';
    plan.cellForWrite(7, 2).value = 'Ещё правка';
    const edited = join(dir, 'preview-edited.xlsx');
    await writeXlsx(book, edited);
    const changed = await runKlaster('import', join(FIX, 'seed-001.docx'), '--into', edited, '-o', join(dir, 'preview-after.xlsx'));
    expect(changed.code).toBe(0);
    expect(changed.out.split('\n')).toContain('  План работы по… 2023: обновление: изменится строк 2, добавится 0, удалится 0');
    expect(changed.out.indexOf('что изменится')).toBeLessThan(changed.out.indexOf('План работы по… 2023: план'));
    const json = await runKlaster('import', join(FIX, 'seed-001.docx'), '--into', edited, '-o', join(dir, 'preview-json.xlsx'), '--json');
    expect((JSON.parse(json.out) as { preview: { action: string }[] }).preview.map((p) => p.action)).toContain('update');
  }, 120_000);

  it.each([
    ['damaged.docx', /повреждён/],
    ['encrypted.docx', /защищён паролем/],
    ['old.doc', /старого формата Word \(\.doc\)/],
  ])(
    '%s: a clear message, nothing written',
    async (file, message) => {
      const out = join(dir, `${file}.xlsx`);
      const run = await runKlaster('import', join(FIX, file), '-o', out);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toMatch(/Ничего не импортировано/);
      expect(existsSync(out)).toBe(false);
    },
    120_000,
  );

  it('a file over the 10 MB limit: the limit stated, nothing written', async () => {
    const huge = join(dir, 'huge.docx');
    const bytes = Buffer.alloc(10 * 1024 * 1024 + 1);
    bytes.write('PK\u0003\u0004', 0, 'latin1');
    writeFileSync(huge, bytes);
    const out = join(dir, 'huge.xlsx');
    const run = await runKlaster('import', huge, '-o', out);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/больше 10 МБ/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
