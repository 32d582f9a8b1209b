/**
 * Every write to a spreadsheet goes through sheets-io (src/server/sheets-io/), where each one is recorded in the
 * all-or-nothing action's journal: no other file of src/server calls a write method of a Spreadsheet, Sheet,
 * Range, chart or protection. The calls are found in the syntax tree (comments and strings do not count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/local/paths';

/** Write methods of SpreadsheetApp's objects (Spreadsheet, Sheet, Range, EmbeddedChart, Protection, DeveloperMetadata). */
const WRITES = new Set(
  [
    'setValue setValues setFormula setFormulas setFormulaR1C1 setFormulasR1C1 setRichTextValue setRichTextValues',
    'setNumberFormat setNumberFormats setNote setNotes clearNote clearNotes',
    'setBackground setBackgrounds setBackgroundRGB setFontWeight setFontWeights setFontColor setFontColors',
    'setFontSize setFontSizes setFontStyle setFontStyles setFontFamily setFontFamilies setFontLine setFontLines',
    'setWrap setWraps setWrapStrategy setWrapStrategies setHorizontalAlignment setHorizontalAlignments',
    'setVerticalAlignment setVerticalAlignments setBorder setTextRotation setTabColor',
    'setFrozenRows setFrozenColumns setColumnWidth setColumnWidths setRowHeight setRowHeights autoResizeColumns',
    'insertSheet deleteSheet duplicateActiveSheet setName hideSheet showSheet setActiveSheet setActiveRange',
    'setActiveSelection activate',
    'insertChart removeChart updateChart addDeveloperMetadata',
    'protect setDescription setWarningOnly addEditor addEditors removeEditor removeEditors setUnprotectedRanges',
    'merge mergeAcross mergeVertically breakApart clear clearContent clearContents clearFormat clearFormats',
    'setDataValidation setDataValidations clearDataValidations insertCheckboxes removeCheckboxes',
    'insertRows insertRowsBefore insertRowsAfter insertRowBefore insertRowAfter deleteRow deleteRows',
    'insertColumns insertColumnsBefore insertColumnsAfter insertColumnBefore insertColumnAfter deleteColumn deleteColumns',
    'hideRows hideColumns showRows showColumns appendRow copyTo moveTo',
  ].flatMap((line) => line.split(' ')),
);

/** Each call `x.method(…)` of a write method in a source text, as «line: x.method». */
function writeCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && WRITES.has(node.expression.name.text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${line}: ${node.expression.getText().replace(/\s+/g, '')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const SERVER = join(ROOT, 'src/server');
const SHEETS_IO = join(SERVER, 'sheets-io');

describe('sheets-io is the only writer', () => {
  it('the scan finds a write call, by its syntax, and not in a comment or a string', () => {
    const text = [
      '// range.setValue(1) in a comment',
      "const s = 'sheet.clear()';",
      'sheet.getRange(1, 1).setFontWeight("bold");',
      'sheet',
      '  .setFrozenRows(1);',
      'props().setProperty("k", "v");',
    ].join('\n');
    expect(writeCalls('x.ts', text)).toEqual(['3: sheet.getRange(1,1).setFontWeight', '4: sheet.setFrozenRows']);
  });

  it('the scan sees the writes inside sheets-io (so it reads the files it is given)', () => {
    const inside = tsFiles(SHEETS_IO).flatMap((f) => writeCalls(f, readFileSync(f, 'utf8')));
    const methods = new Set(inside.map((c) => c.split('.').pop()));
    for (const m of ['setValues', 'insertSheet', 'addDeveloperMetadata', 'protect', 'insertChart', 'setFrozenRows', 'activate'])
      expect(methods).toContain(m);
  });

  it('no file of src/server outside sheets-io/ calls a write method of a sheet, range or spreadsheet', () => {
    const files = tsFiles(SERVER).filter((f) => !f.startsWith(`${SHEETS_IO}/`));
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((f) => writeCalls(f, readFileSync(f, 'utf8')).map((c) => `${relative(ROOT, f)}:${c}`));
    expect(offenders).toEqual([]);
  });
});
