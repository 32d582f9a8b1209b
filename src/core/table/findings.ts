/**
 * What every job reports: findings with their cell, a severity and a message in the user's language.
 * Plans, responsibility columns, budgets and checklists all use these shapes, so the sidebars, the CLI
 * and the custom functions show them one way.
 */
import type { A1 } from './a1';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A one-click correction: the cell's whole new text. `safe` fixes are applied by «Исправить все надёжные». */
export interface CellFix {
  value: string;
  safe: boolean;
}

export interface Finding<C extends string = string> {
  /** The cell in A1 notation on its sheet (or within the range given to a custom function). */
  cell: A1;
  /** 0-based sheet row. */
  row: number;
  /** 0-based sheet column, when the finding is about one cell. */
  col?: number;
  severity: Severity;
  code: C;
  message: string;
  suggestion?: string;
  fix?: CellFix;
}

/** A job's answer: its data, or an error the user can act on (never an exception). */
export interface JobError<C extends string = string> {
  code: C;
  message: string;
}

export type Result<T, C extends string = string> = ({ ok: true } & T) | { ok: false; error: JobError<C> };

/** Errors first, then warnings, then info; within a severity in sheet order. */
export function sortFindings<F extends Finding>(findings: readonly F[]): F[] {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return [...findings].sort((a, b) => rank(a.severity) - rank(b.severity) || a.row - b.row || (a.col ?? 0) - (b.col ?? 0));
}

/** How many findings of each severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
