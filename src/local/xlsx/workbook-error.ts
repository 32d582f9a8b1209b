/** A problem with a workbook file, with a message meant for the user (Russian). */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
}
