/** SpreadsheetApp.newDataValidation(): a builder and the built rule (lists and ranges only). */
import { DataValidationCriteria } from './enums';
import { SERVICE } from './instrument';
import { boxToA1, quoteSheetName } from './a1';
import type { RangeImpl } from './range';
import type { SpreadsheetImpl } from './spreadsheet';
import type { ValidationRule } from './workbook';

export class DataValidationImpl {
  readonly [SERVICE] = 'DataValidation';

  constructor(
    readonly rule: ValidationRule,
    private readonly spreadsheet: SpreadsheetImpl,
  ) {}

  getCriteriaType(): string {
    return this.rule.kind === 'list' ? DataValidationCriteria.VALUE_IN_LIST : DataValidationCriteria.VALUE_IN_RANGE;
  }

  /** [values, showDropdown] for a list; [Range, showDropdown] for a range. */
  getCriteriaValues(): unknown[] {
    if (this.rule.kind === 'list') return [[...this.rule.values], this.rule.showDropdown];
    return [this.spreadsheet.getRange(this.rule.range), this.rule.showDropdown];
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText ?? null;
  }

  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.spreadsheet, structuredClone(this.rule));
  }
}

export class DataValidationBuilderImpl {
  readonly [SERVICE] = 'DataValidationBuilder';
  private rule: ValidationRule | undefined;
  private allowInvalid = true;
  private helpText: string | undefined;

  constructor(
    private readonly spreadsheet: SpreadsheetImpl,
    from?: ValidationRule,
  ) {
    if (from) {
      this.rule = from;
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) throw new Error('requireValueInList expects an array of values.');
    this.rule = { kind: 'list', values: values.map(String), showDropdown, allowInvalid: true };
    return this;
  }

  requireValueInRange(range: RangeImpl, showDropdown = true): this {
    this.rule = { kind: 'range', range: qualifiedA1(range), showDropdown, allowInvalid: true };
    return this;
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }

  build(): DataValidationImpl {
    if (!this.rule) throw new Error('You must specify a criteria before building a data validation rule.');
    const { helpText: _old, ...rule } = this.rule;
    return new DataValidationImpl(
      { ...rule, allowInvalid: this.allowInvalid, ...(this.helpText ? { helpText: this.helpText } : {}) },
      this.spreadsheet,
    );
  }
}

/** `'Лист 1'!A1:B2`: the range with its sheet name (here, not in range.ts, which imports this file). */
function qualifiedA1(range: RangeImpl): string {
  return `${quoteSheetName(range.sheet.model.name)}!${boxToA1(range.box)}`;
}
