/** PropertiesService: string key/value stores. Document properties live in the workbook (and its .xlsx). */
import { SERVICE } from './instrument';

/** Apps Script's per-value limit (9 kB). */
const MAX_VALUE_BYTES = 9 * 1024;

export class PropertiesImpl {
  readonly [SERVICE] = 'Properties';

  constructor(private readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? (this.store[key] as string) : null;
  }
  setProperty(key: string, value: string): PropertiesImpl {
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    this.store[String(key)] = text;
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    if (deleteAllOthers) this.deleteAllProperties();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, String(value));
    return this;
  }
  deleteProperty(key: string): PropertiesImpl {
    delete this.store[key];
    return this;
  }
  deleteAllProperties(): PropertiesImpl {
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export class PropertiesServiceImpl {
  readonly [SERVICE] = 'PropertiesService';

  constructor(
    private readonly stores: { document: Record<string, string>; user: Record<string, string>; script: Record<string, string> },
  ) {}

  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.stores.document);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.stores.user);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.stores.script);
  }
}
