/**
 * Three schools, two rounds, scores and dynamics written out by hand:
 * weights 1, 1 (Партнёры) and 2, 1 (Информационное сопровождение); maximum 5.
 */
import { describe, expect, it } from 'vitest';
import {
  buildNote,
  buildSummary,
  HISTORY_HEADER,
  noteRows,
  readHistory,
  readSchoolTab,
  renderMarkdown,
  resultsFromRound,
  resultsFromSheets,
  roundSchoolScore,
  scoreChecklist,
  snapshotRows,
  summarySheet,
  type RoundRecord,
  type SchoolSheet,
} from '../../../src/core/checklist/index';
import { tabWith, template } from './fixtures';

const T = template();
const read = (school: string, answers: unknown[]) => readSchoolTab(tabWith(T, school, answers), T, school);
const answersOf = (s: SchoolSheet) => new Map(s.answers.map((a) => [a.criterionId, a.answer]));

// Round 1 «Входной, октябрь 2022»
const A1 = read('МАОУ СОШ № 117', ['Да', 'Нет', 'Частично', 'Да']); // 1 + 0 + 1 + 1 = 3 of 5
const B1 = read('МБОУ СОШ № 27', ['Да', 'Да', 'Да', 'Не применимо']); // 1 + 1 + 2 = 4 of 4
const C1 = read('МАОУ лицей 100', ['', '', '', '']); // not started
// Round 2, live: «+» is read as Да, «?» is flagged
const A2 = read('МАОУ СОШ № 117', ['Да', 'Частично', 'Да', 'Да']); // 1 + 0.5 + 2 + 1 = 4.5 of 5
const B2 = read('МБОУ СОШ № 27', ['Да', 'Нет', 'Да', 'Нет']); // 1 + 0 + 2 + 0 = 3 of 5
const C2 = read('МАОУ лицей 100', ['+', '?', 'нет', '']); // 1 + 0 of 1 + 2 = 1/3

function history(): RoundRecord[] {
  const snap = snapshotRows('Входной, октябрь 2022', '2022-10-15', T, [A1, B1, C1], { withHeader: true });
  if (!snap.ok) throw new Error(snap.error.message);
  return readHistory(snap.rows).rounds;
}

describe('scores', () => {
  it('scores each school by hand-checked figures', () => {
    const a = scoreChecklist(T, answersOf(A1));
    expect([a.earned, a.max, a.score, a.answered, a.zero, a.level]).toEqual([3, 5, 0.6, 4, 1, 'средний']);
    const b = scoreChecklist(T, answersOf(B1));
    expect([b.earned, b.max, b.score, b.notApplicable, b.level]).toEqual([4, 4, 1, 1, 'высокий']);
    const c = scoreChecklist(T, answersOf(C2));
    expect([c.earned, c.max, c.answered, c.flagged, c.zero, c.answeredShare]).toEqual([1, 3, 2, 1, 1, 0.5]);
    expect(c.score).toBeCloseTo(1 / 3, 10);
    expect(c.level).toBe('базовый');
    expect(scoreChecklist(T, answersOf(C1)).score).toBeNull();
    expect(a.sections.map((s) => [s.section, s.earned, s.max])).toEqual([
      ['Партнёры', 1, 2],
      ['Информационное сопровождение', 2, 3],
    ]);
  });

  it('reports hand-written and unreadable answers with their cells', () => {
    expect(C2.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['F4', 'answer-read', 'info'],
      ['F5', 'answer-flagged', 'warning'],
    ]);
    expect(C1.notStarted).toBe(true);
    expect(C2.notStarted).toBe(false);
  });
});

