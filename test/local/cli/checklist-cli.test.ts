/** `npx klaster monitoring`: school tabs, a round, the summary and the note (.md and .docx) from the command line. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { HISTORY_SHEET, sampleTemplate, SUMMARY_SHEET, templateSheet, TEMPLATE_SHEET } from '../../../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../../src/core/people/roster';
import { CHECKLIST_EXPECTATIONS } from '../../../src/local/corpus/checklists';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../../src/local/corpus/read-corpus';

const dir = mkdtempSync(join(tmpdir(), 'klaster-monitoring-'));
const book = join(dir, 'мониторинг.xlsx');

const run = runKlaster;

beforeAll(async () => {
  const tab = templateSheet(sampleTemplate());
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        { name: TEMPLATE_SHEET, rows: tab.values },
        {
          name: ROSTER_SHEET,
          rows: [
            [...ROSTER_HEADER],
            ['МАОУ «СОШ № 117»', 'СОШ № 117', 'Школа', '', '', '', ''],
            ['МАОУ «Лицей № 130»', 'Лицей № 130', 'Школа', '', '', '', ''],
          ],
        },
      ],
    }),
    book,
  );
});

describe('klaster monitoring', () => {
  it('an empty round: exit 2, nothing saved', async () => {
    const out = join(dir, 'пусто.xlsx');
    const r = await run('monitoring', book, '-o', out, '--round', 'Входной');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Ни одна школа ещё не заполнила чек-лист — срез пуст и не зафиксирован.');
    expect(existsSync(out)).toBe(false);
  });

  it('a round from filled tabs, the summary, the note as Markdown and as Word', async () => {
    const first = join(dir, 'листы.xlsx');
    expect((await run('monitoring', book, '-o', first)).out).toContain('Листов школ создано: 2; уже были: 0.');
    const wb = await readXlsx(first);
    for (let r = 4; r < 26; r++) wb.sheet('СОШ № 117')!.cellForWrite(r, 6).value = r % 2 ? 'Да' : 'Нет';
    const filled = join(dir, 'ответы.xlsx');
    await writeXlsx(wb, filled);
    const result = join(dir, 'итог.xlsx');
    const md = join(dir, 'справка.md');
    const r = await run('monitoring', filled, '-o', result, '--round', 'Входной, октябрь 2022', '--note', md);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Срез «Входной, октябрь 2022» зафиксирован: 2 школы, заполнили 1.');
    const saved = await readXlsx(result);
    expect(saved.sheet(HISTORY_SHEET)!.lastRow()).toBe(1 + 2 * 22);
    expect(saved.sheet(SUMMARY_SHEET)).toBeDefined();
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/^# Аналитическая справка по результатам мониторинга «Входной, октябрь 2022»/);
    expect(text).toContain('Не приступили к заполнению: МАОУ «Лицей № 130».');

    const docx = join(dir, 'справка.docx');
    expect((await run('monitoring', result, '--round', 'Входной, октябрь 2022', '--note', docx)).code).toBe(2); // the round is taken
    expect((await run('monitoring', result, '--note', docx)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Аналитическая справка по результатам мониторинга');
    expect(xml).toContain('<w:tbl>');
  });

  it('refuses a note file that is neither .md nor .docx', async () => {
    const r = await run('monitoring', book, '--note', join(dir, 'справка.pdf'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/в \.md или \.docx/);
  });
});

/** The corpus's documents as a user pastes them, one workbook each (sheet «Документ»). */
describe.skipIf(!corpusPresent())('klaster template and check on the corpus checklists', () => {
  const docs = readCorpus().filter((d) => d.job === 'checklists');
  const path = (name: string) => join(dir, `${name}.xlsx`);
  beforeAll(async () => {
    for (const d of docs) await writeXlsx(workbookFromSpec(corpusWorkbookSpec(d)), path(d.name));
  });
  const checklists = Object.entries(CHECKLIST_EXPECTATIONS)
    .filter(([, e]) => e.kind === 'checklist')
    .map(([name, e]) => [name, e.kind === 'checklist' ? e.criteria : 0] as const);
  const indicators = Object.entries(CHECKLIST_EXPECTATIONS)
    .filter(([, e]) => e.kind === 'indicators')
    .map(([name]) => name);

  it.each(checklists)('template %s: the template with its criteria, the questions printed', async (name, criteria) => {
    const out = join(dir, `шаблон-${name}.xlsx`);
    const r = await run('template', path(name), '-o', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(`«Документ»: критериев ${criteria}`);
    expect(r.out).toMatch(/Создан лист «Чек-лист \(шаблон\)»/);
    const saved = await readXlsx(out);
    expect(saved.sheet(TEMPLATE_SHEET)!.lastRow()).toBeGreaterThanOrEqual(2 + criteria);
    // the template made is the checklist of the book now: check reads it, with no error of its own
    const checked = await run('check', out);
    expect(checked.out).toMatch(/^Чек-лист \(шаблон\): ответов \d+, замечаний \d+/m);
    expect(checked.out).not.toMatch(/ошибка/);
  });

  it.each(indicators)('template %s: an indicator table is refused with the way forward (exit 2, nothing saved)', async (name) => {
    const out = join(dir, `шаблон-${name}.xlsx`);
    const r = await run('template', path(name), '-o', out);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/похож на таблицу показателей.*«Показатели»/)]);
    expect(existsSync(out)).toBe(false);
  });

  it.each(docs.map((d) => d.name))('check %s: the checklist part reports the table and what it questions', async (name) => {
    const r = await run('check', path(name));
    expect(r.code).toBeLessThan(2);
    const e = CHECKLIST_EXPECTATIONS[name]!;
    expect(r.out).toMatch(e.kind === 'indicators' ? /^Документ: показателей \d+/m : /^Документ: критериев чек-листа для импорта \d+/m);
    for (const s of e.said) expect(r.out).toMatch(new RegExp(`^  ${s.cell}\\s`, 'm'));
  });

  it('the column flags go to the checklist: a name it does not know is an error naming it (exit 2)', async () => {
    const name = 'vzaimoposeshchenie-urokov-0-2';
    const r = await run('template', path(name), '--columns', 'Критерий=A,Ответ=B', '--header-row', '1');
    expect(r.code).toBe(0);
    const bad = await run('template', path(name), '--columns', 'Сроки=C');
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('«Сроки»')]);
    // check takes the checklist's names (no other job knows «Критерий»)
    expect((await run('check', path(name), '--columns', 'Критерий=A')).code).toBeLessThan(2);
  });

  it('an existing template is replaced only with --replace', async () => {
    const name = 'prokhladny-smotr-gotovnosti-dou-2018-max10';
    const first = join(dir, 'шаблон-1.xlsx');
    expect((await run('template', path(name), '-o', first)).code).toBe(0);
    const again = await run('template', first, '--sheet', 'Документ', '-o', join(dir, 'шаблон-2.xlsx'));
    expect([again.code, again.err]).toEqual([2, expect.stringMatching(/уже есть.*Добавьте --replace\.$/)]);
    const replaced = await run('template', first, '--sheet', 'Документ', '--replace', '-o', join(dir, 'шаблон-3.xlsx'));
    expect(replaced.out).toContain('Прежний шаблон — на листе «Чек-лист (шаблон) — прежний».');
  });
});

