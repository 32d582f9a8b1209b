/**
 * The corpus of real public documents in `npm run bench`: every job over ../shared/corpus (skipped, with a
 * line saying so, where the folder is absent). What each job recognises alone, after one choice, or not at
 * all; terms dated; the README's facts; findings on clean cells.
 */
import { CORPUS_MEASURES } from '../src/local/corpus/jobs';
import { figureLines, measureJob } from '../src/local/corpus/measure';
import { corpusDir, readCorpus } from '../src/local/corpus/read-corpus';
import type { BenchRow, BenchSection, BenchPart } from './table';

export const corpusBench: BenchSection = async () => {
  const docs = readCorpus();
  if (!docs.length) return [{ name: `Корпус не найден (${corpusDir()})`, ours: '—', peer: '—', goal: '—' }];
  const rows: BenchRow[] = [];
  for (const job of CORPUS_MEASURES) {
    for (const line of figureLines(measureJob(job, docs))) {
      const row: BenchRow = { name: line.name, ours: line.value, peer: '—', goal: line.goal };
      if (line.ok !== undefined) row.ok = line.ok;
      rows.push(row);
    }
  }
  return rows;
};

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 0, title: 'Настоящие документы (../shared/corpus)', run: corpusBench }];
