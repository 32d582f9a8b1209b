/**
 * Settings kept in the document's properties, each validated with zod when read: a value that does
 * not fit (an old version, a hand edit) is ignored, never trusted.
 */
import * as z from 'zod/mini';

const PREFIX = 'klaster.';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readSetting<S extends z.ZodMiniType>(key: string, schema: S): z.infer<S> | undefined {
  const raw = props().getProperty(PREFIX + key);
  if (raw === null) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeSetting(key: string, value: unknown): void {
  if (value === undefined || value === null) props().deleteProperty(PREFIX + key);
  else props().setProperty(PREFIX + key, JSON.stringify(value));
}
