/** CacheService: string caches with expiry measured on the session clock. */
import { SERVICE } from './instrument';

const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_KEY_LENGTH = 250;

type Store = Map<string, { value: string; expiresAt: number }>;

export class CacheImpl {
  readonly [SERVICE] = 'Cache';

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  get(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now().getTime()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const k = String(key);
    const text = String(value);
    if (k.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const ttl = Math.min(Math.max(1, expirationInSeconds), MAX_TTL_SECONDS);
    this.store.set(k, { value: text, expiresAt: this.now().getTime() + ttl * 1000 });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, String(value), expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(key);
  }
}

export class CacheServiceImpl {
  readonly [SERVICE] = 'CacheService';
  private readonly stores = { document: new Map(), script: new Map(), user: new Map() } as Record<string, Store>;

  constructor(private readonly now: () => Date) {}

  getDocumentCache(): CacheImpl {
    return new CacheImpl(this.stores.document as Store, this.now);
  }
  getScriptCache(): CacheImpl {
    return new CacheImpl(this.stores.script as Store, this.now);
  }
  getUserCache(): CacheImpl {
    return new CacheImpl(this.stores.user as Store, this.now);
  }
}
