/**
 * server/lazy-zod: a schema written at a module's top level (`z.object({ name: z.string().check(z.maxLength(3)) })`)
 * is built on its first use, not when Code.js loads — the chain's `.check(…)` included — and then validates as zod does.
 */
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ string: 0, object: 0 }));
vi.mock('zod/mini', async (original) => {
  const zod = await original<typeof import('zod/mini')>();
  return {
    ...zod,
    string: (...args: Parameters<typeof zod.string>) => (built.string++, zod.string(...args)),
    object: (...args: Parameters<typeof zod.object>) => (built.object++, zod.object(...args)),
  };
});

const { z } = await import('../../src/server/lazy-zod');

describe('lazy zod', () => {
  it('a chained check builds nothing until the schema is used; then it validates', () => {
    const schema = z.object({ name: z.string().check(z.maxLength(3)) });
    expect(built).toEqual({ string: 0, object: 0 });
    expect(schema.safeParse({ name: 'abc' }).success).toBe(true);
    expect(built.object).toBe(1);
    expect(built.string).toBe(1);
    const bad = schema.safeParse({ name: 'abcd' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['name']);
    expect(built).toEqual({ string: 1, object: 1 });
  });

  it('a field taken from a shape (`schema.shape.mapping`) builds nothing until used', () => {
    built.string = 0;
    built.object = 0;
    const mapping = z.object({ mapping: z.string(), other: z.string() }).shape.mapping;
    const wrapped = z.object({ mapping: z.nullable(mapping) });
    expect(built).toEqual({ string: 0, object: 0 });
    expect(wrapped.safeParse({ mapping: null }).success).toBe(true);
    expect(wrapped.safeParse({ mapping: 1 }).success).toBe(false);
    expect(built).toEqual({ string: 1, object: 2 }); // «other» is never parsed, so never built
  });
});