describe('rounds', () => {
  it('appends one row per school and criterion, with points, and reads them back', () => {
    const snap = snapshotRows('Входной, октябрь 2022', '2022-10-15', T, [A1, B1, C1], { withHeader: true });
    expect(snap.ok).toBe(true);
    if (!snap.ok) return;
    expect(snap.rows[0]).toEqual(HISTORY_HEADER);
    expect(snap.rows).toHaveLength(1 + 3 * 4);
    expect(snap.rows[1]).toEqual([
      'Входной, октябрь 2022',
      '2022-10-15',
      'МАОУ СОШ № 117',
      'Партнёры',
      '1',
      'За ОО закреплён индустриальный партнёр',
      'Да',
      1,
      1,
      T.criteria[0]!.id,
    ]);
    expect(snap.rows[8]!.slice(6, 9)).toEqual(['Не применимо', '', '']);
    const [round] = readHistory(snap.rows).rounds;
    expect(round!.name).toBe('Входной, октябрь 2022');
    expect(round!.date).toBe('2022-10-15');
    expect(round!.schools.map((s) => [s.school, roundSchoolScore(s)])).toEqual([
      ['МАОУ СОШ № 117', 0.6],
      ['МБОУ СОШ № 27', 1],
      ['МАОУ лицей 100', null],
    ]);
  });

  it('reads dates written back by Sheets as Date values and dd.mm.yyyy text', () => {
    const rows = [
      [...HISTORY_HEADER],
      ['Р1', new Date(2022, 9, 15), 'ОО', 'Р', '1', 'К', 'Да', 1, 1, 'р|№1'],
      ['Р2', '20.01.2023', 'ОО', 'Р', '1', 'К', 'Нет', 0, 1, 'р|№1'],
    ];
    expect(readHistory(rows).rounds.map((r) => [r.name, r.date])).toEqual([
      ['Р1', '2022-10-15'],
      ['Р2', '2023-01-20'],
    ]);
  });

  it('refuses an empty round, a taken name, a missing name — with a message', () => {
    const empty = snapshotRows('Промежуточный', '2023-01-20', T, [C1]);
    expect(empty.ok ? '' : empty.error.code).toBe('empty-round');
    expect(empty.ok ? '' : empty.error.message).toMatch(/Ни одна школа/);
    const taken = snapshotRows(' входной,  октябрь 2022 ', '2023-01-20', T, [A2], { history: history() });
    expect(taken.ok ? '' : taken.error.message).toMatch(/уже зафиксирован/);
    const noName = snapshotRows('  ', '2023-01-20', T, [A2], { lang: 'en' });
    expect(noName.ok ? '' : noName.error.message).toMatch(/name/);
    expect(snapshotRows('Р', '2023-13-01', T, [A2]).ok).toBe(false);
  });

  it('reports a damaged history sheet instead of reading garbage', () => {
    const r = readHistory([['что-то'], ['ещё']]);
    expect(r.rounds).toEqual([]);
    expect(r.findings[0]!.code).toBe('history-no-header');
  });
});

