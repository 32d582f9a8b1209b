/** SpreadsheetApp: the entry to the active spreadsheet, its UI and the rule builders. */
import { DataValidationBuilderImpl } from './data-validation';
import { BorderStyle, DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, ProtectionType } from './enums';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import type { UiImpl } from './ui';

export class SpreadsheetAppImpl {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(
    private readonly spreadsheet: SpreadsheetImpl,
    private readonly ui: UiImpl,
  ) {}

  getActive(): SpreadsheetImpl {
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return this.spreadsheet;
  }
  getActiveSheet(): SheetImpl {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    return this.spreadsheet.getActiveRange();
  }
  getUi(): UiImpl {
    return this.ui;
  }
  /** Writes are immediate in the emulator; the call is only counted. */
  flush(): void {}
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.spreadsheet);
  }
}
