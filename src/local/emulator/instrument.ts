/**
 * The one place where service objects meet the script: every public method call is counted
 * (`Class.method`), checked against the access mode (access-guard.ts: custom functions, AuthMode.NONE) and then
 * against the OAuth scopes the script holds (scopes.ts), made to fail when a test injected a fault there
 * (faults.ts), and its arguments and result are carried across realms. Service classes stay plain TypeScript classes marked with `SERVICE`.
 *
 * What the script sees of a service object: its prototype methods, plus own properties whose
 * name starts with an upper-case letter (enums such as `Ui.Button`). Everything else is hidden.
 */
import { checkAccess } from './access-guard';
import { hostRealm, isDate, isPlainObject } from './realm';
import type { Runtime } from './runtime';
import { checkScopes } from './scopes';

/** Marks a service class; the value is the Apps Script class name used for counting. */
export const SERVICE = Symbol('klaster.service');

/** Classes that also expose arbitrary own properties (HtmlTemplate). */
export const OPEN_PROPERTIES = Symbol('klaster.openProperties');

export interface ServiceObject {
  readonly [SERVICE]: string;
}

const targetOf = new WeakMap<object, object>();

function isService(value: unknown): value is ServiceObject {
  return typeof value === 'object' && value !== null && SERVICE in value;
}

/** A host value as the script should see it: service objects proxied, data rebuilt in the script realm. */
export function toScript(value: unknown, rt: Runtime): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (targetOf.has(value)) return value;
  if (isService(value)) return proxyFor(value, rt);
  if (Array.isArray(value)) {
    const out = rt.realm.makeArray();
    for (const item of value) out.push(toScript(item, rt));
    return out;
  }
  if (isDate(value)) return rt.realm.makeDate(value.getTime());
  if (isPlainObject(value)) {
    const out = rt.realm.makeObject();
    for (const [k, v] of Object.entries(value)) out[k] = toScript(v, rt);
    return out;
  }
  return value;
}

/** A script value as the services should see it: proxies unwrapped, data rebuilt as host values. */
export function toHost(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const target = targetOf.get(value);
  if (target) return target;
  if (Array.isArray(value)) return value.map(toHost);
  if (isDate(value)) return new Date(value.getTime());
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toHost(v);
    return out;
  }
  return value;
}

function proxyFor(target: ServiceObject, rt: Runtime): object {
  const known = rt.proxies.get(target);
  if (known) return known;
  const className = target[SERVICE];
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const open = OPEN_PROPERTIES in target;
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol') return undefined;
      const own = Object.prototype.hasOwnProperty.call(t, prop);
      const value = (t as unknown as Record<string, unknown>)[prop];
      if (own) return open || /^[A-Z]/.test(prop) ? toScript(value, rt) : undefined;
      if (typeof value !== 'function' || prop === 'constructor') return undefined;
      let wrapped = methods.get(prop);
      if (!wrapped) {
        const method = value as (...args: unknown[]) => unknown;
        wrapped = (...args: unknown[]) => {
          rt.calls.record(className, prop);
          try {
            checkAccess(rt.access, className, prop);
            const fault = rt.faults.onCall(className, prop);
            if (fault && !fault.applied) throw fault.error;
            checkScopes(rt.scopes, className, prop);
            const result = method.apply(t, args.map(toHost));
            if (fault) throw fault.error;
            return toScript(result, rt);
          } catch (err) {
            throw toScriptError(err, rt);
          }
        };
        methods.set(prop, wrapped);
      }
      return wrapped;
    },
    set(t, prop, value) {
      if (!open || typeof prop === 'symbol') return false;
      (t as unknown as Record<string, unknown>)[prop] = value;
      return true;
    },
    has(t, prop) {
      return typeof prop === 'string' && (prop in t || Object.prototype.hasOwnProperty.call(t, prop));
    },
    ownKeys(t) {
      return Reflect.ownKeys(t).filter((k) => typeof k === 'string' && (open || /^[A-Z]/.test(k)));
    },
  });
  targetOf.set(proxy, target);
  rt.proxies.set(target, proxy);
  return proxy;
}

/** Host errors become script-realm errors (so `e instanceof Error` holds in the script). */
function toScriptError(err: unknown, rt: Runtime): unknown {
  if (!(err instanceof Error) || rt.realm === hostRealm) return err;
  return rt.realm.makeError(err.name, err.message);
}

/** The service object behind a proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  return (typeof value === 'object' && value !== null ? (targetOf.get(value) ?? value) : value) as T;
}

/** The script-facing proxy of a service object. */
export function expose<T extends ServiceObject>(service: T, rt: Runtime): T {
  return toScript(service, rt) as T;
}