describe('summary', () => {
  const rounds = history();
  const live = resultsFromSheets(T, [A2, B2, C2], ['МАОУ СОШ 138']);
  const s = buildSummary(T, live, rounds);

  it('per school: score, level, change since the previous round, traffic light, not started', () => {
    expect(s.previousRound).toBe('Входной, октябрь 2022');
    const rows = s.schools.map((x) => [
      x.school,
      x.score === null ? null : Math.round(x.score * 1000) / 1000,
      x.level ?? null,
      x.change === null ? null : Math.round(x.change * 1000) / 1000,
      x.light,
      x.zero,
    ]);
    expect(rows).toEqual([
      ['МАОУ СОШ № 117', 0.9, 'высокий', 0.3, 'green', 0],
      ['МБОУ СОШ № 27', 0.6, 'средний', -0.4, 'yellow', 2],
      ['МАОУ лицей 100', 0.333, 'базовый', null, 'red', 1],
      ['МАОУ СОШ 138', null, null, null, 'grey', 0],
    ]);
    expect(s.schools[3]!.noTab).toBe(true);
    expect(s.overall.notStarted).toEqual(['МАОУ СОШ 138']);
    expect(s.overall.started).toBe(3);
  });

  it('per criterion and section: shares of Да / Частично / Нет, weakest first', () => {
    expect(
      s.criteria.map((c) => [c.criterion.text.slice(0, 30), c.yes, c.partial, c.no, c.flagged, Math.round(c.score! * 1000) / 1000]),
    ).toEqual(
      [
        ['За ОО закреплён академический п', 0, 1, 1, 1, 0.25],
        ['На сайте ОО размещаются новости', 1, 0, 1, 0, 0.5],
        ['На сайте ОО создана страница сп', 2, 0, 1, 0, 0.667],
        ['За ОО закреплён индустриальный ', 3, 0, 0, 0, 1],
      ].map((r) => [String(r[0]).slice(0, 30), ...r.slice(1)]),
    );
    expect(s.criteria[0]!.zeroSchools).toEqual(['МБОУ СОШ № 27']);
    expect(s.criteria[0]!.shareNo).toBe(0.5);
    expect(s.sections.map((x) => [x.section, x.score])).toEqual([
      ['Информационное сопровождение', 5 / 8],
      ['Партнёры', 3.5 / 5],
    ]);
  });

  it('overall score and its dynamics across rounds', () => {
    expect(s.overall.score).toBeCloseTo((0.9 + 0.6 + 1 / 3) / 3, 10);
    expect(s.dynamics.map((d) => [d.round, d.live, d.started, Math.round(d.score! * 1000) / 1000])).toEqual([
      ['Входной, октябрь 2022', false, 2, 0.8],
      ['', true, 3, 0.611],
    ]);
  });

  it('right after a round is fixed, the change is measured against the round before it', () => {
    const snap2 = snapshotRows('Промежуточный, январь 2023', '2023-01-20', T, [A2, B2, C2], { history: rounds });
    if (!snap2.ok) throw new Error(snap2.error.message);
    const snap1 = snapshotRows('Входной, октябрь 2022', '2022-10-15', T, [A1, B1, C1], { withHeader: true });
    if (!snap1.ok) throw new Error(snap1.error.message);
    const all = readHistory([...snap1.rows, ...snap2.rows]).rounds;
    expect(all.map((r) => r.name)).toEqual(['Входной, октябрь 2022', 'Промежуточный, январь 2023']);
    const after = buildSummary(T, resultsFromSheets(T, [A2, B2, C2]), all);
    expect(after.previousRound).toBe('Входной, октябрь 2022');
    expect(after.schools[0]!.change).toBeCloseTo(0.3, 10);
    expect(after.dynamics.map((d) => d.round)).toEqual(['Входной, октябрь 2022', 'Промежуточный, январь 2023']);
    // The same from the recorded round itself
    const fromRound = buildSummary(T, resultsFromRound(all[1]!), all, { currentRound: 'Промежуточный, январь 2023' });
    expect(fromRound.schools.map((x) => Math.round((x.change ?? NaN) * 10) / 10)).toEqual([0.3, -0.4, NaN]);
    expect(fromRound.overall.score).toBeCloseTo(s.overall.score!, 10);
  });

  it('the sheet: values, percent formats, traffic-light colours and two charts', () => {
    const sheet = summarySheet(s);
    const header = sheet.values.findIndex((r) => r[0] === 'Школа');
    expect(sheet.values[header]).toEqual([
      'Школа',
      'Балл',
      'Набрано',
      'Максимум',
      'Уровень',
      'Заполнено',
      '«Нет» / 0 баллов',
      'Изменение',
      'Светофор',
      'Статус',
      'Замечания',
    ]);
    // 4,5 of 5 points (weights 1, 1, 2, 1; «Частично» worth half)
    expect(sheet.values[header + 1]!.slice(0, 9)).toEqual([
      'МАОУ СОШ № 117',
      0.9,
      4.5,
      5,
      'высокий',
      1,
      0,
      expect.closeTo(0.3, 10),
      'зелёный',
    ]);
    // the unreadable «?» is said once (not again as a problem of the sheet)
    expect(sheet.values[header + 3]![10]).toBe('1 ответ не распознано');
    expect(sheet.values[header + 4]![9]).toBe('нет листа');
    expect(sheet.backgrounds.colors.map((c) => c[0])).toEqual(['#b7e1cd', '#fce8b2', '#f4c7c3', '#e0e0e0']);
    expect(sheet.backgrounds.range).toBe(`I${header + 2}:I${header + 5}`);
    expect(sheet.charts.map((c) => [c.type, c.ranges[0]])).toEqual([
      ['bar', `A${header + 1}:B${header + 5}`],
      ['line', expect.stringMatching(/^A\d+:B\d+$/)],
    ]);
    expect(new Set(sheet.values.map((r) => r.length))).toEqual(new Set([11]));
  });
});

