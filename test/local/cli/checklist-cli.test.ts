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

const dir = mkdtempSync(join(tmpdir(), 'klaster-monitoring-'));
const book = join(dir, 'мониторинг.xlsx');

const run = runKlaster;

beforeAll(async () => {
  const tab = templateSheet(sampleTemplate());
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        { name: TEMPLATE_SHEET, rows: tab.values },
        { name: ROSTER_SHEET, rows: [[...ROSTER_HEADER], ['МАОУ «СОШ № 117»', 'СОШ № 117', 'Школа', '', '', '', ''], ['МАОУ «Лицей № 130»', 'Лицей № 130', 'Школа', '', '', '', '']] },
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
