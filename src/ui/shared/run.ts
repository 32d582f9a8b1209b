/**
 * google.script.run as a promise. Every server endpoint replies `{ ok, data }` or `{ ok: false, error }`;
 * the promise resolves with data or rejects with the user's message. Dates never cross: ISO strings do.
 */
type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } };

export class ServerError extends Error {}

export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const reply = value as Reply<T> | null;
        if (reply && typeof reply === 'object' && 'ok' in reply) {
          if (reply.ok) resolve(reply.data);
          else reject(new ServerError(reply.error));
        } else {
          resolve(value as T);
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
