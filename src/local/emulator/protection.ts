/**
 * Protection of a range or of a whole sheet, as Sheets behaves (SHEETS-FACTS §1; sources:
 * developers.google.com/apps-script/reference/spreadsheet/protection, …/sheet#protect(), …/range#protect()):
 * - a new protection mirrors the file's sharing — it protects nothing — until the script changes its editors or
 *   its domain setting (Sheet.protect: "the permissions mirror those of the spreadsheet itself"); its getEditors()
 *   then lists the file's editors without the owner (issuetracker.google.com/issues/442636162, gas-fakes'
 *   notes/oddities.md); the first change starts from that list;
 * - "Neither the owner of the spreadsheet nor the current user can be removed": removeEditor(s) silently keeps them;
 * - a user whose right comes from a Google Group keeps it after removeEditor, and removing the group through
 *   which the running user edits throws (the reference's own sample: "if the user's edit permission comes from a
 *   group, the script throws an exception upon removing the group"; the message is not published — ours is made up);
 * - setDomainEdit throws for a file owned by a gmail.com account (no domain); message unpublished, ours made up;
 * - getEditors, canDomainEdit and the editor changes throw for a user who may not edit the protection (message
 *   unpublished, ours made up); the owner can always edit;
 * - warning-only protections let everyone edit after a prompt: their editor list does not apply;
 * - setUnprotectedRanges throws on a range protection or for a range of another sheet; [] protects the whole sheet
 *   again (messages unpublished, ours made up).
 * Writes into protected cells are not refused: the emulator runs as one user (see `protectionAllows` for who may edit).
 */
import { boxToA1 } from './a1';
import { ProtectionType } from './enums';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { UserImpl } from './user';
import type { ProtectionEntry } from './workbook';

/** Who the spreadsheet file is shared with (Drive sharing), which a new protection mirrors. */
export interface FileSharing {
  /** The file's owner (default: the user running the script). */
  owner: string;
  /** People and Google Groups the file is shared with as editors (the owner not included). */
  editors: string[];
  /** Google Groups by address: their members (a group among the editors lets each member edit). */
  groups: Record<string, string[]>;
  /** Everyone in the owner's Google Workspace domain may edit the file. */
  domainEdit: boolean;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
const isConsumer = (email: string) => ['gmail.com', 'googlemail.com'].includes(domainOf(email));
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether `editors` (people and groups) include `email`, directly or through a group. */
function listed(editors: readonly string[], sharing: FileSharing, email: string): boolean {
  return editors.some((e) => same(e, email) || (sharing.groups[e.toLowerCase()] ?? []).some((m) => same(m, email)));
}

/** Whether `email` may edit the spreadsheet file at all. */
export function fileAllows(sharing: FileSharing, email: string): boolean {
  if (same(email, sharing.owner)) return true;
  if (listed(sharing.editors, sharing, email)) return true;
  return sharing.domainEdit && !isConsumer(sharing.owner) && domainOf(email) === domainOf(sharing.owner);
}

/** Whether `email` may edit what `entry` protects (a host-side check for tests; Sheets enforces it on every edit). */
export function protectionAllows(entry: ProtectionEntry, sharing: FileSharing, email: string): boolean {
  if (!fileAllows(sharing, email)) return false;
  if (same(email, sharing.owner) || entry.warningOnly || entry.mirrorsSharing) return true;
  if (listed(entry.editors, sharing, email)) return true;
  return entry.domainEdit === true && !isConsumer(sharing.owner) && domainOf(email) === domainOf(sharing.owner);
}

export class ProtectionImpl {
  readonly [SERVICE] = 'Protection';

  constructor(
    readonly sheet: SheetImpl,
    readonly entry: ProtectionEntry,
  ) {}

