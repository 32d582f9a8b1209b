/** Utilities: formatDate, parseDate, formatString, getUuid, sleep (a no-op). */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { formatDate, parseDate } from './format-date';
import { SERVICE } from './instrument';

export class UtilitiesImpl {
  readonly [SERVICE] = 'Utilities';

  constructor(private readonly scriptTimeZone: string) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, String(timeZone), String(format), this.scriptTimeZone);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(String(date), String(timeZone), String(format), this.scriptTimeZone);
  }
  formatString(template: string, ...args: unknown[]): string {
    return format(String(template), ...args);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Does not wait: emulated executions never need to. */
  sleep(_milliseconds: number): void {}
}
