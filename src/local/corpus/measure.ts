/**
 * Every job over the corpus of real documents: what each recognises without help, with one choice in the
 * column form, or not at all; how many term cells are dated; which facts of the corpus README it reproduces;
 * what it reports on cells the README calls clean. `npm run bench` prints the figures and the corpus tests
 * hold them.
 *
 * Each job keeps its expectations (per document: the columns a person reads, the facts, the errors at their
 * cells) beside its measurer in this folder; the texts themselves stay in ../shared/corpus.
 */
import type { CorpusDoc, CorpusJob } from './read-corpus';

/** How a job got a document's table: by itself, after one choice in the column form, or not. */
export type Recognition = 'alone' | 'one-choice' | 'no';

export interface FactCheck {
  /** The fact as the README states it, shortened: «period 2012-2013 from the title». */
  fact: string;
  ok: boolean;
  /** What the job gave instead, when it is not the fact. */
  got?: string;
}

export interface DocMeasure {
  job: CorpusJob;
  doc: string;
  recognition: Recognition;
  /** The choice that was needed (as the CLI writes it: `--columns "Сроки=C"`), when one was. */
  choice?: string;
  facts: FactCheck[];
  /** Term cells read as dates, out of the term cells a person reads as dates. */
  terms?: { dated: number; total: number };
  /** Findings on cells the README calls clean (each «A1: message»): every one is a false alarm. */
  falseFindings: string[];
  /** Errors the README states (arithmetic, typos) found at their cell, out of those stated. */
  errors?: { found: number; stated: number };
}

/** A job's measurer: it knows its expectations and runs the job's own code on one document. */
export interface JobCorpus {
  /** The job being measured, as the table names it. */
  name: string;
  /** The corpus folders it is measured on (the people job also reads the plans' responsible columns). */
  folders: readonly CorpusJob[];
  /** The documents it has expectations for; a document it has none for is not measured (and a test says so). */
  expects(doc: CorpusDoc): boolean;
  measure(doc: CorpusDoc): DocMeasure;
}

export interface JobFigures {
  name: string;
  documents: number;
  alone: number;
  oneChoice: number;
  no: number;
  facts: { ok: number; total: number };
  terms: { dated: number; total: number };
  falseFindings: number;
  errors: { found: number; stated: number };
  measures: DocMeasure[];
}

/** Runs one job's measurer over the corpus documents of its folders. */
export function measureJob(job: JobCorpus, docs: readonly CorpusDoc[]): JobFigures {
  const measures = docs.filter((d) => job.folders.includes(d.job) && job.expects(d)).map((d) => job.measure(d));
  const sum = (f: (m: DocMeasure) => number) => measures.reduce((s, m) => s + f(m), 0);
  return {
    name: job.name,
    documents: measures.length,
    alone: measures.filter((m) => m.recognition === 'alone').length,
    oneChoice: measures.filter((m) => m.recognition === 'one-choice').length,
    no: measures.filter((m) => m.recognition === 'no').length,
    facts: { ok: sum((m) => m.facts.filter((f) => f.ok).length), total: sum((m) => m.facts.length) },
    terms: { dated: sum((m) => m.terms?.dated ?? 0), total: sum((m) => m.terms?.total ?? 0) },
    falseFindings: sum((m) => m.falseFindings.length),
    errors: { found: sum((m) => m.errors?.found ?? 0), stated: sum((m) => m.errors?.stated ?? 0) },
    measures,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${a} из ${b} (${((100 * a) / b).toFixed(0)} %)`);

/** The figures as the bench prints them: one line per job and measure. */
export function figureLines(f: JobFigures): { name: string; value: string; goal: string; ok?: boolean }[] {
  const lines: { name: string; value: string; goal: string; ok?: boolean }[] = [
    { name: `${f.name}: документов`, value: String(f.documents), goal: '—' },
    {
      name: `${f.name}: узнано без помощи`,
      value: pct(f.alone, f.documents),
      goal: '≥ 90 %',
      ok: f.documents === 0 || f.alone / f.documents >= 0.9,
    },
    { name: `${f.name}: после одного выбора в форме`, value: String(f.oneChoice), goal: '—' },
    { name: `${f.name}: не узнано`, value: String(f.no), goal: '0', ok: f.no === 0 },
    { name: `${f.name}: факты README`, value: pct(f.facts.ok, f.facts.total), goal: 'все', ok: f.facts.ok === f.facts.total },
  ];
  if (f.terms.total)
    lines.push({
      name: `${f.name}: сроки прочитаны`,
      value: pct(f.terms.dated, f.terms.total),
      goal: '≥ 95 %',
      ok: f.terms.dated / f.terms.total >= 0.95,
    });
  if (f.errors.stated)
    lines.push({
      name: `${f.name}: ошибки документов найдены`,
      value: pct(f.errors.found, f.errors.stated),
      goal: 'все',
      ok: f.errors.found === f.errors.stated,
    });
  lines.push({ name: `${f.name}: замечания на чистых ячейках`, value: String(f.falseFindings), goal: '0', ok: f.falseFindings === 0 });
  return lines;
}
