/** The spreadsheet the add-on runs in: its own module, so sheets-io and dates-io both use it without importing each other. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let active: Spreadsheet | undefined;

/** The spreadsheet the add-on runs in, asked for once per execution (module state does not outlive one). */
export function activeSpreadsheet(): Spreadsheet {
  active ??= SpreadsheetApp.getActive();
  return active;
}
