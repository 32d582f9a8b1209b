/** Protections as Sheets behaves: a new one mirrors the file's sharing; the owner and the running user stay; groups and the domain. */
import { describe, expect, it } from 'vitest';
import { createEnvironment, protectionAllows, type EnvironmentOptions } from '../../../src/local/emulator';
import { sampleWorkbook } from './fixtures';

const OWNER = 'director@school.ru';
const ME = 'coordinator@school.ru';
const TEACHER = 'teacher@school.ru';
const GROUP = 'teachers@school.ru';
const COLLEAGUE = 'colleague@school.ru';

/** The file: owned by the director, shared with the coordinator (who runs the script), a teacher and a group. */
function env(options: Partial<EnvironmentOptions> = {}) {
  return createEnvironment({
    workbook: sampleWorkbook(),
    userEmail: ME,
    sharing: { owner: OWNER, editors: [ME, TEACHER, GROUP], groups: { [GROUP]: ['member@school.ru'] }, domainEdit: true },
    ...options,
  });
}

const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail());

describe('Protection', () => {
  it("a new protection mirrors the file's sharing — it protects nothing — until its editors change", () => {
    const e = env();
    const p = e.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    // getEditors lists the file's editors, without the owner (issuetracker 442636162)
    expect(emails(p.getEditors())).toEqual([ME, TEACHER, GROUP]);
    expect(p.canDomainEdit()).toBe(true);
    const entry = e.workbook.sheet('План')!.protections[0]!;
    for (const who of [OWNER, ME, TEACHER, 'member@school.ru', COLLEAGUE])
      expect([who, protectionAllows(entry, e.sharing, who)]).toEqual([who, true]);
    expect(protectionAllows(entry, e.sharing, 'stranger@other.ru')).toBe(false); // not shared at all
    // the first change starts from that list
    p.addEditor('new@school.ru');
    expect(emails(p.getEditors())).toEqual([ME, TEACHER, GROUP, 'new@school.ru']);
  });

  it('the owner and the running user cannot be removed: Sheets keeps them silently', () => {
    const e = env();
    const p = e.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    p.removeEditors([OWNER, ME, TEACHER, GROUP]);
    expect(emails(p.getEditors())).toEqual([ME]);
    p.removeEditor(ME);
    expect(emails(p.getEditors())).toEqual([ME]);
    p.setDomainEdit(false);
    const entry = e.workbook.sheet('План')!.protections[0]!;
    expect([OWNER, ME, TEACHER, 'member@school.ru'].map((who) => protectionAllows(entry, e.sharing, who))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(p.canEdit()).toBe(true);
  });

  it("removing the group the running user edits through throws; Google's order (add me, remove the others, domain off) does not", () => {
    const viaGroup = { owner: OWNER, editors: [TEACHER, GROUP], groups: { [GROUP]: [ME] }, domainEdit: false };
    const naive = env({ sharing: viaGroup }).globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    expect(() => naive.removeEditors(naive.getEditors())).toThrow(/group/);

    const e = env({ sharing: viaGroup });
    const { SpreadsheetApp, Session } = e.globals;
    const p = SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    p.addEditor(Session.getEffectiveUser());
    p.removeEditors(p.getEditors());
    if (p.canDomainEdit()) p.setDomainEdit(false);
    expect(emails(p.getEditors())).toEqual([ME]);
    const entry = e.workbook.sheet('План')!.protections[0]!;
    expect([ME, TEACHER].map((who) => protectionAllows(entry, e.sharing, who))).toEqual([true, false]);
  });

  it("a user removed keeps editing through a group or the domain; setDomainEdit(false) ends the domain's right", () => {
    const e = env({ sharing: { owner: OWNER, editors: [ME, GROUP], groups: { [GROUP]: [TEACHER] }, domainEdit: true } });
    const p = e.globals.SpreadsheetApp.getActive().getSheetByName('План')!.getRange('A1:B2').protect();
    p.removeEditor(TEACHER);
    const entry = e.workbook.sheet('План')!.protections[0]!;
    expect(protectionAllows(entry, e.sharing, TEACHER)).toBe(true); // still in the group
    p.removeEditor(GROUP);
    expect(protectionAllows(entry, e.sharing, TEACHER)).toBe(true); // the domain may still edit
    expect(p.canDomainEdit()).toBe(true);
    p.setDomainEdit(false);
    expect([TEACHER, COLLEAGUE].map((who) => protectionAllows(entry, e.sharing, who))).toEqual([false, false]);
  });

  it('setDomainEdit throws for a file owned by a gmail.com account; warning-only protections let everyone edit', () => {
    const e = env({
      userEmail: 'coordinator@gmail.com',
      sharing: { owner: 'coordinator@gmail.com', editors: [TEACHER], groups: {}, domainEdit: false },
    });
    const p = e.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    expect(p.canDomainEdit()).toBe(false);
    expect(() => p.setDomainEdit(false)).toThrow(/Google Workspace domain/);
    p.removeEditors(p.getEditors());
    const entry = e.workbook.sheet('План')!.protections[0]!;
    expect(protectionAllows(entry, e.sharing, TEACHER)).toBe(false);
    p.setWarningOnly(true);
    expect(protectionAllows(entry, e.sharing, TEACHER)).toBe(true);
  });

  it('a user who may not edit a protection can neither read nor change its editors', () => {
    const e = env();
    const p = e.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    p.removeEditors(p.getEditors());
    p.setDomainEdit(false);
    const teacher = createEnvironment({ workbook: e.workbook, userEmail: TEACHER, sharing: e.sharing });
    const same = teacher.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    expect(same.canEdit()).toBe(false);
    expect(() => same.getEditors()).toThrow(/permission/);
    expect(() => same.canDomainEdit()).toThrow(/permission/);
    expect(() => same.addEditor(TEACHER)).toThrow(/permission/);
    // the owner always can
    const owner = createEnvironment({ workbook: e.workbook, userEmail: OWNER, sharing: e.sharing });
    expect(emails(owner.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect().getEditors())).toEqual([ME]);
  });
});
