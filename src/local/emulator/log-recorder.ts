/** Logger and console: what the script logged, kept in memory (Apps Script sends it to Cloud Logging). */
import { format } from 'node:util';
import { SERVICE } from './instrument';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export class LoggerImpl {
  readonly [SERVICE] = 'Logger';

  constructor(private readonly entries: LogEntry[]) {}

  log(data: unknown, ...values: unknown[]): LoggerImpl {
    this.entries.push({ level: 'log', message: format(data, ...values) });
    return this;
  }
  getLog(): string {
    return this.entries.map((e) => e.message).join('\n');
  }
  clear(): void {
    this.entries.length = 0;
  }
}

/** A console whose output lands in `entries` (and optionally also in the host console). */
export function recordingConsole(entries: LogEntry[], echo: boolean): Record<LogEntry['level'], (...args: unknown[]) => void> {
  const write =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      const message = format(...args);
      entries.push({ level, message });
      if (echo) console[level](`[script] ${message}`);
    };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
}
