/** On request only: «Начало» and «Окончание» columns beside «Сроки», as ISO strings the server turns into dates. */
import type { Lang } from '../i18n/lang';
import { messages } from './messages';
import type { Plan } from './types';

export interface NormalizedColumns {
  /** 0-based column where the two new columns go: right after «Сроки». */
  column: number;
  /** 0-based sheet row of the first value (the header row, or 0 when there is none). */
  startRow: number;
  /**
   * One row per sheet row from `startRow` to the last plan row: [Начало, Окончание] as 'yyyy-mm-dd',
   * '' where there is nothing (stage rows, blank rows, unknown terms). A deadline has no «Начало».
   */
  values: [string, string][];
}

export function normalizedTermColumns(plan: Plan, lang: Lang = 'ru'): NormalizedColumns {
  const m = messages(lang).normalized;
  const startRow = Math.max(plan.headerRow, 0);
  const lastRow = plan.rows.reduce((mx, r) => Math.max(mx, r.row), startRow);
  const values: [string, string][] = Array.from({ length: lastRow - startRow + 1 }, () => ['', ''] as [string, string]);
  if (plan.headerRow >= 0) values[0] = [m.start, m.end];
  for (const r of plan.rows) {
    const t = r.term;
    if (t.kind === 'unknown' || !t.end) continue;
    values[r.row - startRow] = [t.kind === 'deadline' ? '' : (t.start ?? ''), t.end];
  }
  // a plan without a term column gets the two columns after its activities
  return { column: (plan.columns.term ?? plan.columns.activity ?? 0) + 1, startRow, values };
}
