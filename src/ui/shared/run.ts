/**
 * google.script.run as a typed promise. Every server endpoint replies `{ ok, data }` or `{ ok: false, error }`;
 * the promise resolves with data or rejects with the user's message. The endpoint's name, payload and reply
 * are checked by tsc against the server's exports (src/server/api.ts). Dates never cross: ISO strings do.
 */
import type { DataOf, EndpointName, PayloadOf, Reply } from '../../server/api';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } };

export class ServerError extends Error {}

export function call<K extends EndpointName>(name: K, ...args: PayloadOf<K>): Promise<DataOf<K>> {
  return new Promise<DataOf<K>>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const reply = value as Reply<DataOf<K>> | null;
        if (reply && typeof reply === 'object' && 'ok' in reply) {
          if (reply.ok) resolve(reply.data);
          else reject(new ServerError(reply.error));
        } else {
          reject(new ServerError(`Неожиданный ответ сервера на ${name}`));
        }
      })
      .withFailureHandler((error) => reject(new ServerError(error?.message || String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(`Функция ${name} недоступна`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
