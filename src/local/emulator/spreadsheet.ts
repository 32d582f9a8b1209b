/** Spreadsheet: the active workbook as Apps Script sees it. */
import { boxToA1 } from './a1';
import { DeveloperMetadataFinderImpl, metadataOf, type DeveloperMetadataImpl, type MetadataHome } from './developer-metadata';
import type { Locale } from './display-values';
import type { FormulaEngine } from './formulas';
import { SERVICE } from './instrument';
import type { FileSharing, ProtectionImpl } from './protection';
import type { InputContext } from './typed-input';
import { parseRangeText, type RangeImpl } from './range';
import { SheetImpl } from './sheet';
import type { UiRecorder } from './ui-recorder';
import { newEntryId, type SheetModel, type Workbook } from './workbook';
import type { DateBridge } from './zones';

export interface SpreadsheetSettings {
  userEmail: string;
  /** Who the file is shared with (a new protection mirrors it). */
  sharing: FileSharing;
  /** Spreadsheet locale, e.g. 'ru_RU'. */
  spreadsheetLocale: string;
  /** The spreadsheet's time zone and the conversion of date cells for the script. */
  dates: DateBridge;
  recorder: UiRecorder;
  /** The session clock (dates typed without a year take its year). Default: the real clock. */
  now?: () => Date;
  /** Computes formula cells (formulas.ts). */
  formulas: FormulaEngine;
}

export class SpreadsheetImpl {
  readonly [SERVICE] = 'Spreadsheet';
  private readonly sheetObjects = new WeakMap<SheetModel, SheetImpl>();
  private activeSheetModel: SheetModel | undefined;
  private activeA1 = 'A1';

  constructor(
    readonly workbook: Workbook,
    readonly settings: SpreadsheetSettings,
  ) {}

  getName(): string {
    return this.workbook.name;
  }
  rename(name: string): void {
    this.workbook.name = String(name);
  }
  getId(): string {
    return this.workbook.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.settings.dates.spreadsheetTimeZone;
  }
  getSpreadsheetLocale(): string {
    return this.settings.spreadsheetLocale;
  }

  // ---- sheets ----
  getSheets(): SheetImpl[] {
    return this.workbook.sheets.map(this.sheetFor);
  }
  getNumSheets(): number {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const model = this.workbook.sheet(String(name));
    return model ? this.sheetFor(model) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const model = this.workbook.sheets.find((s) => s.id === id);
    return model ? this.sheetFor(model) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). New sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetImpl {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (this.workbook.sheet(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this.sheetFor(this.workbook.addSheet(name, at));
    this.setActiveSheet(sheet);
    return sheet;
  }
  deleteSheet(sheet: SheetImpl): void {
    const i = this.workbook.sheets.indexOf(sheet.model);
    if (i < 0) throw new Error('Sheet not found');
    if (this.workbook.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.workbook.sheets.splice(i, 1);
    if (this.activeSheetModel === sheet.model) this.activeSheetModel = undefined;
  }
  getActiveSheet(): SheetImpl {
    const model =
      this.activeSheetModel && this.workbook.sheets.includes(this.activeSheetModel)
        ? this.activeSheetModel
        : (this.workbook.sheets.find((s) => !s.hidden) ?? this.workbook.sheets[0]);
    if (!model) throw new Error('The spreadsheet has no sheets.');
    return this.sheetFor(model);
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    this.activeSheetModel = sheet.model;
    this.activeA1 = 'A1';
    return sheet;
  }
  getActiveRange(): RangeImpl {
    return this.getActiveSheet().getRange(this.activeA1);
  }
  setActiveRange(range: RangeImpl): RangeImpl {
    this.activeSheetModel = range.sheet.model;
    this.activeA1 = boxToA1(range.box);
    return range;
  }
  /** getRange("'Лист 1'!A1:B2"); without a sheet name, on the active sheet. */
  getRange(a1: string): RangeImpl {
    const ref = parseRangeText(a1);
    if (ref.sheetName === undefined) return this.getActiveSheet().rangeAt(ref.box);
    const model = this.workbook.sheet(ref.sheetName);
    if (!model) throw new Error('Range not found');
    return this.sheetFor(model).rangeAt(ref.box);
  }
  getProtections(type: string): ProtectionImpl[] {
    return this.getSheets().flatMap((s) => s.getProtections(type));
  }

  // ---- messages and metadata ----
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.settings.recorder.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  addDeveloperMetadata(key: string, value?: string): SpreadsheetImpl {
    this.workbook.metadata.push({ id: newEntryId(), key: String(key), value: value === undefined ? null : String(value) });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataOf(this.metadataHome);
  }
  /** Searches the spreadsheet's metadata and every sheet's. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(() => [
      ...metadataOf(this.metadataHome),
      ...this.getSheets().flatMap((s) => s.getDeveloperMetadata()),
    ]);
  }

  // ---- helpers (own properties: hidden from scripts, not counted) ----
  get userEmail(): string {
    return this.settings.userEmail;
  }

  get sharing(): FileSharing {
    return this.settings.sharing;
  }

  get dates(): DateBridge {
    return this.settings.dates;
  }

  get formulas(): FormulaEngine {
    return this.settings.formulas;
  }

  get locale(): Locale {
    return this.settings.spreadsheetLocale.startsWith('en') ? 'en' : 'ru';
  }

  /** How strings written into cells are read (the spreadsheet locale and the session clock). */
  get input(): InputContext {
    return { locale: this.locale, now: this.settings.now ?? (() => new Date()) };
  }

  readonly sheetFor = (model: SheetModel): SheetImpl => {
    let sheet = this.sheetObjects.get(model);
    if (!sheet) {
      sheet = new SheetImpl(this, model);
      this.sheetObjects.set(model, sheet);
    }
    return sheet;
  };

  private readonly freeSheetName = (): string => {
    const base = this.locale === 'ru' ? 'Лист' : 'Sheet';
    let n = this.workbook.sheets.length + 1;
    while (this.workbook.sheet(`${base}${n}`)) n++;
    return `${base}${n}`;
  };

  private readonly metadataHome: MetadataHome = { list: () => this.workbook.metadata, locationType: 'SPREADSHEET' };
}
