/**
 * Settings kept in the document's properties, each validated with zod when read: a value that does
 * not fit (an old version, a hand edit) is ignored, never trusted.
 *
 * The properties are read once per execution (one `getProperties()` call; Apps Script evaluates the
 * script afresh for every execution, so the copy never outlives it) and every write goes through to the
 * document at once.
 */
import type * as zt from 'zod/mini';

const PREFIX = 'klaster.';

let store: GoogleAppsScript.Properties.Properties | undefined;
let copy: Record<string, string> | undefined;

function props(): GoogleAppsScript.Properties.Properties {
  return (store ??= PropertiesService.getDocumentProperties());
}

function all(): Record<string, string> {
  return (copy ??= props().getProperties());
}

export function readSetting<S extends zt.ZodMiniType>(key: string, schema: S): zt.infer<S> | undefined {
  const raw = all()[PREFIX + key];
  if (raw === undefined || raw === null) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeSetting(key: string, value: unknown): void {
  const k = PREFIX + key;
  if (value === undefined || value === null) {
    props().deleteProperty(k);
    if (copy) delete copy[k];
  } else {
    const raw = JSON.stringify(value);
    props().setProperty(k, raw);
    if (copy) copy[k] = raw;
  }
}

/** The keys of every setting (without the prefix). */
export function settingKeys(): string[] {
  return Object.keys(all())
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => k.slice(PREFIX.length));
}
