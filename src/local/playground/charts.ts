/**
 * The playground draws the charts the emulator recorded, as inline SVG: column charts (stacked or not), bar charts
 * (horizontal, the monitoring summary's schools) and line charts (the summary's rounds); values in cells formatted
 * as percent are labelled as percent.
 * The emulator never evaluates formulas, so the chart's cells are worked out here with the little that
 * generated sheets use: numbers, «=A1+'Лист'!B2*1000+5» and «=SUM(A1:C1)». Anything else counts as 0 and
 * the chart says so.
 */
import { parseA1 } from '../emulator/a1';
import type { ChartModel, SheetModel, Workbook } from '../emulator/workbook';

export interface ChartView {
  title: string;
  /** Self-contained SVG (all text escaped). */
  svg: string;
}

const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A cell's number: its value, or its formula worked out (null when it cannot be). */
export function cellNumber(book: Workbook, sheet: SheetModel, row: number, col: number, depth = 0): number | null {
  const cell = sheet.cell(row, col);
  if (!cell) return 0;
  if (cell.formula === undefined) return typeof cell.value === 'number' ? cell.value : cell.value === '' ? 0 : null;
  if (depth > 50) return null;
  const body = cell.formula.slice(1);
  const sum = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(body);
  if (sum) {
    const box = parseA1(sum[1]!)?.box;
    if (!box) return null;
    let total = 0;
    for (let r = box.row; r < box.row + box.numRows; r++)
      for (let c = box.column; c < box.column + box.numColumns; c++) {
        const v = cellNumber(book, sheet, r, c, depth + 1);
        if (v === null) return null;
        total += v;
      }
    return total;
  }
  let total = 0;
  for (const term of splitPlus(body)) {
    const [ref, factor, extra] = term.split('*');
    if (extra !== undefined) return null;
    const k = factor === undefined ? 1 : Number(factor);
    if (!Number.isFinite(k)) return null;
    let v: number | null;
    if (/^-?\d+(\.\d+)?$/.test(ref!)) v = Number(ref);
    else {
      const a1 = parseA1(ref!);
      if (!a1 || a1.box.numRows !== 1 || a1.box.numColumns !== 1) return null;
      const target = a1.sheetName === undefined ? sheet : book.sheet(a1.sheetName);
      if (!target) return null;
      v = cellNumber(book, target, a1.box.row, a1.box.column, depth + 1);
    }
    if (v === null) return null;
    total += v * k;
  }
  return total;
}

function splitPlus(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "'") quoted = !quoted;
    else if (body[i] === '+' && !quoted) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** The data of a chart's first range: the first column the categories, the first row the series names. */
export function chartData(book: Workbook, sheet: SheetModel, chart: ChartModel) {
  const box = parseA1(chart.ranges[0] ?? '')?.box;
  if (!box) return null;
  const text = (r: number, c: number) => String(sheet.cell(r, c)?.value ?? '');
  const categories: string[] = [];
  const series = Array.from({ length: box.numColumns - 1 }, (_, j) => ({
    name: text(box.row, box.column + 1 + j),
    values: [] as number[],
  }));
  let unknown = 0;
  for (let r = box.row + 1; r < box.row + box.numRows; r++) {
    categories.push(text(r, box.column));
    series.forEach((s, j) => {
      const v = cellNumber(book, sheet, r, box.column + 1 + j);
      if (v === null) unknown++;
      s.values.push(v ?? 0);
    });
  }
  return { categories, series, unknown };
}

/** Whether the chart's values are shares shown as percent (their cells' number format). */
function percentCells(sheet: SheetModel, chart: ChartModel): boolean {
  const box = parseA1(chart.ranges[0] ?? '')?.box;
  if (!box || box.numRows < 2 || box.numColumns < 2) return false;
  return /%/.test(sheet.cell(box.row + 1, box.column + 1)?.numberFormat ?? '');
}

const label = (v: number, percent: boolean) => (percent ? `${Math.round(v * 1000) / 10}%`.replace('.', ',') : v.toLocaleString('ru-RU'));

/** A chart as SVG: columns (stacked when the chart says so), horizontal bars, or a line. */
export function chartView(book: Workbook, sheet: SheetModel, chart: ChartModel): ChartView | null {
  if (chart.type === 'bar') return barView(book, sheet, chart);
  if (chart.type === 'line') return lineView(book, sheet, chart);
  const data = chartData(book, sheet, chart);
  if (!data || !data.categories.length) return null;
  const title = String(chart.options.title ?? '');
  const stacked = chart.options.isStacked === true;
  const W = 560;
  const H = 320;
  const left = 80;
  const top = 36;
  const bottom = 60;
  const plotH = H - top - bottom;
  const plotW = W - left - 20;
  const heights = data.categories.map((_, i) =>
    stacked ? data.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0) : Math.max(0, ...data.series.map((x) => x.values[i] ?? 0)),
  );
  const max = Math.max(1, ...heights);
  const band = plotW / data.categories.length;
  const barW = stacked ? band * 0.6 : (band * 0.8) / Math.max(1, data.series.length);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`);
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="10">${Math.round(v).toLocaleString('ru-RU')}</text>`);
  }
  data.categories.forEach((cat, i) => {
    let base = 0;
    data.series.forEach((s, j) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const x = stacked ? left + band * i + (band - barW) / 2 : left + band * i + band * 0.1 + barW * j;
      const y0 = stacked ? y(base + v) : y(v);
      const h = stacked ? y(base) - y(base + v) : y(0) - y(v);
      parts.push(
        `<rect class="bar" x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${COLORS[j % COLORS.length]}"><title>${esc(`${cat}, ${s.name}: ${v.toLocaleString('ru-RU')}`)}</title></rect>`,
      );
      if (stacked) base += v;
    });
    parts.push(
      `<text x="${(left + band * i + band / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${esc(cat)}</text>`,
    );
  });
  data.series.forEach((s, j) => {
    const x = left + j * 180;
    parts.push(
      `<rect x="${x}" y="${H - 22}" width="10" height="10" fill="${COLORS[j % COLORS.length]}"/><text x="${x + 14}" y="${H - 13}" font-size="11">${esc(s.name.slice(0, 28))}</text>`,
    );
  });
  if (data.unknown)
    parts.push(
      `<text x="${W - 20}" y="${H - 40}" text-anchor="end" font-size="10" fill="#d93025">${data.unknown} яч. не вычислены (0)</text>`,
    );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}" font-family="Arial, sans-serif">${parts.join('')}</svg>`;
  return { title, svg };
}

