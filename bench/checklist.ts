/**
 * Checklist monitoring in `npm run bench`: the summary over 300 school tabs × 60 criteria (read every tab
 * against the template, two rounds of history, the summary and its sheet; goal < 500 ms in Node), the
 * round snapshot and the analytical note. Core timing only: a server reads each tab once (one values grid
 * is all readSchoolTab takes) and writes the summary as one grid. Median of several warm runs.
 */
import {
  buildNote,
  buildSummary,
  COL,
  readHistory,
  readSchoolTab,
  renderMarkdown,
  resultsFromSheets,
  schoolTabSheet,
  snapshotRows,
  summarySheet,
  type Criterion,
  type Template,
} from '../src/core/checklist/index';
import { templateSheet, TEMPLATE_SHEET, HISTORY_SHEET } from '../src/core/checklist/index';
import { ROSTER_HEADER, ROSTER_SHEET } from '../src/core/people/roster';
import type { WorkbookSpec } from '../src/local/emulator';
import { sessionOver } from './support/bundle';
import { ms, timeMedian, type BenchRow, type BenchSection, type BenchPart } from './table';

const SCHOOLS = 300;
const CRITERIA = 60;
const RUNS = 7;
const GOAL_MS = 500;

/** A small deterministic PRNG so every run measures the same sheets. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function benchTemplate(): Template {
  const criteria: Criterion[] = [];
  for (let i = 0; i < CRITERIA; i++) {
    const section = `Раздел ${Math.floor(i / 10) + 1}`;
    const number = String((i % 10) + 1);
    const scored = i % 3 === 2;
    criteria.push({
      id: `${section.toLowerCase()}|№${number}`,
      section,
      number,
      text: `Критерий ${i + 1}: в ОО созданы условия для работы специализированного класса, направление ${i % 7}`,
      weight: 1 + (i % 2),
      scale: scored
        ? {
            kind: 'points',
            max: 3,
            options: [
              { label: 'подтверждается', points: 3 },
              { label: 'скорее подтверждается', points: 2 },
              { label: 'скорее не подтверждается', points: 1 },
              { label: 'не подтверждается', points: 0 },
            ],
          }
        : { kind: 'yesno' },
      row: 2 + i,
    });
  }
  return {
    criteria,
    sectionLevels: {},
    levels: {
      unit: 'share',
      thresholds: [
        { level: 'базовый', min: 0 },
        { level: 'средний', min: 0.5 },
        { level: 'высокий', min: 0.8 },
      ],
    },
  };
}

const YES_NO = ['Да', 'Частично', 'Нет', 'Не применимо', 'да', '+', '-', '', '?'];
const POINTS = ['подтверждается', 'скорее подтверждается', 'скорее не подтверждается', 'не подтверждается', 2, 3, ''];

function benchTabs(t: Template, seed: number): { school: string; values: unknown[][] }[] {
  const next = rng(seed);
  return Array.from({ length: SCHOOLS }, (_, k) => {
    const school = `МАОУ СОШ № ${k + 1}`;
    const sheet = schoolTabSheet(t, school);
    const values: unknown[][] = sheet.values.map((r) => [...r]);
    t.criteria.forEach((c, i) => {
      const pool = c.scale.kind === 'yesno' ? YES_NO : POINTS;
      values[sheet.firstDataRow + i]![COL.answer] = k % 50 === 0 ? '' : pool[Math.floor(next() * pool.length)];
    });
    return { school, values };
  });
}

export const benchChecklist: BenchSection = async () => {
  const t = benchTemplate();
  const round1 = benchTabs(t, 1);
  const live = benchTabs(t, 2);
  const readAll = (tabs: { school: string; values: unknown[][] }[]) => tabs.map((x) => readSchoolTab(x.values, t, x.school));
  const snap1 = snapshotRows('Входной, октябрь 2022', '2022-10-15', t, readAll(round1), { withHeader: true });
  if (!snap1.ok) throw new Error(snap1.error.message);
  const snap2 = snapshotRows('Промежуточный, январь 2023', '2023-01-20', t, readAll(live));
  if (!snap2.ok) throw new Error(snap2.error.message);
  const historyValues = [...snap1.rows, ...snap2.rows];

  const readMs = timeMedian(() => readAll(live), RUNS);
  let cells = 0;
  const summaryMs = timeMedian(() => {
    const sheets = readAll(live);
    const { rounds } = readHistory(historyValues);
    const summary = buildSummary(t, resultsFromSheets(t, sheets), rounds);
    const sheet = summarySheet(summary);
    cells = sheet.values.length * (sheet.values[0]?.length ?? 0);
  }, RUNS);
  const snapshotMs = timeMedian(() => snapshotRows('Итоговый, июнь 2023', '2023-06-20', t, readAll(live)), RUNS);
  const { rounds } = readHistory(historyValues);
  const summary = buildSummary(t, resultsFromSheets(t, readAll(live)), rounds);
  const noteMs = timeMedian(() => renderMarkdown(buildNote({ summary, round: 'Промежуточный, январь 2023', date: '2023-01-31' })), RUNS);
  const size = `${SCHOOLS} листов × ${CRITERIA} критериев`;
  const calls = await summaryCalls(t, live, historyValues);
  return [
    { name: `Чек-листы: чтение ${size}`, ours: ms(readMs), peer: '—', goal: '—' },
    {
      name: `Сводка: ${size} + история ${rounds.length} среза (${(historyValues.length - 1).toLocaleString('ru-RU')} строк), ${cells.toLocaleString('ru-RU')} ячеек`,
      ours: ms(summaryMs),
      peer: '—',
      goal: `< ${GOAL_MS} ms`,
      ok: summaryMs < GOAL_MS,
    },
    { name: `Срез: строки истории (${(SCHOOLS * CRITERIA).toLocaleString('ru-RU')})`, ours: ms(snapshotMs), peer: '—', goal: '—' },
    { name: 'Аналитическая справка (Markdown)', ours: ms(noteMs), peer: '—', goal: '—' },
    {
      name: `«Построить сводку» в эмуляторе, ${size} (листы сделаны «Разослать»): чтений на лист (getDataRange + getValues; листы школ, шаблон, участники, история)`,
      ours: calls.readsPerTab.toFixed(2),
      peer: '—',
      goal: '≤ 2',
      ok: calls.readsPerTab <= 2,
    },
    {
      name: `«Построить сводку» в эмуляторе: записей (не зависит от числа листов)`,
      ours: String(calls.writes),
      peer: '—',
      goal: '≤ 20',
      ok: calls.writes <= 20,
    },
    {
      name: `«Построить сводку» в эмуляторе: все вызовы / время`,
      ours: `${calls.total} / ${ms(calls.ms)}`,
      peer: '—',
      goal: `≤ ${4 * (SCHOOLS + 3)} вызовов (4 на лист)`,
      ok: calls.total <= 4 * (SCHOOLS + 3),
    },
  ] satisfies BenchRow[];
};

/** Methods that write (or change) the spreadsheet. */
const WRITES = /\.(set|insert|remove|clear|add|protect|update)/;