describe('klaster monitoring with school names .xlsx cannot hold (issue 14, item 3)', () => {
  const SCHOOLS: [string, string][] = [
    ['Муниципальное бюджетное общеобразовательное учреждение № 117', ''], // 60 characters, no short name
    ['МБОУ «Средняя школа № 1/2»', 'СОШ 1/2'],
    ['МБОУ «Школа № 5»', 'Школа № 5?'],
    ['МАОУ «Лицей»', 'ОУ: лицей'],
    ['Гимназия имени А. С. Пушкина №12', ''], // 32 characters
    ['Муниципальное общеобразовательное учреждение Лицей имени А. С. Пушкина', ''],
    ['Муниципальное общеобразовательное учреждение Лицей имени М. Ю. Лермонтова', ''], // differs after character 31
  ];
  const TABS = [
    'Муниципальное бюджетное… № 117',
    'СОШ 1-2',
    'Школа № 5',
    'ОУ лицей',
    'Гимназия имени А. С… № 12',
    'Муниципальное общеобразователь…',
    'Муниципальное… (2)',
  ];

  it('makes a tab per school with a name that fits, the full name in its first row; saves; a re-run finds every tab', async () => {
    const tab = templateSheet(sampleTemplate());
    const source = join(dir, 'имена.xlsx');
    await writeXlsx(
      workbookFromSpec({
        sheets: [
          { name: TEMPLATE_SHEET, rows: tab.values },
          { name: ROSTER_SHEET, rows: [[...ROSTER_HEADER], ...SCHOOLS.map(([name, short]) => [name, short, 'Школа', '', '', '', ''])] },
        ],
      }),
      source,
    );
    const out = join(dir, 'имена-итог.xlsx');
    const r = await run('monitoring', source, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Листов школ создано: 7; уже были: 0.');
    const saved = await readXlsx(out);
    const names = saved.sheets.map((s) => s.name);
    for (const t of TABS) expect(names).toContain(t);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    SCHOOLS.forEach(([full], i) => expect(saved.sheet(TABS[i]!)!.cell(1, 1)?.value).toBe(`Чек-лист: ${full}`));

    const again = await run('monitoring', out, '-o', join(dir, 'имена-снова.xlsx'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('Листов школ создано: 0; уже были: 7.');
    const check = await run('check', out);
    expect(check.out).not.toMatch(/переименован/);
  });
});
