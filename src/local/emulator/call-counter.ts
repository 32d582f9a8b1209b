/** Counts service calls by `Class.method`, the way tests and the bench measure I/O. */
import { isWriteCall } from './faults';

/** Classes whose calls are Sheets round trips (what `total()` sums). */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DataValidationBuilder',
  'DataValidation',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
]);

export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Records one call of `className.method`. */
  record(className: string, method: string): void {
    const key = `${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls of one method, e.g. `get('Range.getValues')`; 0 when never called. */
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** All calls to spreadsheet services (SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, …). */
  total(): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (SPREADSHEET_CLASSES.has(key.split('.')[0] ?? '')) sum += n;
    return sum;
  }

  /** Calls that change the spreadsheet (`Range.setValues`, `Sheet.insertRowsAfter`, …; see faults.ts). */
  writes(): number {
    let sum = 0;
    for (const [key, n] of this.counts) {
      const [className = '', method = ''] = key.split('.');
      if (isWriteCall(className, method)) sum += n;
    }
    return sum;
  }

  /** Every counted call (all services), sorted by key. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/** True for the classes whose calls count towards `CallCounter.total()`. */
export function isSpreadsheetClass(className: string): boolean {
  return SPREADSHEET_CLASSES.has(className);
}