/**
 * The summary action through the emulator over 300 tabs made as a user gets them: «Разослать чек-листы»
 * creates them (protected, with the markers real tabs carry), then the schools' answers are typed into them.
 * Its spreadsheet calls, and its time.
 */
async function summaryCalls(t: Template, tabs: { school: string; values: unknown[][] }[], history: unknown[][]) {
  const spec: WorkbookSpec = {
    sheets: [
      { name: TEMPLATE_SHEET, rows: templateSheet(t).values },
      { name: ROSTER_SHEET, rows: [[...ROSTER_HEADER], ...tabs.map((x) => [x.school, '', 'Школа', '', '', '', ''])] },
      { name: HISTORY_SHEET, rows: history as WorkbookSpec['sheets'][number]['rows'] },
    ],
  };
  const session = await sessionOver(spec);
  for (let call = 0; call < 100; call++) {
    const reply = session.run('checklistDistribute', { batch: 100 }) as { ok: boolean; error?: string; data?: { remaining: number } };
    if (!reply.ok) throw new Error(reply.error);
    if (reply.data!.remaining === 0) break;
  }
  // the schools answer: each tab's answer column as the generated tabs hold it (the tab's first row names the school)
  const bySchool = new Map(tabs.map((x) => [x.school, x.values]));
  let filled = 0;
  for (const sheet of session.workbook.sheets) {
    const title = String(sheet.cell(1, 1)?.value ?? '');
    const values = bySchool.get(title.replace(/^Чек-лист:\s*/, ''));
    if (!values) continue;
    filled++;
    values.forEach((row, r) => {
      const answer = row[COL.answer];
      if (r > 0 && answer !== '' && answer !== undefined) sheet.cellForWrite(r + 1, COL.answer + 1).value = answer as string | number;
    });
  }
  if (filled !== tabs.length) throw new Error(`bench: ${filled} of ${tabs.length} tabs made by «Разослать» were found`);
  session.run('checklistBuildSummary', {}); // the first build creates the sheet; the figures are for a rebuild
  session.calls.reset();
  const t0 = performance.now();
  const reply = session.run('checklistBuildSummary', {}) as { ok: boolean; error?: string };
  const elapsed = performance.now() - t0;
  if (!reply.ok) throw new Error(reply.error);
  const snap = session.calls.snapshot();
  const reads = (snap['Sheet.getDataRange'] ?? 0) + (snap['Range.getValues'] ?? 0);
  const writes = Object.entries(snap)
    .filter(([k]) => WRITES.test(k) && !k.startsWith('Embedded'))
    .reduce((n, [, v]) => n + v, 0);
  // every sheet read is getDataRange + getValues: the tabs, and the template, the roster and the history once each
  return { readsPerTab: reads / (tabs.length + 3), writes, total: session.calls.total(), ms: elapsed };
}

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 40, title: 'Чек-листы', run: benchChecklist }];
