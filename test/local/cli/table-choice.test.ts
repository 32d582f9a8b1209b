/** The column form's flags in `klaster`: parsed once, taken by the job whose columns they name, refused in Russian otherwise. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_FIELDS, PLAN_SYNONYMS, planMessages } from '../../../src/core/plan';
import { parseArgs } from '../../../src/local/cli/args';
import { jobMapping, parseColumnsFlag } from '../../../src/local/cli/table-choice';
import { workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { runKlaster } from '../../support/cli';

const names = [planMessages('ru').fields, planMessages('en').fields];

describe('the flags', () => {
  it('parse into one choice: the header row as the sheet numbers it, column letters, period, year, unit', () => {
    const a = parseArgs([
      'check',
      'x.xlsx',
      '--header-row',
      '3',
      '--columns',
      'Сроки=C, Ответственные=e,Статус=-',
      '--period',
      '2024/2025 учебный год',
      '--year',
      '2011',
      '--unit',
      'тыс. руб.',
    ]);
    expect(a.choice).toEqual({
      headerRow: 2,
      columns: [
        ['Сроки', 'C'],
        ['Ответственные', 'E'],
        ['Статус', '-'],
      ],
      period: '2024/2025 учебный год',
      year: 2011,
      unit: 'тыс. руб.',
    });
    expect(parseArgs(['check', 'x.xlsx', '--header-row', '0']).choice.headerRow).toBe(-1);
  });

  it.each([
    [['--header-row', 'три'], /--header-row: номер строки/],
    [['--columns', 'Сроки:C'], /--columns: «Сроки:C» — ожидается ИМЯ=БУКВА/],
    [['--columns', ','], /ни одного столбца/],
    [['--year', '20120'], /--year: год от 1990 до 2100/],
  ])('%j is refused in Russian', (flags, message) => {
    expect(() => parseArgs(['check', 'x.xlsx', ...flags])).toThrow(message);
  });

  it('names a plan field by its label in either language or by any header name the plan knows', () => {
    const choice = { columns: parseColumnsFlag('сроки=C,Responsible=E,Дата проведения=D,Место=F') };
    const { mapping, unknown } = jobMapping(choice, PLAN_FIELDS, names, PLAN_SYNONYMS);
    expect(mapping).toEqual({ term: 3, responsible: 4 });
    expect(unknown).toEqual(['Место']);
  });
});

describe('klaster with the column form’s flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-choice-'));
  const noHeader = join(dir, 'без заголовка.xlsx');
  const two = join(dir, 'два листа.xlsx');
  const rows = [
    ['План работы клуба', '', ''],
    ['Концерт к женскому дню', 'март', 'Серебренникова О. П.'],
    ['Вечер поэзии', 'май', 'Петрова А. А.'],
    ['Час музыки', '1 октября', 'Петрова А. А.'],
  ];
  beforeAll(async () => {
    await writeXlsx(workbookFromSpec({ sheets: [{ name: 'Клуб', rows }] }), noHeader);
    await writeXlsx(
      workbookFromSpec({
        sheets: [
          { name: 'Клуб', rows },
          { name: 'Другой', rows: [['x']] },
        ],
      }),
      two,
    );
  });

  it('a plan without a header row is read with the user’s columns, and the period they give', async () => {
    const r = await runKlaster(
      'check',
      noHeader,
      '--header-row',
      '0',
      '--columns',
      'Мероприятие=A,Сроки=B,Ответственные=C',
      '--period',
      '2024 год',
    );
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Клуб: мероприятий 3, замечаний 0$/m);
  });

  it('without the flags the same plan is read by what its cells hold, with one finding naming the choice to check', async () => {
    const r = await runKlaster('check', noHeader);
    expect(r.out).toMatch(/^Клуб: мероприятий 3/m);
    expect(r.out).toMatch(/A\d+ +сведения +Строка заголовков не найдена: столбцы выбраны по содержимому ячеек/);
  });

  it('a name no job knows, or a book of two sheets without --sheet, gets one Russian line and exit 2', async () => {
    const bad = await runKlaster('check', noHeader, '--columns', 'Место=D');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/у этой таблицы нет столбца «Место»/);
    const which = await runKlaster('agenda', two, '--columns', 'Сроки=B');
    expect(which.code).toBe(2);
    expect(which.err).toMatch(/укажите его, --sheet ЛИСТ/);
  });
});
