/**
 * The column form's choices as CLI flags, shared by every job: `--header-row N`, `--columns "Сроки=C,
 * Ответственные=E"`, `--period` (a job adds its own fields: the budget's `--year`, `--unit`). A job takes the columns it knows by their names (its
 * field labels in Russian or English, or any header name it recognises) and leaves the others to other jobs;
 * a name no job knows is an error naming it.
 */
import { columnIndex } from '../../core/table/a1';
import { normalizeHeader, type Synonyms } from '../../core/table/headers';
import type { ColumnMapping } from '../../core/table/read-table';
import type { Session } from '../emulator';
import { CliError, quoteArg } from './cli-error';

/** What the flags say, before a job reads it. */
export interface CliChoice {
  /** 0-based (the flag is 1-based, as the sheet shows rows); -1 for `--header-row 0`: no header row. */
  headerRow?: number;
  /** `--columns`: [name as written, column letter or «-» for none]. */
  columns?: [string, string][];
  period?: string;
}

export function hasChoice(choice: CliChoice | undefined): choice is CliChoice {
  return !!choice && (choice.headerRow !== undefined || !!choice.columns?.length || !!choice.period);
}

/** «Сроки=C, Ответственные=E, Статус=-» → pairs; a malformed pair is an error naming it. */
export function parseColumnsFlag(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split(/[,;]/)) {
    if (!part.trim()) continue;
    const m = /^\s*(.+?)\s*=\s*([A-Za-z]{1,3}|-|нет|none)\s*$/u.exec(part);
    if (!m)
      throw new CliError(
        `--columns: «${quoteArg(part.trim())}» — ожидается ИМЯ=БУКВА, например «Сроки=C» (или «Статус=-», если такого столбца нет)`,
      );
    pairs.push([m[1]!, m[2]!.toUpperCase()]);
  }
  if (!pairs.length) throw new CliError('--columns: ни одного столбца, например --columns "Сроки=C,Ответственные=E"');
  return pairs;
}

/** `--header-row`: 1-based as the sheet shows it; 0 means "no header row". */
export function parseHeaderRowFlag(text: string): number {
  if (!/^\d{1,6}$/.test(text))
    throw new CliError(`--header-row: номер строки, например 3 (0 — строки заголовков нет), а не «${quoteArg(text)}»`);
  const n = Number(text);
  return n === 0 ? -1 : n - 1;
}

/**
 * The columns of `choice` that name this job's fields, as a mapping; `names` are every way the job names a field
 * (its labels in both languages). Pairs naming no field of the job are returned for the next job to try.
 */
export function jobMapping<F extends string>(
  choice: CliChoice,
  fields: readonly F[],
  names: readonly Record<F, string>[],
  synonyms: Synonyms<F>,
): { mapping: ColumnMapping<F>; unknown: string[] } {
  const mapping: ColumnMapping<F> = {};
  const unknown: string[] = [];
  for (const [name, letter] of choice.columns ?? []) {
    const field = fieldNamed(name, fields, names, synonyms);
    if (!field) {
      unknown.push(name);
      continue;
    }
    mapping[field] = letter === '-' || letter === 'НЕТ' || letter === 'NONE' ? null : columnIndex(letter);
  }
  return { mapping, unknown };
}

function fieldNamed<F extends string>(
  name: string,
  fields: readonly F[],
  names: readonly Record<F, string>[],
  synonyms: Synonyms<F>,
): F | undefined {
  const key = normalizeHeader(name);
  for (const f of fields) {
    if (key === normalizeHeader(f)) return f;
    if (names.some((n) => normalizeHeader(n[f]) === key)) return f;
  }
  for (const f of fields) if (synonyms[f].some((s) => normalizeHeader(s) === key)) return f;
  return undefined;
}

/**
 * The sheet the column form's flags are for: `--sheet`, or the workbook's only visible sheet. A choice of
 * columns is about one table, so a workbook of several sheets needs `--sheet`.
 */
export function choiceSheet(session: Session, sheet: string | undefined): string {
  if (sheet) return sheet;
  const visible = session.workbook.sheets.filter((s) => !s.hidden);
  if (visible.length === 1) return visible[0]!.name;
  throw new CliError(
    'Выбор столбцов (--header-row, --columns, --period, --year, --unit) относится к одному листу: укажите его, --sheet ЛИСТ',
  );
}

/** The message for `--columns` names no job took. */
export function unknownColumns(names: readonly string[], locale: 'ru' | 'en'): string {
  const list = names.map((n) => `«${quoteArg(n)}»`).join(', ');
  return locale === 'en'
    ? `--columns: no column of this table is called ${list}; use the names the sidebar's «Columns» form shows (e.g. «Сроки», «Ответственные»)`
    : `--columns: у этой таблицы нет столбца ${list}; пишите названия, как в форме «Столбцы» боковой панели (например, «Сроки», «Ответственные»)`;
}