describe('analytical note', () => {
  const rounds = history();
  const s = buildSummary(T, resultsFromSheets(T, [A2, B2, C2], ['МАОУ СОШ 138']), rounds);
  const doc = buildNote({ summary: s, round: 'Промежуточный, январь 2023', date: '2023-01-31', cluster: 'Пограничный МО' });

  it('has the customary sections in order, numbered continuously (no «Показатели» sheet: no 5 skipped)', () => {
    expect(doc.title).toBe('Аналитическая справка по результатам мониторинга «Промежуточный, январь 2023» (Пограничный МО)');
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      '1. Общие сведения',
      '2. Результаты',
      '3. Дефициты',
      '4. Динамика',
      '5. Рекомендации',
    ]);
  });

  it('states the figures: schools, scores, deficits, dynamics, recommendations', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('проведён на 31.01.2023');
    expect(md).toContain('Участников — 4 школы.');
    // what was understood counts: лицей 100 answered 2 of 4 (its «?» is not an answer)
    expect(md).toContain('Чек-лист заполнили полностью 2 из 4, частично — 1, не приступили — 1.');
    expect(md).toContain('Не приступили к заполнению: МАОУ СОШ 138.');
    expect(md).toContain('Не распознано 1 ответ (МАОУ лицей 100 — 1): они не учтены ни в «заполнили», ни в баллах');
    expect(md).toContain('Средний балл по кластеру — 61%, уровень «средний».');
    expect(md).toContain('«За ОО закреплён академический партнёр» — выполнен в 0 из 2 школ (балл 25%)');
    expect(md).toContain('МАОУ лицей 100 — 33%');
    expect(md).toContain('средний балл снизился на 19 процентных пунктов (80% → 61%)');
    // the fall is partly лицей 100 starting (1/3); the two schools in both rounds: (0,6 + 1)/2 → (0,9 + 0,6)/2
    expect(md).toContain('Изменение связано и с составом участников: впервые заполнили МАОУ лицей 100 (их средний балл — 33%).');
    expect(md).toContain('По 2 школам, заполнившим оба среза, средний балл снизился на 5 процентных пунктов (80% → 75%).');
    expect(md).toContain('- МАОУ СОШ № 117: +30 п. п.');
    expect(md).toContain('- МБОУ СОШ № 27: −40 п. п.');
    expect(md).toContain('Обеспечить выполнение критерия «За ОО закреплён академический партнёр» (МБОУ СОШ № 27)');
    expect(md).toContain('| МАОУ СОШ № 117 | 90% | 4,5 / 5 | высокий | 100% | 0 |');
    expect(md.startsWith('# Аналитическая справка')).toBe(true);
  });

  it('writes as sheet rows with headings marked', () => {
    const rows = noteRows(doc);
    expect(rows.values[0]![0]).toBe(doc.title);
    expect(rows.headingRows.map((r) => rows.values[r]![0])).toContain('3. Дефициты');
    expect(new Set(rows.values.map((r) => r.length)).size).toBe(1);
  });

  it('first round: no dynamics yet; nobody started: no results', () => {
    const first = buildNote({ summary: buildSummary(T, resultsFromSheets(T, [A1, B1, C1]), []), round: 'Входной', date: '2022-10-30' });
    expect(renderMarkdown(first)).toContain('Это первый срез');
    const none = buildNote({ summary: buildSummary(T, resultsFromSheets(T, [C1]), []), round: 'Входной', date: '2022-10-30', lang: 'en' });
    expect(renderMarkdown(none)).toContain('No school has filled in the checklist');
  });
});
