/**
 * zod/mini whose schemas are built when first used, not when Code.js loads. Apps Script loads the whole
 * bundle for every custom-function call and every sidebar request, and building ~100 schemas at load was a
 * quarter of the load time (docs/bench.md); a custom function never validates a payload. Each function of
 * zod/mini here returns a stand-in that builds the real schema (or check) on its first use and forwards
 * everything to it, so callers write `z.object({...})` as before and get the same types.
 */
import {
  _default,
  array,
  boolean,
  enum as enumOf,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  object,
  optional,
  partialRecord,
  refine,
  regex,
  string,
  trim,
} from 'zod/mini';

interface Checkable {
  check(...checks: unknown[]): object;
}

/** A stand-in for the value `make` returns, made on first use. */
function later(make: () => object): object {
  let made: object | undefined;
  const target = (): object => (made ??= make());
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        // `z.string().check(…)` at a module's top level: the checked schema is a stand-in too, or the chain
        // would build the string schema at load
        if (key === 'check' && made === undefined) return (...args: unknown[]) => later(() => (target() as Checkable).check(...args));
        // `schema.shape.mapping` at the top level: the field's schema is a stand-in too
        if (key === 'shape' && made === undefined) return lazyShape(() => (target() as { shape: object }).shape);
        const t = target();
        const v: unknown = Reflect.get(t, key, t);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
      has: (_t, key) => Reflect.has(target(), key),
      getPrototypeOf: () => Reflect.getPrototypeOf(target()),
      ownKeys: () => Reflect.ownKeys(target()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Reflect.getOwnPropertyDescriptor(target(), key);
        return d && { ...d, configurable: true };
      },
      set: (_t, key, value) => Reflect.set(target(), key, value),
    },
  );
}

/** An object schema's shape, its fields stand-ins until used; anything else asked of it builds the shape. */
function lazyShape(shape: () => object): object {
  return new Proxy(
    {},
    {
      get: (_t, key) => later(() => Reflect.get(shape(), key) as object),
      has: (_t, key) => Reflect.has(shape(), key),
      ownKeys: () => Reflect.ownKeys(shape()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Reflect.getOwnPropertyDescriptor(shape(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
}

/** `make`, deferred: same parameters and type, the value built on first use. */
function deferred<F extends (...args: never[]) => object>(make: F): F {
  return ((...args: Parameters<F>) => later(() => make(...args))) as F;
}

/**
 * The parts of zod/mini the endpoints use, built lazily (named one by one, so the bundle keeps only these:
 * a loop over the whole module would bring all of zod into Code.js). A name missing here is a type error
 * at its use, not a silent eager schema.
 */
export const z = {
  _default: deferred(_default),
  array: deferred(array),
  boolean: deferred(boolean),
  enum: deferred(enumOf),
  int: deferred(int),
  maximum: deferred(maximum),
  maxLength: deferred(maxLength),
  minimum: deferred(minimum),
  minLength: deferred(minLength),
  nullable: deferred(nullable),
  object: deferred(object),
  optional: deferred(optional),
  partialRecord: deferred(partialRecord),
  refine: deferred(refine),
  regex: deferred(regex),
  string: deferred(string),
  trim: deferred(trim),
};
