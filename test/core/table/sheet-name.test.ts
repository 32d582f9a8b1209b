/** Sheet names the add-on makes from user text fit Google Sheets and .xlsx alike (issue 14, item 3). */
import { describe, expect, it } from 'vitest';
import { isSheetNameOf, MAX_SHEET_NAME, sheetNameProblem, shortSheetName, uniqueSheetName } from '../../../src/core/table/sheet-name';
import { planDistribution, schoolTabName } from '../../../src/core/checklist';

/** Every rule .xlsx and Google put on a sheet name, checked by hand (not by the module under test). */
function fitsEverywhere(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

const SIXTY = 'Муниципальное бюджетное общеобразовательное учреждение № 117';

describe('names from the issue', () => {
  it.each([
    ['a 60-character full name', SIXTY, 'Муниципальное бюджетное… № 117'],
    [
      'a full name with the number inside quotes and a town after it',
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 117» г. Самары',
      'Муниципальное бюджетное… № 117',
    ],
    ['a short name with «/»', 'СОШ 1/2', 'СОШ 1-2'],
    ['a short name with «\\»', 'СОШ 1\\2', 'СОШ 1-2'],
    ['a short name with «?»', 'Школа № 5?', 'Школа № 5'],
    ['a short name with «:»', 'Лицей: филиал', 'Лицей филиал'],
    ['a short name with «*» and brackets', '[Лицей] *2*', '(Лицей) 2'],
    ['a 32-character name', 'Гимназия имени А. С. Пушкина №12', 'Гимназия имени А. С… № 12'],
    ['apostrophes at both ends', "'Школа'", 'Школа'],
    ['«History», which Excel keeps for itself', 'History', 'History (2)'],
    ['a name of spaces', '   ', 'ОО'],
    ['a line break inside', 'СОШ\n№ 3', 'СОШ № 3'],
    ['the number first, the rest long', 'МБОУ СОШ № 117 имени Героя Советского Союза И. И. Иванова', 'МБОУ СОШ № 117 имени Героя…'],
  ])('%s', (_, name, expected) => {
    expect('Гимназия имени А. С. Пушкина №12').toHaveLength(32);
    const made = uniqueSheetName(name, [], 'ОО');
    expect(made).toBe(expected);
    expect(fitsEverywhere(made)).toBe(true);
    expect(sheetNameProblem(made)).toBeNull();
  });

  it('the 60-character name is 60 characters, and its tab keeps «№ 117» within 31', () => {
    expect(SIXTY).toHaveLength(60);
    expect(MAX_SHEET_NAME).toBe(31);
    expect(sheetNameProblem(SIXTY)).toBe('too-long');
  });

  it('two schools whose names differ only after character 31 get two names', () => {
    const a = 'Муниципальное общеобразовательное учреждение Лицей имени А. С. Пушкина';
    const b = 'Муниципальное общеобразовательное учреждение Лицей имени М. Ю. Лермонтова';
    expect(a.slice(0, 31)).toBe(b.slice(0, 31));
    const first = uniqueSheetName(a, []);
    const second = uniqueSheetName(b, [first]);
    expect(second).not.toBe(first);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
    expect([first, second].every(fitsEverywhere)).toBe(true);
    expect(second).toMatch(/ \(2\)$/);
  });

  it('unique without regard to case, the suffix inside the 31 characters', () => {
    expect(uniqueSheetName('МБОУ СОШ № 27', ['мбоу сош № 27'])).toBe('МБОУ СОШ № 27 (2)');
    expect(uniqueSheetName('МБОУ СОШ № 27', ['мбоу сош № 27', 'МБОУ СОШ № 27 (2)'])).toBe('МБОУ СОШ № 27 (3)');
    const long = uniqueSheetName(SIXTY, [shortSheetName(SIXTY)]);
    expect(long).toBe('Муниципальное… № 117 (2)');
    expect(fitsEverywhere(long)).toBe(true);
  });

  it('a hundred schools with the same long name all get names that fit and differ', () => {
    const taken: string[] = [];
    for (let i = 0; i < 100; i++) taken.push(uniqueSheetName(SIXTY, taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(100);
    expect(taken.every(fitsEverywhere)).toBe(true);
  });

  it('never half an emoji, never a dangling quote or dash before «…»', () => {
    const name = uniqueSheetName('Школа «Радуга» — центр 😀😀😀😀😀😀😀😀😀😀😀😀', []);
    expect(fitsEverywhere(name)).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff]…/);
    expect(uniqueSheetName('Очень длинное название школы — «Радуга» и ещё', [])).not.toMatch(/[«—\s]…/);
  });

  it('sheetNameProblem names each rule', () => {
    expect([
      sheetNameProblem(''),
      sheetNameProblem('a'.repeat(32)),
      sheetNameProblem('a/b'),
      sheetNameProblem("'a"),
      sheetNameProblem('HISTORY'),
      sheetNameProblem('Лист1'),
    ]).toEqual(['empty', 'too-long', 'character', 'apostrophe', 'reserved', null]);
  });

  it('isSheetNameOf knows the names it makes (with or without a suffix), and no other', () => {
    expect(isSheetNameOf(SIXTY, 'Муниципальное бюджетное… № 117')).toBe(true);
    expect(isSheetNameOf(SIXTY, 'Муниципальное… № 117 (2)')).toBe(true);
    expect(isSheetNameOf('СОШ 1/2', 'СОШ 1-2')).toBe(true);
    expect(isSheetNameOf(SIXTY, 'Другой лист')).toBe(false);
  });
});

describe('school tabs («Разослать»)', () => {
  it('schoolTabName makes names that fit, from the short name when there is one', () => {
    expect(schoolTabName({ name: SIXTY }, [])).toBe('Муниципальное бюджетное… № 117');
    expect(schoolTabName({ name: SIXTY, short: 'СОШ № 117/1' }, [])).toBe('СОШ № 117-1');
    expect(schoolTabName({ name: 'Очень длинное название '.repeat(10) }, []).length).toBeLessThanOrEqual(31);
  });

  it('a tab the add-on named is not reported as renamed on the next run', () => {
    const schools = [{ name: SIXTY }, { name: 'ОУ', short: 'Лицей: филиал' }];
    const first = planDistribution(schools, [], ['Участники']);
    expect(first.create.map((c) => c.tab)).toEqual(['Муниципальное бюджетное… № 117', 'Лицей филиал']);
    const again = planDistribution(
      schools,
      first.create.map((c) => ({ name: c.tab, marker: c.school })),
      ['Участники'],
    );
    expect(again.create).toEqual([]);
    expect(again.keep.map((k) => k.renamed)).toEqual([false, false]);
  });
});
