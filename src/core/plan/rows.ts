/** Classifying the rows under a plan's header: items, stages, section headings, notes. */
import { cellText, isFormulaError } from '../table/cell';
import { normalizeHeader } from '../table/headers';
import { isStageTitle } from './stages';
import type { PlanField } from './types';

export type Columns = Partial<Record<PlanField, number>>;

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'skip'; header?: true }
  | { kind: 'stage'; text: string }
  | { kind: 'heading'; text: string }
  /** Text in one cell only: a section heading («Модуль «Ключевые дела»»), or a row cut by a page break going on. */
  | { kind: 'lone'; text: string; field?: PlanField }
  | { kind: 'item'; texts: Partial<Record<PlanField, string>>; errors?: Partial<Record<PlanField, string>> };

interface Filled {
  col: number;
  text: string;
}

function filledCells(row: readonly unknown[]): Filled[] {
  const out: Filled[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === '' || v === null || v === undefined) continue;
    const text = isFormulaError(v) ? String(v).trim() : cellText(v);
    if (text) out.push({ col: c, text });
  }
  return out;
}

/** A note under the table rather than a section: «Примечание: …», «* …», «Итого». */
const NOTE = /^(?:примечани|прим\.|прим:|\*|итого|всего:|пояснени|note\b)/iu;

/** A row of column numbers under the header: «1 | 2 | 3 | 4 | 5». */
function isNumberingRow(filled: Filled[]): boolean {
  if (filled.length < 3) return false;
  return filled.every((f, i) => /^\d{1,2}\.?$/.test(f.text) && Number.parseInt(f.text, 10) === Number.parseInt(filled[0]!.text, 10) + i);
}

/** Builds a classifier for one plan: its columns and, to spot a repeated header, the header texts. */
export function rowClassifier(columns: Columns, titles: Partial<Record<PlanField, string>>) {
  const fieldOfCol = new Map<number, PlanField>();
  for (const [f, c] of Object.entries(columns) as [PlanField, number][]) fieldOfCol.set(c, f);
  const termTitle = titles.term ?? '';
  const termHead = termTitle.slice(0, 3).toLowerCase();
  const headerKey = (['activity', 'term'] as const).map((f) => normalizeHeader(titles[f] ?? '')).join('|');
  // a repeated header: «Сроки» under «Сроки» (cheap length test first; normalising every row is costly)
  const isHeaderAgain = (t: Partial<Record<PlanField, string>>) =>
    !!termTitle &&
    !!t.term &&
    Math.abs(t.term.length - termTitle.length) <= 4 &&
    t.term.slice(0, 3).toLowerCase() === termHead &&
    normalizeHeader(t.activity ?? '') + '|' + normalizeHeader(t.term) === headerKey;

  return function classify(row: readonly unknown[]): RowKind {
    const filled = filledCells(row);
    if (filled.length === 0) return { kind: 'blank' };
    if (isNumberingRow(filled)) return { kind: 'skip' };
    const texts: Partial<Record<PlanField, string>> = {};
    let errors: Partial<Record<PlanField, string>> | undefined;
    for (const f of filled) {
      const field = fieldOfCol.get(f.col);
      if (!field) continue;
      if (isFormulaError(row[f.col])) (errors ??= {})[field] = f.text;
      else texts[field] = f.text;
    }
    if (isHeaderAgain(texts)) return { kind: 'skip', header: true };

    const first = filled[0]!;
    const lone = filled.every((f) => f.text === first.text);
    if (lone) {
      if (isStageTitle(first.text)) return { kind: 'stage', text: first.text };
      if (/:$/.test(first.text)) return { kind: 'skip' };
      if (filled.length > 1) return { kind: 'heading', text: first.text };
      const field = fieldOfCol.get(first.col);
      if (field === 'status' || /^[\dIVXivx]{1,4}[.)]?$/.test(first.text) || NOTE.test(first.text)) return { kind: 'skip' };
      // a lone term or name keeps its old reading: a sub-row of the item above
      if (field !== 'term' && field !== 'responsible' && field !== 'result' && !isFormulaError(row[first.col])) {
        return field ? { kind: 'lone', text: first.text, field } : { kind: 'lone', text: first.text };
      }
    }
    if (Object.keys(texts).length === 0 && !errors) return { kind: 'skip' };
    return errors ? { kind: 'item', texts, errors } : { kind: 'item', texts };
  };
}

/** "1." / "1.1." / " 2 " → "1" / "1.1" / "2": the number without trailing dots, for section nesting. */
export function numberKey(n: string | undefined): string {
  return (n ?? '').trim().replace(/[.\s)]+$/, '');
}
