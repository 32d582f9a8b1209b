/**
 * What every server entry point shares: the user's language, errors meant for the user,
 * and the wrapper that turns any failure into a Russian message instead of a stack trace.
 */
import * as z from 'zod/mini';
import zodRu from 'zod/v4/locales/ru.js';
import { langFromLocale, messages, type Lang, type Messages } from '../core/i18n';
import { PartlyDone, undoable } from './undo';

z.config(zodRu());

/** An error whose message is written for the user (Russian or English already). */
export class UserError extends Error {
  override name = 'UserError';
}

/** What a sidebar call returns: data, or a message for the user. Never a stack trace. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** The user's interface language (Session locale; Russian unless it is English). */
export function currentLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'ru';
  }
}

export function texts(): Messages {
  return messages(currentLang());
}

/** Runs `action`; a UserError becomes its message, anything else a generic message (details go to the log). */
export function guard<T>(action: () => T): Reply<T> {
  try {
    return { ok: true, data: action() };
  } catch (err) {
    return { ok: false, error: userMessage(err) };
  }
}

export function userMessage(err: unknown): string {
  if (err instanceof PartlyDone) {
    const t = texts().errors;
    // the action's own reason, unless it promised that nothing changed (something did)
    const own = err.original instanceof UserError && !/не изменен|ничего не изменено|nothing was changed/i.test(err.original.message);
    if (!own) console.error(err.original);
    return t.partly(own ? (err.original as UserError).message : t.failed, err.left);
  }
  if (err instanceof UserError) return err.message;
  console.error(err);
  return texts().errors.internal;
}

/** Checks a sidebar payload with zod; a bad payload becomes a clear message listing what is wrong. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown): z.infer<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const all = parsed.error.issues;
  const issues = all
    .slice(0, 5)
    .map((i) => `${i.path.join('.').slice(0, 100) || '—'}: ${plainIssue(i.message)}`)
    .join('; ');
  throw new UserError(`${texts().errors.badRequest} (${issues}${all.length > 5 ? `; … ${all.length - 5}` : ''})`);
}

/** A validator's words with JavaScript's own left out: «получено undefined» says «ничего», NaN «не число». */
function plainIssue(message: string): string {
  const en = currentLang() === 'en';
  return message
    .replace(/\bundefined\b/g, en ? 'nothing' : 'ничего')
    .replace(/\bNaN\b/g, en ? 'not a number' : 'не число')
    .replace(/Invalid Date/g, en ? 'an invalid date' : 'неверная дата')
    .replace(/\[\]/g, en ? 'an empty list' : 'пустой список')
    .slice(0, 300);
}

/**
 * A sidebar endpoint: validates the payload, runs the action, replies with data or a message. Its type says
 * what the sidebar must send (the schema's input) and what comes back, so callers are checked by tsc; the
 * payload is still validated at run time, since anything can arrive through google.script.run.
 */
export function endpoint<S extends z.ZodMiniType, T>(schema: S, action: (payload: z.infer<S>) => T): (payload: z.input<S>) => Reply<T> {
  return (payload) => guard(() => action(parsePayload(schema, payload)));
}

/** A sheet's name as a sidebar sends it. */
export const sheetNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/**
 * Runs a write action under the document lock, so two coordinators' clicks never interleave, and all or nothing:
 * what it changed before a failure is taken back, and what cannot be is said in the message (undo.ts). Outside a containing
 * document (a standalone script or web app) getDocumentLock() returns null (developers.google.com/apps-script/
 * reference/lock/lock-service#getDocumentLock()): then nothing runs and the user is told where to run it.
 */
export function withDocumentLock<T>(action: () => T): T {
  const lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (!lock) throw new UserError(texts().errors.noDocument);
  if (!lock.tryLock(10_000)) throw new UserError(texts().errors.busy);
  try {
    return undoable(action);
  } finally {
    lock.releaseLock();
  }
}
