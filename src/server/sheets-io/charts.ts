/**
 * Charts: the one chart API of the add-on. A generated sheet's charts are all ours and are replaced as a whole —
 * the budget summary's stacked column chart and the checklist summary's bar, line and stacked column charts alike.
 */
import { recordUncovered } from './journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** An embedded chart over ranges of the sheet it is on. */
export interface ChartPlacement {
  type: 'column' | 'line' | 'bar';
  title: string;
  /** A1 ranges on the sheet; the first column is the domain. */
  ranges: string[];
  /** 0-based anchor cell. */
  row: number;
  col: number;
  /** Stacked series (column and bar charts; a line chart ignores it). */
  stacked?: boolean;
  /** Header rows of the ranges (the series names), when given. */
  headers?: number;
}

/**
 * Replaces a generated sheet's charts with these (Sheet.clear is taken to leave charts in place — unverified, so
 * the old ones are removed explicitly), in the order given. Cost: getCharts, one removeChart per old chart, and
 * per new chart the builder's calls (newChart, as…Chart, setTitle, setStacked, addRange per range, setNumHeaders,
 * setPosition, build) and insertChart.
 */
export function replaceCharts(sheet: Sheet, charts: readonly ChartPlacement[]): void {
  recordUncovered(sheet);
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const c of charts) {
    const builder = sheet.newChart();
    const typed = c.type === 'bar' ? builder.asBarChart() : c.type === 'line' ? builder.asLineChart() : builder.asColumnChart();
    typed.setTitle(c.title);
    if (c.stacked && c.type !== 'line') (typed as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder).setStacked();
    for (const a1 of c.ranges) typed.addRange(sheet.getRange(a1));
    if (c.headers !== undefined) typed.setNumHeaders(c.headers);
    typed.setPosition(c.row + 1, c.col + 1, 0, 0);
    sheet.insertChart(typed.build());
  }
}