const svgOf = (W: number, H: number, title: string, parts: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}" font-family="Arial, sans-serif">${parts.join('')}</svg>`;

/** A bar chart as SVG: one horizontal bar per category (and series), the category names on the left. */
function barView(book: Workbook, sheet: SheetModel, chart: ChartModel): ChartView | null {
  const data = chartData(book, sheet, chart);
  if (!data || !data.categories.length) return null;
  const title = String(chart.options.title ?? '');
  const percent = percentCells(sheet, chart);
  const left = 200;
  const top = 36;
  const rowH = 22 * Math.max(1, data.series.length) + 8;
  const W = 560;
  const H = top + rowH * data.categories.length + 40;
  const plotW = W - left - 40;
  const max = Math.max(percent ? 1 : 0, ...data.series.flatMap((x) => x.values.map((v) => Math.max(0, v))), 1e-9);
  const x = (v: number) => left + (Math.max(0, v) / max) * plotW;
  const parts: string[] = [`<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`];
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${top}" y2="${H - 30}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${x(v).toFixed(1)}" y="${H - 16}" text-anchor="middle" font-size="10">${esc(label(v, percent))}</text>`);
  }
  data.categories.forEach((cat, i) => {
    const y0 = top + rowH * i + 4;
    parts.push(`<text x="${left - 6}" y="${y0 + rowH / 2}" text-anchor="end" font-size="11">${esc(cat.slice(0, 32))}</text>`);
    data.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      parts.push(
        `<rect class="bar" x="${left}" y="${(y0 + 22 * j).toFixed(1)}" width="${(x(v) - left).toFixed(1)}" height="18" fill="${COLORS[j % COLORS.length]}"><title>${esc(`${cat}, ${s.name}: ${label(v, percent)}`)}</title></rect>`,
      );
    });
  });
  if (data.unknown)
    parts.push(
      `<text x="${W - 20}" y="${H - 2}" text-anchor="end" font-size="10" fill="#d93025">${data.unknown} яч. не вычислены (0)</text>`,
    );
  return { title, svg: svgOf(W, H, title, parts) };
}

/** A line chart as SVG: one polyline per series over the categories, each point marked and labelled. */
function lineView(book: Workbook, sheet: SheetModel, chart: ChartModel): ChartView | null {
  const data = chartData(book, sheet, chart);
  if (!data || !data.categories.length) return null;
  const title = String(chart.options.title ?? '');
  const percent = percentCells(sheet, chart);
  const W = 560;
  const H = 320;
  const left = 60;
  const top = 36;
  const plotH = H - top - 60;
  const plotW = W - left - 30;
  const max = Math.max(percent ? 1 : 0, ...data.series.flatMap((x) => x.values), 1e-9);
  const step = data.categories.length > 1 ? plotW / (data.categories.length - 1) : 0;
  const px = (i: number) => left + (data.categories.length > 1 ? step * i : plotW / 2);
  const py = (v: number) => top + plotH - (Math.max(0, v) / max) * plotH;
  const parts: string[] = [`<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`];
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line x1="${left}" x2="${W - 30}" y1="${py(v)}" y2="${py(v)}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${left - 6}" y="${py(v) + 4}" text-anchor="end" font-size="10">${esc(label(v, percent))}</text>`);
  }
  data.series.forEach((s, j) => {
    const color = COLORS[j % COLORS.length];
    parts.push(
      `<polyline class="line" fill="none" stroke="${color}" stroke-width="2" points="${s.values.map((v, i) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`).join(' ')}"/>`,
    );
    s.values.forEach((v, i) => {
      parts.push(
        `<circle class="point" cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="4" fill="${color}"><title>${esc(`${data.categories[i]}: ${label(v, percent)}`)}</title></circle>`,
      );
      parts.push(
        `<text x="${px(i).toFixed(1)}" y="${(py(v) - 8).toFixed(1)}" text-anchor="middle" font-size="10">${esc(label(v, percent))}</text>`,
      );
    });
  });
  data.categories.forEach((cat, i) =>
    parts.push(`<text x="${px(i).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${esc(cat.slice(0, 24))}</text>`),
  );
  if (data.unknown)
    parts.push(
      `<text x="${W - 20}" y="${H - 8}" text-anchor="end" font-size="10" fill="#d93025">${data.unknown} яч. не вычислены (0)</text>`,
    );
  return { title, svg: svgOf(W, H, title, parts) };
}

/** Every chart of a sheet that can be drawn: each type the add-on inserts (column, bar, line). */
export function chartViews(book: Workbook, sheet: SheetModel): ChartView[] {
  return sheet.charts.flatMap((c) =>
    ['column', 'bar', 'line'].includes(c.type) ? [chartView(book, sheet, c)].filter((v): v is ChartView => v !== null) : [],
  );
}
