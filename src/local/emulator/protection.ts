/** Protection of a range or of a whole sheet. Nothing is enforced: the model only keeps the settings. */
import { boxToA1 } from './a1';
import { ProtectionType } from './enums';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { UserImpl } from './user';
import type { ProtectionEntry } from './workbook';

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
    return this.entry.editors.map((email) => new UserImpl(email));
  }
  addEditor(user: string | UserImpl): ProtectionImpl {
    return this.addEditors([user]);
  }
  addEditors(users: (string | UserImpl)[]): ProtectionImpl {
    for (const email of users.map(emailOf)) if (!this.entry.editors.includes(email)) this.entry.editors.push(email);
    return this;
  }
  removeEditor(user: string | UserImpl): ProtectionImpl {
    return this.removeEditors([user]);
  }
  removeEditors(users: (string | UserImpl)[]): ProtectionImpl {
    const gone = new Set(users.map(emailOf));
    this.entry.editors = this.entry.editors.filter((e) => !gone.has(e));
    return this;
  }
  canEdit(): boolean {
    return this.entry.editors.includes(this.sheet.spreadsheet.userEmail);
  }
  getRange(): RangeImpl {
    return this.entry.range === undefined ? this.sheet.wholeSheetRange() : this.sheet.getRange(this.entry.range);
  }
  setUnprotectedRanges(ranges: RangeImpl[]): ProtectionImpl {
    if (this.entry.range !== undefined) throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.entry.unprotectedRanges = ranges.map((r) => boxToA1(r.box));
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this.entry.unprotectedRanges.map((a1) => this.sheet.getRange(a1));
  }
  remove(): void {
    this.sheet.model.protections = this.sheet.model.protections.filter((p) => p !== this.entry);
  }
}

function emailOf(user: string | UserImpl): string {
  return typeof user === 'string' ? user : user.getEmail();
}
