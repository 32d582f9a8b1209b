/**
 * The corpus of real public documents (../shared/corpus): one .tsv per document in plans/, people/,
 * budgets/, checklists/, each copied verbatim from a public page. Lines starting with «# » are the
 * corpus keepers' notes (line 1 the source address, line 2 what was cut); a line break inside a cell is
 * written as the two characters «\n».
 *
 * The texts stay where they are (the repo holds only what we expect of them); tests and the bench read
 * them from here and skip when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetter } from '../../core/table/a1';
import { parseTypedInput } from '../emulator/typed-input';
import type { CellSpec, WorkbookSpec } from '../xlsx/from-spec';
import { ROOT } from '../paths';

export type CorpusJob = 'plans' | 'people' | 'budgets' | 'checklists';

export const CORPUS_JOBS: readonly CorpusJob[] = ['plans', 'people', 'budgets', 'checklists'];

export interface CorpusDoc {
  job: CorpusJob;
  /** The file name without «.tsv». */
  name: string;
  path: string;
  /** Line 1: the page it was copied from. */
  source: string;
  /** The other «# » lines: what was cut or rebuilt. */
  notes: string[];
  /** The cells as written, one array per line (line breaks inside a cell restored). */
  rows: string[][];
}

/** Where the corpus is: $KLASTER_CORPUS, or ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return process.env.KLASTER_CORPUS || join(ROOT, '..', 'shared', 'corpus');
}

export function corpusPresent(dir = corpusDir()): boolean {
  return existsSync(join(dir, 'README.md'));
}

/** Every document of the corpus, by job then file name; [] when the folder is absent. */
export function readCorpus(dir = corpusDir()): CorpusDoc[] {
  if (!corpusPresent(dir)) return [];
  const docs: CorpusDoc[] = [];
  for (const job of CORPUS_JOBS) {
    const folder = join(dir, job);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.tsv'))
      .sort()) {
      const path = join(folder, file);
      docs.push({ job, name: file.slice(0, -4), path, ...parseCorpusTsv(readFileSync(path, 'utf8')) });
    }
  }
  return docs;
}

/** One corpus file: its notes and its rows of cell texts. */
export function parseCorpusTsv(text: string): Pick<CorpusDoc, 'source' | 'notes' | 'rows'> {
  const notes: string[] = [];
  const rows: string[][] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('# ')) {
      notes.push(line.slice(2));
      continue;
    }
    if (line === '' && rows.length === 0) continue;
    rows.push(line.split('\t').map((cell) => cell.replace(/\\n/g, '\n')));
  }
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  const source = (notes[0] ?? '').replace(/^source:\s*/, '');
  return { source, notes: notes.slice(1), rows };
}

/** The clock a paste reads a date without a year by (its year only matters to «дд.мм» cells). */
export const PASTE_CLOCK = new Date(2026, 0, 15, 12, 0, 0);

/**
 * The cells as a Russian-locale Sheets paste types them, which is what `getValues` then returns:
 * «26.09.2022» → a date, «40,0» → 40, «2019» → 2019, «3%» → 0.03; a cell holding a line break, letters,
 * or digits grouped by spaces («26 640,0», «17.03.2009 08.04.2009») stays text. Title lines above the
 * table keep their text in column A (a merged cell reads as its first cell).
 */
export function pastedValues(rows: readonly (readonly string[])[], now: Date = PASTE_CLOCK): unknown[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((row) => {
    const out: unknown[] = new Array(width).fill('');
    row.forEach((cell, c) => (out[c] = pastedCell(cell, now)));
    return out;
  });
}

/** One cell as a paste types it. */
export function pastedCell(text: string, now: Date = PASTE_CLOCK): unknown {
  const t = text.trim();
  if (t === '' || t.includes('\n') || /\d\s+\d/.test(t)) return text;
  const typed = parseTypedInput(t, { locale: 'ru', now: () => now });
  return typed ? typed.value : text;
}

/**
 * A corpus document as a one-sheet workbook spec, as a user's paste leaves it: the cells typed by a
 * Russian-locale paste, each one-cell line above or below the table merged across the table's width
 * (Word's title paragraphs), the sheet named «Документ» unless a name is given.
 */
export function corpusWorkbookSpec(doc: CorpusDoc, sheet = 'Документ'): WorkbookSpec {
  const rows = pastedValues(doc.rows);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: string[] = [];
  rows.forEach((row, r) => {
    const filled = row.filter((v) => v !== '').length;
    if (width > 1 && filled === 1 && row[0] !== '') merges.push(`A${r + 1}:${columnLetter(width - 1)}${r + 1}`);
  });
  return { name: doc.name, sheets: [{ name: sheet, rows: rows as CellSpec[][], merges }] };
}