  getProtectionType(): string {
    return this.entry.range === undefined ? ProtectionType.SHEET : ProtectionType.RANGE;
  }
  getDescription(): string {
    return this.entry.description;
  }
  setDescription(description: string): ProtectionImpl {
    this.entry.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.entry.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.entry.warningOnly = warningOnly;
    return this;
  }
  getEditors(): UserImpl[] {
    this.mayEdit();
    const editors = this.entry.mirrorsSharing ? this.sharing.editors : this.entry.editors;
    return editors.map((email) => new UserImpl(email));
  }
  addEditor(user: string | UserImpl): ProtectionImpl {
    return this.addEditors([user]);
  }
  addEditors(users: (string | UserImpl)[]): ProtectionImpl {
    this.change();
    for (const email of users.map(emailOf)) if (!this.entry.editors.some((e) => same(e, email))) this.entry.editors.push(email);
    return this;
  }
  removeEditor(user: string | UserImpl): ProtectionImpl {
    return this.removeEditors([user]);
  }
  /** The owner and the running user stay (silently); removing the group the running user edits through throws. */
  removeEditors(users: (string | UserImpl)[]): ProtectionImpl {
    this.change();
    const me = this.me;
    const gone = new Set(users.map((u) => emailOf(u).toLowerCase()));
    gone.delete(this.sharing.owner.toLowerCase());
    gone.delete(me.toLowerCase());
    const kept = this.entry.editors.filter((e) => !gone.has(e.toLowerCase()));
    if (protectionAllows(this.entry, this.sharing, me) && !protectionAllows({ ...this.entry, editors: kept }, this.sharing, me)) {
      throw new Error(
        'You cannot remove the group through which you have edit access to this protected range. Add yourself as an editor first.',
      );
    }
    this.entry.editors = kept;
    return this;
  }
  canDomainEdit(): boolean {
    this.mayEdit();
    return this.entry.mirrorsSharing ? this.sharing.domainEdit : this.entry.domainEdit === true;
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    if (isConsumer(this.sharing.owner)) {
      throw new Error('Domain edit can only be set on a spreadsheet owned by a Google Workspace domain.');
    }
    this.change();
    this.entry.domainEdit = editable === true;
    return this;
  }
  canEdit(): boolean {
    return protectionAllows(this.entry, this.sharing, this.me);
  }
  getRange(): RangeImpl {
    return this.entry.range === undefined ? this.sheet.wholeSheetRange() : this.sheet.getRange(this.entry.range);
  }
  setUnprotectedRanges(ranges: RangeImpl[]): ProtectionImpl {
    if (this.entry.range !== undefined) throw new Error('Unprotected ranges can only be set on a sheet protection.');
    if (ranges.some((r) => r.sheet.model !== this.sheet.model)) throw new Error('Unprotected ranges must be on the protected sheet.');
    this.entry.unprotectedRanges = ranges.map((r) => boxToA1(r.box));
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this.entry.unprotectedRanges.map((a1) => this.sheet.getRange(a1));
  }
  remove(): void {
    this.sheet.model.protections = this.sheet.model.protections.filter((p) => p !== this.entry);
  }

  // ---- helpers (arrow properties and getters: hidden from scripts, not counted) ----
  private get sharing(): FileSharing {
    return this.sheet.spreadsheet.sharing;
  }
  private get me(): string {
    return this.sheet.spreadsheet.userEmail;
  }
  /** Reading or changing the editors is refused to a user who may not edit the protection. */
  private readonly mayEdit = (): void => {
    if (!this.canEdit()) throw new Error("You do not have permission to edit this protection's editors.");
  };
  /** The first change ends the mirroring: the list starts from the file's editors and its domain setting. */
  private readonly change = (): void => {
    this.mayEdit();
    if (!this.entry.mirrorsSharing) return;
    this.entry.editors = [...this.sharing.editors];
    this.entry.domainEdit = this.sharing.domainEdit;
    this.entry.mirrorsSharing = false;
  };
}

function emailOf(user: string | UserImpl): string {
  return typeof user === 'string' ? user : user.getEmail();
}
