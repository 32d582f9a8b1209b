/**
 * Validation and protection: dropdown lists in one call, sheets and ranges only some editors may change, sheets
 * that warn before an edit. Every change is recorded in the action's journal.
 */
import { parseRangeA1 } from '../../core/table/a1';
import { texts } from '../runtime';
import { covered, recordChange, recordProtection } from './journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

export interface ListValidation {
  /** A1 range on the sheet. */
  range: string;
  list: string[];
  /** false: a value outside the list is refused; true: only a warning. */
  allowInvalid: boolean;
}

/**
 * List validations in one call: one setDataValidations over the box that holds every range, with null
 * (no rule) in the cells no range covers. One rule object per distinct list.
 */
export function setListValidations(sheet: Sheet, validations: readonly ListValidation[]): void {
  const boxes = validations.flatMap((v) => {
    const ref = parseRangeA1(v.range);
    return ref ? [{ ref, v }] : [];
  });
  if (!boxes.length) return;
  const top = Math.min(...boxes.map((b) => b.ref.start.row));
  const left = Math.min(...boxes.map((b) => b.ref.start.col));
  const bottom = Math.max(...boxes.map((b) => b.ref.end.row));
  const right = Math.max(...boxes.map((b) => b.ref.end.col));
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(right - left + 1).fill(null),
  );
  const box = sheet.getRange(top + 1, left + 1, rules.length, rules[0]!.length);
  if (!covered(sheet, left + 1, right + 1)) {
    const old = box.getDataValidations();
    recordChange({
      sheet,
      said: () => texts().changes.cells(sheet.getName(), box.getA1Notation()),
      undo: () => box.setDataValidations(old),
    });
  }
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const { ref, v } of boxes) {
    const id = JSON.stringify([v.list, v.allowInvalid]);
    let rule = built.get(id);
    if (!rule) {
      rule = SpreadsheetApp.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(v.allowInvalid).build();
      built.set(id, rule);
    }
    for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.col; c <= ref.end.col; c++) rules[r - top]![c - left] = rule;
  }
  box.setDataValidations(rules);
}

/**
 * Leaves `editors` on a protection — with the owner and the user running the script, whom Sheets never removes —
 * in the order of Google's own sample (developers.google.com/apps-script/reference/spreadsheet/protection):
 * 1. the running user added first: otherwise, when their edit right comes through a Google Group, removing the
 *    group throws ("Ensure the current user is an editor before removing others");
 * 2. everyone else removed: a new protection mirrors the file's sharing, so until its editors change it
 *    protects nothing;
 * 3. domain-wide editing turned off where it is on (a Workspace file shared with the domain).
 * `me` is Session.getEffectiveUser(), or null when it is unavailable (the userinfo.email scope not granted):
 * the protection is then restricted all the same (Sheets keeps the running user), but removing a group the
 * running user edits through throws — the caller turns that into a message. Unverified in Google: whether
 * removeEditors([]) alone ends the mirroring when `me` is null and the file has no editor besides its owner
 * (link sharing never shows in getEditors()); with `me` the addEditor call always does.
 */
function restrictEditors(p: Protection, editors: readonly string[], me: User | null): void {
  if (me) p.addEditor(me);
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  if (editors.length) p.addEditors([...editors]);
}

/**
 * Protects a whole sheet except `unprotected` (A1 ranges): only `editors` (and `me`, the owner) may edit the rest.
 * Sheet.protect() returns the sheet's existing protection, so running it again updates it instead of stacking another.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  editors: readonly string[],
  unprotected: readonly string[],
  me: User | null,
): void {
  const p = sheet.protect();
  recordProtection(sheet);
  p.setDescription(description);
  restrictEditors(p, editors, me);
  p.setUnprotectedRanges(unprotected.map((a1) => sheet.getRange(a1)));
}

/**
 * Protects ranges so that only `editors` (and `me`, the owner) may edit them, replacing the range protections with
 * the same description made earlier (Range.protect() always adds one; the strictest protection on a cell wins).
 */
export function protectRanges(
  sheet: Sheet,
  ranges: readonly string[],
  description: string,
  editors: readonly string[],
  me: User | null,
): void {
  recordProtection(sheet);
  for (const old of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (old.getDescription() === description) old.remove();
  for (const a1 of ranges) restrictEditors(sheet.getRange(a1).protect().setDescription(description), editors, me);
}

/** A sheet protected with a warning only: anyone may edit after Sheets asks «are you sure?». */
export function warnOnEdit(sheet: Sheet, description: string): void {
  recordProtection(sheet);
  sheet.protect().setDescription(description).setWarningOnly(true);
}
