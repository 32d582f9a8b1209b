/**
 * The Word import over the corpus of real public documents (../shared/corpus; skipped when it is absent): each
 * document becomes a .docx at run time (src/local/corpus/to-docx.ts, into a temp folder: the texts never enter
 * the repository), goes through what `klaster import` does (the importApply endpoint in a session over
 * dist/Code.js, the result saved to .xlsx), and the saved book through what `klaster check` prints (the check
 * command over a session on that file). In-process, one session each, without the CLI's per-run bundle freshness
 * check, so 49 documents stay within seconds.
 *
 * Per job: the documents, those whose table the import placed as the job's kind, and those `check` then
 * recognises without help. The floors are what was measured: they can only go up.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/local/cli/args';
import { call } from '../../../src/local/cli/command';
import { COMMANDS } from '../../../src/local/cli/commands';
import { corpusPresent, readCorpus, type CorpusDoc, type CorpusJob } from '../../../src/local/corpus/read-corpus';
import { corpusDocx } from '../../../src/local/corpus/to-docx';
import { createSession } from '../../../src/local/emulator';
import { ensureFreshDist } from '../../../src/local/fresh-dist';
import { CODE_PATH, DIST } from '../../../src/local/paths';
import type { ImportKind } from '../../../src/core/import/place';

/** The kinds the import may rightly give a job's table: the people corpus is plans read for their responsible columns. */
const RIGHT_KIND: Record<CorpusJob, readonly ImportKind[]> = {
  plans: ['plan'],
  people: ['plan', 'people'],
  budgets: ['budget'],
  checklists: ['checklist', 'indicators'],
};

/** The `check` line that says the job recognised a sheet by itself («title: summary, замечаний N»). */
const RECOGNISED: Record<CorpusJob, RegExp> = {
  plans: /: мероприятий [1-9]\d*, замечаний \d+$/,
  people: /: ответственные \(столбец [A-Z]+\): [1-9]\d* мероприят/,
  budgets: /^Бюджет: .*: статей [1-9]\d*, замечаний \d+$/,
  checklists: /: (?:критериев чек-листа для импорта|показателей) [1-9]\d*, замечаний \d+$/,
};

/**
 * What was measured (2026-12-02): documents, placed as the job's kind, recognised by check (floors), and claimed by
 * another job's check too (a ceiling).
 */
const FLOOR: Record<CorpusJob, { docs: number; placed: number; recognised: number; alsoClaimed: number }> = {
  plans: { docs: 13, placed: 12, recognised: 12, alsoClaimed: 0 },
  people: { docs: 6, placed: 6, recognised: 6, alsoClaimed: 0 },
  budgets: { docs: 10, placed: 9, recognised: 9, alsoClaimed: 1 },
  checklists: { docs: 11, placed: 10, recognised: 11, alsoClaimed: 0 },
};

interface DocResult {
  doc: CorpusDoc;
  /** The import's sheets («name: kind, summary»), or its message when it refused. */
  imported: string[];
  kinds: ImportKind[];
  error?: string;
  /** The check's summary lines for the book. */
  checked: string[];
  placed: boolean;
  recognised: boolean;
  /** The jobs whose check also claims the book (the people job reads every plan's responsible column: not counted). */
  alsoClaimed: CorpusJob[];
}

const present = corpusPresent();
const dir = mkdtempSync(join(tmpdir(), 'klaster-import-corpus-'));

async function importAndCheck(code: string, doc: CorpusDoc): Promise<DocResult> {
  const fileName = `${doc.name}.docx`;
  const data = (await corpusDocx(doc)).toString('base64');
  const session = await createSession({ code, htmlDir: DIST, locale: 'ru' });
  const result: DocResult = { doc, imported: [], kinds: [], checked: [], placed: false, recognised: false, alsoClaimed: [] };
  try {
    const reply = call(session, 'importApply', { fileName, data });
    result.imported = reply.sheets.map((s) => `${s.name}: ${s.kind}, ${s.summary}`);
    result.kinds = reply.sheets.map((s) => s.kind);
  } catch (e) {
    result.error = (e as Error).message;
    return result;
  }
  const book = join(dir, `${doc.name}.xlsx`);
  await session.save(book);
  const checking = await createSession({ code, workbook: book, htmlDir: DIST, locale: 'ru' });
  const lines: string[] = [];
  const check = COMMANDS.find((c) => c.name === 'check')!;
  try {
    await check.run({ session: checking, args: parseArgs(['check', book]), out: (line) => lines.push(line) });
  } catch (e) {
    lines.push(`(check: ${(e as Error).message})`);
  }
  result.checked = lines.filter((l) => !l.startsWith('  '));
  result.placed = result.kinds.some((k) => RIGHT_KIND[doc.job].includes(k));
  result.recognised = result.checked.some((l) => RECOGNISED[doc.job].test(l));
  const related = (a: CorpusJob, b: CorpusJob) =>
    a === b || (a !== 'budgets' && a !== 'checklists' && b !== 'budgets' && b !== 'checklists');
  result.alsoClaimed = (Object.keys(RECOGNISED) as CorpusJob[]).filter(
    (job) => !related(job, doc.job) && result.checked.some((l) => RECOGNISED[job].test(l)),
  );
  return result;
}

describe.skipIf(!present)('klaster import over the corpus of real documents', () => {
  const results: DocResult[] = [];

  beforeAll(async () => {
    await ensureFreshDist();
    const code = readFileSync(CODE_PATH, 'utf8');
    for (const doc of readCorpus()) results.push(await importAndCheck(code, doc));
  }, 120_000);

  it('places each job’s tables as its kind and check recognises them: the figures per job, held at what was measured', () => {
    const jobs = Object.keys(FLOOR) as CorpusJob[];
    const figures = jobs.map((job) => {
      const mine = results.filter((r) => r.doc.job === job);
      return {
        job,
        docs: mine.length,
        placed: mine.filter((r) => r.placed).length,
        recognised: mine.filter((r) => r.recognised).length,
        alsoClaimed: mine.filter((r) => r.alsoClaimed.length > 0).length,
      };
    });
    const lines = ['job         docs  placed right  recognised by check  also claimed by another job'];
    for (const f of figures)
      lines.push(
        `${f.job.padEnd(11)} ${String(f.docs).padStart(4)}  ${String(f.placed).padStart(12)}  ${String(f.recognised).padStart(19)}  ${String(f.alsoClaimed).padStart(27)}`,
      );
    for (const r of results.filter((x) => !x.placed || !x.recognised || x.alsoClaimed.length)) {
      const also = r.alsoClaimed.length ? `, also claimed by ${r.alsoClaimed.join(', ')}` : '';
      lines.push(
        `- ${r.doc.job}/${r.doc.name}: ${r.placed ? 'placed right' : 'NOT placed right'}, ${r.recognised ? 'recognised' : 'NOT recognised'}${also}`,
      );
      lines.push(`    import: ${r.error ?? r.imported.join(' | ')}`);
      if (r.checked.length) lines.push(`    check:  ${r.checked.join(' | ')}`);
    }
    console.log(lines.join('\n'));
    for (const f of figures) {
      expect(f.docs, f.job).toBe(FLOOR[f.job].docs);
      expect(f.placed, `${f.job}: placed right`).toBeGreaterThanOrEqual(FLOOR[f.job].placed);
      expect(f.recognised, `${f.job}: recognised by check`).toBeGreaterThanOrEqual(FLOOR[f.job].recognised);
      expect(f.alsoClaimed, `${f.job}: also claimed by another job`).toBeLessThanOrEqual(FLOOR[f.job].alsoClaimed);
    }
  });
});
