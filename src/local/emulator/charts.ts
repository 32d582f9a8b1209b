/**
 * Embedded charts, as far as the add-on uses them (SHEETS-FACTS §3): a builder with a type, a title, ranges
 * (first column the domain), a position and stacking; insert, list, remove. The model keeps the builder's
 * state; nothing is drawn. Saved to .xlsx in the meta sheet (not as Excel charts).
 */
import { boxToA1 } from './a1';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { newEntryId } from './workbook';

export interface ChartEntry {
  id: number;
  /** BAR, LINE, COLUMN, PIE… as in Charts.ChartType. */
  type: string;
  title: string;
  /** A1 ranges on the chart's sheet. */
  ranges: string[];
  /** 1-based anchor cell. */
  row: number;
  column: number;
  stacked: boolean;
}

export class EmbeddedChartBuilderImpl {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  private readonly state: ChartEntry;

  constructor(
    private readonly sheet: SheetImpl,
    from?: ChartEntry,
  ) {
    this.state = from ? { ...from, ranges: [...from.ranges] } : { id: newEntryId(), type: 'COLUMN', title: '', ranges: [], row: 1, column: 1, stacked: false };
  }

  asBarChart(): this {
    return this.typed('BAR');
  }
  asColumnChart(): this {
    return this.typed('COLUMN');
  }
  asLineChart(): this {
    return this.typed('LINE');
  }
  asPieChart(): this {
    return this.typed('PIE');
  }
  private typed(type: string): this {
    this.state.type = type;
    return this;
  }
  setChartType(type: string): this {
    return this.typed(String(type));
  }
  setTitle(title: string): this {
    this.state.title = String(title);
    return this;
  }
  setOption(option: string, value: unknown): this {
    if (option === 'title') this.state.title = String(value);
    return this;
  }
  setStacked(): this {
    this.state.stacked = true;
    return this;
  }
  addRange(range: RangeImpl): this {
    if (range.sheet.model !== this.sheet.model) throw new Error('The range must be on the chart\'s sheet.');
    this.state.ranges.push(boxToA1(range.box));
    return this;
  }
  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): this {
    this.state.row = anchorRowPos;
    this.state.column = anchorColPos;
    return this;
  }
  build(): EmbeddedChartImpl {
    if (!this.state.ranges.length) throw new Error('A chart needs at least one range.');
    return new EmbeddedChartImpl(this.sheet, { ...this.state, ranges: [...this.state.ranges] });
  }
}

export class EmbeddedChartImpl {
  readonly [SERVICE] = 'EmbeddedChart';

  constructor(
    readonly sheet: SheetImpl,
    readonly entry: ChartEntry,
  ) {}

  getChartId(): number {
    return this.entry.id;
  }
  getRanges(): RangeImpl[] {
    return this.entry.ranges.map((a1) => this.sheet.getRange(a1));
  }
  getOptions(): { get(option: string): unknown } {
    const title = this.entry.title;
    return { get: (option: string) => (option === 'title' ? title : null) };
  }
  modify(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.sheet, this.entry);
  }
}

/** The chart methods of a sheet over its model's list. */
export const sheetCharts = {
  insert(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
    if (sheet.model.charts.some((c) => c.id === chart.entry.id)) throw new Error('The chart is already on the sheet.');
    sheet.model.charts.push({ ...chart.entry, ranges: [...chart.entry.ranges] });
  },
  update(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
    const i = sheet.model.charts.findIndex((c) => c.id === chart.entry.id);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    sheet.model.charts[i] = { ...chart.entry, ranges: [...chart.entry.ranges] };
  },
  remove(sheet: SheetImpl, chart: EmbeddedChartImpl): void {
    sheet.model.charts = sheet.model.charts.filter((c) => c.id !== chart.entry.id);
  },
  list(sheet: SheetImpl): EmbeddedChartImpl[] {
    return sheet.model.charts.map((c) => new EmbeddedChartImpl(sheet, c));
  },
};
