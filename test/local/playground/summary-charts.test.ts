/**
 * The monitoring summary's charts drawn in the playground: every type the job inserts (bar: schools, line: rounds,
 * stacked columns: the scored criteria by share of the maximum), percent cells labelled as percent.
 */
import { describe, expect, it } from 'vitest';
import { chartData, chartViews } from '../../../src/local/playground/charts';
import { readTemplate, SUMMARY_SHEET, templateSheet, TEMPLATE_SHEET } from '../../../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../../src/core/people/roster';
import { ok, sessionOver } from '../../support/bundle';

const TEMPLATE = readTemplate([
  ['Раздел', '№', 'Критерий', 'Вес', 'Шкала'],
  ['Условия', '1', 'Оснащение мебелью и оборудованием', '', '0–10'],
  ['Условия', '2', 'Состояние спортивного зала', '', '0–10'],
  ['Условия', '3', 'ОУ находится в аварийном состоянии', '', ''],
]);

describe('the monitoring summary in the playground', () => {
  it('draws the schools as bars, the rounds as a line and the scored criteria as stacked columns', async () => {
    if (!TEMPLATE.ok) throw new Error(TEMPLATE.error.message);
    const s = await sessionOver({
      sheets: [
        { name: TEMPLATE_SHEET, rows: templateSheet(TEMPLATE.template).values },
        {
          name: ROSTER_SHEET,
          rows: [[...ROSTER_HEADER], ['СОШ № 1', '', 'Школа', '', '', '', ''], ['СОШ № 2', '', 'Школа', '', '', '', '']],
        },
      ],
    });
    ok(s.run('checklistDistribute', {}));
    const fill = (tab: string, answers: string[]) => answers.forEach((a, i) => (s.workbook.sheet(tab)!.cellForWrite(4 + i, 6).value = a));
    fill('СОШ № 1', ['8', '10', 'Нет']); // 8 + 10 + 1 (a negative item: «Нет» is good) = 19 of 21
    fill('СОШ № 2', ['4', '6', 'Да']); // 4 + 6 + 0 = 10 of 21
    ok(s.run('checklistFixRound', { name: 'Осень' }));
    fill('СОШ № 2', ['7', '6', 'Нет']); // 14 of 21
    ok(s.run('checklistBuildSummary', {}));
    const sheet = s.workbook.sheet(SUMMARY_SHEET)!;
    expect(sheet.charts.map((c) => [c.type, c.options.title])).toEqual([
      ['bar', 'Балл по школам'],
      ['line', 'Балл кластера по срезам'],
      ['column', 'Критерии в баллах: школы по долям максимума'],
    ]);
    const [bars, line, columns] = chartViews(s.workbook, sheet);
    expect(bars!.svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(bars!.svg).toContain('СОШ № 1, Балл: 90,5%'); // 19 of 21
    expect(bars!.svg).toContain('СОШ № 2, Балл: 66,7%'); // 14 of 21
    expect(line!.svg.match(/<circle class="point"/g)).toHaveLength(2);
    expect(line!.svg).toContain('Осень: 69%'); // (19/21 + 10/21) / 2
    expect(line!.svg).toContain('Сейчас (не зафиксировано): 78,6%'); // (19/21 + 14/21) / 2
    // criteria 1 and 2 by share of the maximum: 8 and 7 of 10 (one from 80 %, one 50–79 %), 10 and 6 of 10
    expect(chartData(s.workbook, sheet, sheet.charts[2]!)).toEqual({
      categories: ['1', '2'],
      series: [
        { name: 'от 80 %', values: [1, 1] },
        { name: '50–79 %', values: [1, 1] },
        { name: 'ниже 50 %', values: [0, 0] },
      ],
      unknown: 0,
    });
    expect(columns!.svg.match(/<rect class="bar"/g)).toHaveLength(6);
  });
});
