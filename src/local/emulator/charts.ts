/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → build() → Sheet.insertChart; getCharts,
 * updateChart (after chart.modify()…build()), removeChart [SH][ECB]. The builder's state is recorded as it
 * is given (type, ranges, position, options); nothing is drawn here (the playground draws column charts).
 * A multi-column range reads as: first column the domain, the other columns series (SHEETS-FACTS §3).
 * Unverified: how Sheets numbers chart ids (here: a process-unique integer, kept by updateChart).
 */
import { boxToA1 } from './a1';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { newEntryId, type ChartModel, type ChartType } from './workbook';

const CHART_TYPES: Record<string, ChartType> = {
  asColumnChart: 'column',
  asBarChart: 'bar',
  asLineChart: 'line',
  asPieChart: 'pie',
  asAreaChart: 'area',
};

/** A chart as getCharts returns it, or as build() makes it (not on the sheet until insertChart). */
export class EmbeddedChartImpl {
  readonly [SERVICE] = 'EmbeddedChart';

  constructor(
    readonly sheet: SheetImpl,
    readonly model: ChartModel,
  ) {}

  getChartId(): number | null {
    return this.sheet.model.charts.some((c) => c.id === this.model.id) ? this.model.id : null;
  }
  getId(): string {
    return `u${this.model.id}`;
  }
  /** -1 until setNumHeaders (Sheets guesses the headers then; unverified). */
  getNumHeaders(): number {
    const n = this.model.options.numHeaders;
    return typeof n === 'number' ? n : -1;
  }
  getRanges(): RangeImpl[] {
    return this.model.ranges.map((a1) => this.sheet.getRange(a1));
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const p = this.model.position;
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  /** Options as given to setOption (and `title`, `isStacked` from setTitle/setStacked). */
  getOptions(): { get(option: string): unknown } {
    const options = { ...this.model.options };
    return { get: (option: string) => options[option] ?? null };
  }
  modify(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.sheet, structuredClone(this.model));
  }
}

export class EmbeddedChartBuilderImpl {
  readonly [SERVICE] = 'EmbeddedChartBuilder';

  private typed = false;

  constructor(
    private readonly sheet: SheetImpl,
    private readonly model: ChartModel = {
      id: newEntryId(),
      type: 'column',
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    },
  ) {}

  asColumnChart(): this {
    return this.as('asColumnChart');
  }
  asBarChart(): this {
    return this.as('asBarChart');
  }
  asLineChart(): this {
    return this.as('asLineChart');
  }
  asPieChart(): this {
    return this.as('asPieChart');
  }
  asAreaChart(): this {
    return this.as('asAreaChart');
  }
  setChartType(type: string): this {
    this.model.type = (String(type).toLowerCase() as ChartType) || 'column';
    return this;
  }
  setStacked(): this {
    this.typedOnly('setStacked');
    this.model.options.isStacked = true;
    return this;
  }
  setTitle(title: string): this {
    this.typedOnly('setTitle');
    this.model.options.title = String(title);
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.model.options[String(option)] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.model.options.numHeaders = Number(headers);
    return this;
  }
  addRange(range: RangeImpl): this {
    if (!range || typeof range !== 'object' || !('box' in range))
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    if (range.sheet.model !== this.sheet.model) throw new Error('The range must be on the sheet of the chart.');
    this.model.ranges.push(boxToA1(range.box));
    return this;
  }
  clearRanges(): this {
    this.model.ranges = [];
    return this;
  }
  getRanges(): RangeImpl[] {
    return this.model.ranges.map((a1) => this.sheet.getRange(a1));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    for (const n of [anchorRowPos, anchorColPos])
      if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid anchor position ${String(n)}.`);
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX: Number(offsetX) || 0, offsetY: Number(offsetY) || 0 };
    return this;
  }
  build(): EmbeddedChartImpl {
    return new EmbeddedChartImpl(this.sheet, structuredClone(this.model));
  }

  private as(method: string): this {
    this.model.type = CHART_TYPES[method]!;
    this.typed = true;
    return this;
  }

  /**
   * setTitle and setStacked belong to the typed builders (EmbeddedColumnChartBuilder…) that as…Chart() returns, not
   * to EmbeddedChartBuilder itself (newChart(), modify()) — gas-fakes notes/oddities.md; in Apps Script the call
   * fails as a missing method does.
   */
  private readonly typedOnly = (method: string): void => {
    if (!this.typed)
      throw new TypeError(`${method} is not a function (EmbeddedChartBuilder: call asColumnChart() or another as…Chart() first)`);
  };
}

/** Sheet.insertChart: adds the built chart to the sheet (a chart with no range is refused, as Sheets does; unverified wording). */
export function insertChart(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
  if (!(chart instanceof EmbeddedChartImpl))
    throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
  if (!chart.model.ranges.length) throw new Error('The chart has no data. Add a range with addRange before inserting it.');
  if (sheet.model.charts.some((c) => c.id === chart.model.id)) throw new Error('The chart is already on the sheet.');
  sheet.model.charts.push(structuredClone(chart.model));
}

/** Sheet.updateChart: replaces the chart with the same id. */
export function updateChart(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
  const i = sheet.model.charts.findIndex((c) => c.id === chart.model.id);
  if (i < 0) throw new Error('The chart is not on this sheet.');
  sheet.model.charts[i] = structuredClone(chart.model);
}

/** Sheet.removeChart. */
export function removeChart(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
  const i = sheet.model.charts.findIndex((c) => c.id === chart.model.id);
  if (i >= 0) sheet.model.charts.splice(i, 1);
}
