import { describe, expect, it } from 'vitest';
import { applySafeFixes, checkResponsibleColumn, MAX_CELLS } from '../../../src/core/people/check';
import { checkResponsibleGrid, responsiblePeopleGrid } from '../../../src/core/people/functions';
import { buildRosterIndex } from '../../../src/core/people/match';
import { readRoster } from '../../../src/core/people/roster';
import { responsibilityMatrix, workload } from '../../../src/core/people/workload';

const HEADER = ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'];

describe('§11 bad input: clear messages, nothing written, nothing lost', () => {
  it('an empty roster: readRoster says so, and the check runs against the column itself', () => {
    expect(readRoster([HEADER])).toEqual({ ok: false, reason: 'empty' });
    expect(readRoster([])).toEqual({ ok: false, reason: 'no-header' });
    const r = checkResponsibleColumn([['Шкуратская М.В.'], ['Шкуратская М.В.'], ['Шкурятская М.В.']], buildRosterIndex(null));
    expect(r.ok && r.report.usedRoster).toBe(false);
    expect(r.ok && r.report.findings.map((f) => f.code)).toEqual(['typo']);
    const grid = checkResponsibleGrid([['Иванова Н.С.']], [HEADER]);
    expect(grid).toEqual({ ok: false, error: { code: 'roster', message: expect.stringMatching(/^Реестр «Участники» пуст/) } });
    const en = checkResponsibleGrid([['Иванова Н.С.']], [['что-то'], ['ещё']], 'en');
    expect(en.ok ? '' : en.error.message).toMatch(/^The sheet «Участники» has no header row/);
  });

  it('two roster people with the same surname and initials: matches are ambiguous, never guessed', () => {
    const r = readRoster([HEADER, ['Иванова Наталья Сергеевна'], ['Иванова Нина Степановна']]);
    if (!r.ok) throw new Error(r.reason);
    const out = checkResponsibleColumn([['Иванова Н.С.'], ['Ивановой Н.С.'], ['Иванва Н.С.']], r.roster);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.report.findings.map((f) => [f.cell, f.code, f.fix ?? null])).toEqual([
      ['A1', 'ambiguous', null],
      ['A2', 'ambiguous', null],
      ['A3', 'similar', null],
    ]);
    expect(out.report.findings[0]!.message).toBe('В реестре несколько человек Иванова Н.С. (строки 2, 3): не ясно, кто из них.');
    expect(applySafeFixes(out.report).writes).toEqual([]);
  });

  it('a cell with 30 names is read whole', () => {
    const letters = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯАБВ';
    const cell = Array.from({ length: 30 }, (_, i) => `Петрова ${letters[i]}.${letters[29 - i]}.`).join(', ');
    const out = checkResponsibleColumn([[cell]], null);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.report.cells[0]!.entries.filter((e) => e.kind === 'person')).toHaveLength(30);
  });

  it('numbers, dates, booleans and formula errors get a message each', () => {
    const out = checkResponsibleColumn([[42], ['#REF!'], ['#Н/Д'], [new Date(2024, 0, 15)], [true], [null], ['Иванова Н.С.']], null);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.report.findings.map((f) => [f.cell, f.severity, f.code, f.message])).toEqual([
      ['A1', 'warning', 'not-text', 'Вместо ответственного число или дата: 42.'],
      ['A2', 'error', 'cell-error', 'Ошибка формулы #REF! вместо ответственного.'],
      ['A3', 'error', 'cell-error', 'Ошибка формулы #Н/Д вместо ответственного.'],
      ['A4', 'warning', 'not-text', 'Вместо ответственного число или дата: 15.01.2024.'],
      ['A5', 'warning', 'not-text', 'Вместо ответственного число или дата: TRUE.'],
      ['A6', 'warning', 'empty', 'Не указан ответственный.'],
    ]);
    const en = checkResponsibleColumn([['#REF!']], null, { lang: 'en' });
    expect(en.ok && en.report.findings[0]!.message).toBe('Formula error #REF! instead of a responsible person.');
  });

  it('odd shapes of input do not throw', () => {
    expect(checkResponsibleColumn([], null)).toMatchObject({ ok: true, report: { findings: [] } });
    expect(checkResponsibleColumn([[]], null).ok).toBe(true);
    expect(checkResponsibleColumn([{}, undefined, 'Иванова Н.С.'] as never, null).ok).toBe(true);
    expect(checkResponsibleColumn('Иванова' as never, null)).toMatchObject({ ok: false });
    expect(checkResponsibleGrid([[undefined, 'Иванова Н.С.'], [{ x: 1 }]] as never, null).ok).toBe(true);
    expect(responsiblePeopleGrid([[]])).toEqual({ ok: true, values: [['В диапазоне нет ни одного ответственного.', '']] });
  });

  it('a very long cell is reported, not read', () => {
    const out = checkResponsibleColumn([['Иванова Н.С. '.repeat(1000)]], null);
    expect(out.ok && out.report.findings.map((f) => [f.code, f.message])).toEqual([
      ['too-long', 'Слишком длинный текст (13000 символов): ячейка не проверена.'],
    ]);
  });

  it('a 50 000-row column is checked in one call; a larger range than allowed is refused with a message', () => {
    const names = ['Третьякова Т.В.', 'Руководители ОО', '', 'Петухов Е.А., Мельникова Т.В.', 'МО ПК'];
    const column = Array.from({ length: 50_000 }, (_, i) => [names[i % names.length]]);
    const out = checkResponsibleColumn(column, null, { empty: 'none' });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.report.cells).toHaveLength(50_000);
    expect(out.report.findings).toEqual([]);
    const big = checkResponsibleColumn(new Array(MAX_CELLS + 1).fill(['']), null);
    expect(big.ok ? '' : big.error.message).toBe(`Слишком большой диапазон: ${MAX_CELLS + 1} ячейка (не больше ${MAX_CELLS}).`);
  });

  it('workload and matrix refuse a bad threshold and read bad cells without throwing', () => {
    expect(workload([], null, { threshold: 0 })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'Порог нагрузки должен быть целым числом от 1 до 1000.' },
    });
    const rows = [
      { row: 1, responsible: '#REF!' },
      { row: 2, responsible: 42, start: 'not a date' },
      { row: 3, responsible: null },
    ];
    expect(workload(rows, null)).toMatchObject({ ok: true, workload: { people: [], months: [] } });
    const m = responsibilityMatrix(rows, null);
    expect(m.ok && m.matrix.rows.map((r) => r.flags)).toEqual([['no-responsible'], ['no-responsible'], ['no-responsible']]);
  });
});
