/**
 * Values crossing between the host (Node) and a script's vm realm.
 *
 * A Date or an array made in one realm fails `instanceof` in another, so everything the
 * services hand to the script is rebuilt with the script realm's constructors, and everything
 * the script hands in is rebuilt as host values. Detection is realm-agnostic
 * (`Array.isArray`, `util.types.isDate`, prototype shape).
 */
import { runInContext, type Context } from 'node:vm';
import { types } from 'node:util';

/** Constructors of one realm. */
export interface Realm {
  makeArray(): unknown[];
  makeDate(ms: number): Date;
  makeObject(): Record<string, unknown>;
  /** A realm Error carrying the host error's name and message. */
  makeError(name: string, message: string): Error;
}

/** The host realm itself (used when services are called from Node directly). */
export const hostRealm: Realm = {
  makeArray: () => [],
  makeDate: (ms) => new Date(ms),
  makeObject: () => ({}),
  makeError: (name, message) => Object.assign(new Error(message), { name }),
};

/** The realm of a vm context, read from its globals (call before running untrusted code). */
export function contextRealm(context: Context): Realm {
  const makers = runInContext(
    `({
      makeArray: () => [],
      makeDate: (ms) => new Date(ms),
      makeObject: () => ({}),
      makeError: (name, message) => { const e = new Error(message); if (name !== 'Error') e.name = name; return e; },
    })`,
    context,
  ) as Realm;
  return makers;
}

export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

/** A plain object of any realm: `{}`-literal or `Object.create(null)`, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isDate(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
