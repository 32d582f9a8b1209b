/** OAuth scopes as Apps Script enforces them: the manifest's oauthScopes, the user's grant, Google's own message. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, SCOPE } from '../../../src/local/emulator';
import { loadBundle, ScriptRunError, type SandboxOptions } from '../../../src/local/emulator/sandbox';
import { sampleWorkbook } from './fixtures';

const CODE = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Кластер', 'who').addToUi(); }
function who() { return Session.getEffectiveUser().getEmail(); }
function activeUser() { return Session.getActiveUser().getEmail(); }
function locale() { return Session.getActiveUserLocale(); }
function title() { return SpreadsheetApp.getActive().getSheets()[0].getName(); }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function note() { return DocumentApp.create('Справка').getUrl(); }
function props() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); LockService.getScriptLock(); return Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); }
function WHO() { return Session.getEffectiveUser().getEmail(); }
function WRITES() { SpreadsheetApp.getActive().getRange('A1').setValue('x'); return 1; }
`;

/** The add-on's manifest before this rule: no userinfo.email. */
const WITHOUT_EMAIL = [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi, SCOPE.documents];

function load(options: Partial<SandboxOptions> = {}) {
  return loadBundle(CODE, { workbook: sampleWorkbook(), ...options });
}

function failure(action: () => unknown): string {
  try {
    action();
  } catch (err) {
    expect(err).toBeInstanceOf(ScriptRunError);
    return (err as Error).message;
  }
  throw new Error('expected the call to fail');
}

describe('oauthScopes of the manifest', () => {
  it("a call outside them throws Apps Script's own message, naming the method and the scope it needs", () => {
    const s = load({ oauthScopes: WITHOUT_EMAIL });
    expect(failure(() => s.run('who'))).toBe(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(failure(() => s.run('activeUser'))).toBe(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    // what needs no scope still works
    expect(s.run('locale')).toBe('ru');
    expect(s.run('title')).toBe('План');
    expect(s.run('props')).toBe('1970');
    expect(load({ oauthScopes: [...WITHOUT_EMAIL, SCOPE.userinfoEmail] }).run('who')).toBe('coordinator@example.com');
  });

  it('a method that accepts either of two scopes lists both', () => {
    const s = load({ oauthScopes: [SCOPE.containerUi] });
    expect(failure(() => s.run('title'))).toBe(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(load({ oauthScopes: [SCOPE.spreadsheets] }).run('title')).toBe('План');
    // the menu needs no scope (onOpen builds it in every auth mode); the sidebar needs script.container.ui
    expect(() => load({ oauthScopes: [SCOPE.spreadsheetsCurrentOnly] }).trigger('onOpen')).not.toThrow();
    expect(failure(() => load({ oauthScopes: [SCOPE.spreadsheetsCurrentOnly] }).run('sidebar'))).toMatch(
      /^You do not have permission to call Ui\.showSidebar\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.container\.ui$/,
    );
    expect(failure(() => load({ oauthScopes: [SCOPE.spreadsheetsCurrentOnly] }).run('note'))).toMatch(
      /DocumentApp\.create\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/documents$/,
    );
  });

  it("the user's grant narrows the manifest, never widens it", () => {
    const all = [...WITHOUT_EMAIL, SCOPE.userinfoEmail];
    expect(failure(() => load({ oauthScopes: all, grantedScopes: [SCOPE.spreadsheetsCurrentOnly] }).run('who'))).toMatch(
      /Session\.getEffectiveUser/,
    );
    expect(failure(() => load({ oauthScopes: WITHOUT_EMAIL, grantedScopes: [SCOPE.userinfoEmail] }).run('who'))).toMatch(
      /Session\.getEffectiveUser/,
    );
    expect(load({ oauthScopes: all, grantedScopes: [SCOPE.userinfoEmail] }).run('who')).toBe('coordinator@example.com');
  });

  it('without explicit scopes Google detects them: nothing is refused', () => {
    const s = load();
    expect(s.run('who')).toBe('coordinator@example.com');
    expect(s.run('note')).toMatch(/^https:\/\/docs\.google\.com\//);
  });

  it('custom functions and AuthMode.NONE keep their stricter rules whatever the manifest grants', () => {
    const s = load({ oauthScopes: [...WITHOUT_EMAIL, SCOPE.userinfoEmail] });
    expect(s.customFunction('WRITES')).toEqual({ error: 'You do not have permission to call setValue' });
    const none = loadBundle('function onOpen(e) { SpreadsheetApp.getActiveSpreadsheet(); }', {
      workbook: sampleWorkbook(),
      oauthScopes: [SCOPE.spreadsheets],
    });
    expect(failure(() => none.trigger('onOpen', { authMode: 'NONE' }))).toMatch(/AuthMode\.NONE/);
    // and a custom function is refused a scope the manifest lacks
    expect(load({ oauthScopes: WITHOUT_EMAIL }).customFunction('WHO')).toEqual({
      error:
        'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    });
  });
});

describe('createSession reads appsscript.json', () => {
  it('beside the bundle (as dist/ holds them), or from the path given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaster-manifest-'));
    writeFileSync(join(dir, 'Code.js'), CODE);
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Moscow', oauthScopes: WITHOUT_EMAIL }));
    const beside = await createSession({ codeFile: join(dir, 'Code.js') });
    expect(failure(() => beside.run('who'))).toMatch(/Required permissions: https:\/\/www\.googleapis\.com\/auth\/userinfo\.email$/);
    const inHtmlDir = await createSession({ code: CODE, htmlDir: dir });
    expect(failure(() => inHtmlDir.run('who'))).toMatch(/Session\.getEffectiveUser/);
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ oauthScopes: [...WITHOUT_EMAIL, SCOPE.userinfoEmail] }));
    expect((await createSession({ codeFile: join(dir, 'Code.js'), manifest: other })).run('who')).toBe('coordinator@example.com');
    expect((await createSession({ codeFile: join(dir, 'Code.js'), manifest: false })).run('who')).toBe('coordinator@example.com');
  });
});
