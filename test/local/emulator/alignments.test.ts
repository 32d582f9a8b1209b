/** Range.setHorizontalAlignments / setVerticalAlignments: one value per cell, null for the default, shape checked as Sheets does. */
import { describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

function plan() {
  const env = sampleEnvironment();
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.getSheetByName('План')! };
}

describe('Range alignments per cell', () => {
  it('set one value per cell, null back to the default, read back as Sheets names them', () => {
    const { env, sheet } = plan();
    env.calls.reset();
    const range = sheet.getRange('A2:B3');
    range.setHorizontalAlignments([
      ['center', 'left'],
      [null, 'right'],
    ]);
    range.setVerticalAlignments([
      ['top', 'middle'],
      ['bottom', null],
    ]);
    expect(range.getHorizontalAlignments()).toEqual([
      ['center', 'left'],
      ['general', 'right'],
    ]);
    expect(range.getVerticalAlignments()).toEqual([
      ['top', 'middle'],
      ['bottom', 'bottom'],
    ]);
    expect(env.calls.get('Range.setHorizontalAlignments')).toBe(1);
    expect(env.calls.get('Range.setVerticalAlignments')).toBe(1);
  });

  it('a grid of the wrong shape is refused with Sheets’ message; clear() resets alignment', () => {
    const { sheet } = plan();
    expect(() => sheet.getRange('A2:B3').setHorizontalAlignments([['center', 'left']])).toThrow(
      /number of rows in the data does not match/,
    );
    sheet.getRange('A2:A2').setHorizontalAlignments([['center']]);
    sheet.clear();
    expect(sheet.getRange('A2').getHorizontalAlignment()).toBe('general');
  });
});
