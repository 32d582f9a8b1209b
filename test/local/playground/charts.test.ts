/** The playground draws the summary's recorded chart: formulas worked out, stacked columns as SVG. */
import { describe, expect, it } from 'vitest';
import { cellNumber, chartData, chartViews } from '../../../src/local/playground/charts';
import { workbookFromSpec } from '../../../src/local/xlsx';
import { sampleWorkbook } from '../../../sample/workbook';
import { sessionOver } from '../../support/bundle';

describe('playground charts', () => {
  it('works out «+» formulas across sheets, unit factors and SUM; anything else is unknown', () => {
    const book = workbookFromSpec({
      sheets: [
        { name: 'Школа № 1', rows: [[10, 20, 'текст']] },
        {
          name: 'С',
          rows: [
            [
              { formula: "='Школа № 1'!A1*1000+B1+5" },
              2,
              { formula: '=SUM(A1:B1)' },
              { formula: '=AVERAGE(A1:B1)' },
              { formula: "='Школа № 1'!C1" },
            ],
          ],
        },
      ],
    });
    const s = book.sheet('С')!;
    s.cellForWrite(1, 2).value = 2;
    expect(cellNumber(book, s, 1, 1)).toBe(10007);
    expect(cellNumber(book, s, 1, 3)).toBe(10009);
    expect(cellNumber(book, s, 1, 4)).toBeNull();
    expect(cellNumber(book, s, 1, 5)).toBeNull();
  });

  it("the sample's «Бюджет — свод»: years × sources from the subtotals, drawn as stacked columns", async () => {
    const session = await sessionOver(sampleWorkbook());
    session.run('budgetConsolidate', {});
    const sheet = session.workbook.sheet('Бюджет — свод')!;
    const data = chartData(session.workbook, sheet, sheet.charts[0]!)!;
    expect(data).toEqual({
      categories: ['2023', '2024', '2025'],
      series: [
        { name: 'Внебюджетные средства ОО', values: [320000, 420000, 410000] },
        { name: 'Бюджетные средства ОО', values: [70000, 77000, 82000] },
      ],
      unknown: 0,
    });
    const [view] = chartViews(session.workbook, sheet);
    expect(view!.title).toBe('Бюджет по годам и источникам, руб.');
    expect(view!.svg.match(/<rect class="bar"/g)).toHaveLength(6);
    expect(view!.svg).toContain('2024, Внебюджетные средства ОО: 420');
  });
});
