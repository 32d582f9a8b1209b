/** Embedded charts, ScriptApp's authorization info and the minimal DocumentApp of the emulator. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from '../../../src/local/emulator';
import { sampleEnvironment } from './fixtures';

const DOCS = 'https://www.googleapis.com/auth/documents';

describe('charts', () => {
  it("built, inserted, listed, modified, removed; the range must be on the chart's sheet", () => {
    const env = sampleEnvironment();
    const sheet = env.spreadsheet.getSheets()[0]!;
    const other = env.spreadsheet.insertSheet('Другой');
    const chart = sheet
      .newChart()
      .asBarChart()
      .setTitle('Балл по школам')
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(5, 11, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(() => sheet.insertChart(chart)).toThrow(/already/);
    const model = env.workbook.sheet(sheet.getName())!;
    expect(model.charts).toMatchObject([
      { type: 'bar', options: { title: 'Балл по школам' }, ranges: ['A1:B5'], position: { row: 5, column: 11 } },
    ]);
    expect(model.charts[0]!.options.isStacked).toBeUndefined();
    const [listed] = sheet.getCharts();
    sheet.updateChart(listed!.modify().asLineChart().build());
    expect(model.charts[0]!.type).toBe('line');
    expect(() => sheet.newChart().asColumnChart().addRange(other.getRange('A1:B2'))).toThrow(/sheet of the/);
    expect(() => sheet.insertChart(sheet.newChart().asColumnChart().build())).toThrow(/no data/);
    sheet.removeChart(listed!);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('survive an .xlsx round trip (kept in the meta sheet)', async () => {
    const env = sampleEnvironment();
    const sheet = env.spreadsheet.getSheets()[0]!;
    sheet.insertChart(
      sheet.newChart().asColumnChart().setStacked().setTitle('Динамика').addRange(sheet.getRange('A1:B3')).setPosition(2, 3, 0, 0).build(),
    );
    const path = join(mkdtempSync(join(tmpdir(), 'klaster-charts-')), 'c.xlsx');
    await writeXlsx(env.workbook, path);
    const back = await readXlsx(path);
    expect(back.sheet(sheet.getName())!.charts).toMatchObject([
      { type: 'column', options: { title: 'Динамика', isStacked: true }, ranges: ['A1:B3'], position: { row: 2, column: 3 } },
    ]);
  });
});

describe('ScriptApp authorization and DocumentApp', () => {
  it('a fully authorised user: no authorization required; a document with headings, list items and a table', () => {
    const env = sampleEnvironment();
    const { ScriptApp, DocumentApp } = env.globals;
    const info = (ScriptApp as any).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [DOCS]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    const doc = DocumentApp.create('Справка');
    const body = doc.getBody();
    body.appendParagraph('Справка').setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendListItem('Первый пункт').setGlyphType(DocumentApp.GlyphType.BULLET);
    body.appendTable([
      ['Школа', 'Балл'],
      ['СОШ № 117', '96%'],
    ]);
    doc.saveAndClose();
    expect(doc.getUrl()).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/doc1\/edit$/);
    expect(env.documents[0]).toMatchObject({
      name: 'Справка',
      saved: true,
      blocks: [
        { heading: 'TITLE' },
        { glyph: 'BULLET' },
        {
          cells: [
            ['Школа', 'Балл'],
            ['СОШ № 117', '96%'],
          ],
        },
      ],
    });
  });

  it('without the documents scope: authorization required, requireScopes and DocumentApp.create throw', () => {
    const env = sampleEnvironment({ grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    const { ScriptApp, DocumentApp } = env.globals;
    const info = (ScriptApp as any).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [DOCS]);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    expect(() => (ScriptApp as any).requireScopes(ScriptApp.AuthMode.FULL, [DOCS])).toThrow(/Authorization is required/);
    expect(() => DocumentApp.create('Справка')).toThrow(
      `You do not have permission to call DocumentApp.create. Required permissions: ${DOCS}`,
    );
    expect(env.documents).toHaveLength(0);
  });
});
