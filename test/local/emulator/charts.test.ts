/** Embedded charts in the emulator: the builder's state recorded, insert/update/remove, copies, .xlsx round trip. */
import { describe, expect, it } from 'vitest';
import { readXlsx, writeXlsxBuffer } from '../../../src/local/xlsx';
import { sampleEnvironment, sampleWorkbook } from './fixtures';
import { createEnvironment } from '../../../src/local/emulator/services';

function chartOnPlan() {
  const workbook = sampleWorkbook();
  const env = createEnvironment({ workbook });
  const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
  const chart = sheet
    .newChart()
    .asColumnChart()
    .setStacked()
    .addRange(sheet.getRange('B1:C4'))
    .setOption('title', 'Суммы')
    .setPosition(2, 7, 5, 10)
    .build();
  return { workbook, env, sheet, chart };
}

describe('embedded charts', () => {
  it('a built chart is on the sheet only after insertChart, as its builder recorded it', () => {
    const { workbook, sheet, chart } = chartOnPlan();
    expect(sheet.getCharts()).toHaveLength(0);
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [only] = sheet.getCharts();
    expect(only!.getNumHeaders()).toBe(-1);
    expect(only!.getRanges().map((r) => r.getA1Notation())).toEqual(['B1:C4']);
    expect(only!.getOptions().get('title')).toBe('Суммы');
    expect(only!.getOptions().get('isStacked')).toBe(true);
    expect(only!.getContainerInfo().getAnchorColumn()).toBe(7);
    expect(workbook.sheet('План')!.charts[0]).toMatchObject({
      type: 'column',
      ranges: ['B1:C4'],
      position: { row: 2, column: 7, offsetX: 5, offsetY: 10 },
    });
  });

  it('modify → updateChart replaces it under the same id; removeChart takes it off; a chart without data is refused', () => {
    const { sheet, chart } = chartOnPlan();
    sheet.insertChart(chart);
    const [onSheet] = sheet.getCharts();
    sheet.updateChart(onSheet!.modify().setOption('title', 'Новое').build());
    expect(sheet.getCharts().map((c) => [c.getChartId(), c.getOptions().get('title')])).toEqual([[onSheet!.getChartId(), 'Новое']]);
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => sheet.insertChart(sheet.newChart().asColumnChart().build())).toThrow(/no data/);
    expect(() =>
      sheet.newChart().addRange(sampleEnvironment().globals.SpreadsheetApp.getActive().getSheetByName('План')!.getRange('A1')),
    ).toThrow();
  });

  it('the builder calls count as spreadsheet calls; clear() leaves charts; a copied sheet gets its own copy', () => {
    const { env, sheet, chart } = chartOnPlan();
    sheet.insertChart(chart);
    expect(env.calls.get('EmbeddedChartBuilder.setStacked')).toBe(1);
    sheet.clear();
    expect(sheet.getCharts()).toHaveLength(1);
    const copy = sheet.copyTo(env.globals.SpreadsheetApp.getActive());
    expect(copy.getCharts()).toHaveLength(1);
    expect(copy.getCharts()[0]!.getChartId()).not.toBe(sheet.getCharts()[0]!.getChartId());
  });

  it('.xlsx keeps the chart in the hidden meta sheet and gives it back', async () => {
    const { workbook, sheet, chart } = chartOnPlan();
    sheet.insertChart(chart);
    const back = await readXlsx(new Uint8Array(await writeXlsxBuffer(workbook)));
    const { id: _a, ...saved } = workbook.sheet('План')!.charts[0]!;
    const { id: _b, ...read } = back.sheet('План')!.charts[0]!;
    expect(read).toEqual(saved);
    expect(back.sheet('Лист 2')!.charts).toEqual([]);
  });
});
