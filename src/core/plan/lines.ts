/**
 * A plan that is not a table — the federal calendar plan, a school's «декада» pasted as text: title lines, month
 * heading lines («Сентябрь», «Январь:»), and lines that start with their term: «1 сентября: День знаний;»,
 * «ДО 14 АПРЕЛЯ Формирование списка…», «2. 25 -26 ноября. Конкурс чтецов». Each such line is one activity whose
 * term is the words it starts with; the lines above the first of them are the title (and give the period).
 */
import { leadingTerm, parseTerm } from '../dates/index';
import { cellText } from '../table/cell';

export interface PlanLine {
  /** 0-based sheet row. */
  row: number;
  number?: string;
  termText: string;
  activity: string;
  /** The month heading (or other heading line) above it. */
  group?: string;
}

export interface LinesPlan {
  /** The column the lines are in (0-based). */
  col: number;
  /** The first row of the plan proper (a heading or a dated line); the title is above it. */
  start: number;
  lines: PlanLine[];
}

/** Fewest dated lines that make a sheet of lines a plan (when the user has not said it is one). */
const MIN_LINES = 3;
/** At most this share of the filled rows may hold more than one cell: more, and the sheet is a table. */
const MAX_TABLE_SHARE = 0.2;

/** «Сентябрь», «ИЮНЬ», «Январь:», «АПРЕЛЬ – НОЯБРЬ 2023 ГОДА»: a line that names months and nothing else. */
export function isMonthHeading(text: string): boolean {
  const t = text.replace(/[:.]\s*$/, '').trim();
  if (!t || t.length > 60) return false;
  const term = parseTerm(t, { range: { start: '2000-01-01', end: '2000-12-31' } });
  return (term.kind === 'period' || term.kind === 'several') && term.precision === 'month' && !term.note;
}

/** A heading line: it ends with a colon, or is written in capitals. */
function isHeading(text: string): boolean {
  return /:\s*$/.test(text) || (/\p{Lu}{3}/u.test(text) && text === text.toUpperCase());
}

/**
 * Reads a sheet of lines as a plan, or returns null when it is not one. With `col` (the user said the activity and
 * the term share that column) the lines are read from that column and one dated line is enough.
 */
export function readLinesPlan(rows: readonly (readonly unknown[])[], col?: number): LinesPlan | null {
  const texts: { row: number; col: number; text: string }[] = [];
  let filledRows = 0;
  let tableRows = 0;
  rows.forEach((row, r) => {
    const filled: number[] = [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== '') filled.push(c);
    if (!filled.length) return;
    filledRows++;
    if (col !== undefined) {
      const text = cellText(row[col]);
      if (text) texts.push({ row: r, col, text });
      return;
    }
    if (filled.length > 1) tableRows++;
    else texts.push({ row: r, col: filled[0]!, text: cellText(row[filled[0]!]) });
  });
  if (col === undefined && tableRows > filledRows * MAX_TABLE_SHARE) return null;

  const lines: PlanLine[] = [];
  let start = -1;
  let group: string | undefined;
  let at = col;
  /** The line above belongs to the last dated line (it is that line, or goes on from it). */
  let inLine = false;
  for (const t of texts) {
    const lead = leadingTerm(t.text);
    if (lead && (at === undefined || t.col === at)) {
      at = t.col;
      if (start < 0) start = t.row;
      const line: PlanLine = { row: t.row, termText: lead.term, activity: lead.rest.replace(/\s*;\s*$/, '') };
      if (lead.number) line.number = lead.number;
      if (group) line.group = group;
      lines.push(line);
      inLine = true;
      continue;
    }
    if (isMonthHeading(t.text)) {
      if (start < 0) start = t.row;
      group = t.text.replace(/[:.]\s*$/, '').trim();
      inLine = false;
      continue;
    }
    if (start < 0) continue; // the title
    // the dated line above going on («освобождения Ленинграда от», «Презентация «Прекрасней всех богинь»» — a
    // second item of the same day), or a heading line («Модуль «Ключевые дела»:», «МЕРОПРИЯТИЯ»)
    const last = lines[lines.length - 1];
    if (last && inLine && !isHeading(t.text)) last.activity = `${last.activity}\n${t.text}`.replace(/\s*;\s*$/, '');
    else {
      group = t.text.replace(/:\s*$/, '').trim();
      inLine = false;
    }
  }
  if (at === undefined || lines.length < (col === undefined ? MIN_LINES : 1)) return null;
  if (col === undefined && lines.length * 2 < texts.filter((t) => t.row >= start).length) return null;
  return { col: at, start, lines };
}
