/** Utilities: formatDate, parseDate, formatString, getUuid, sleep (a no-op), base64Encode/Decode, newBlob, unzip. */
import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { centralDirectory, UNPACKED_LIMIT } from '../xlsx/zip-limits';
import { format } from 'node:util';
import { formatDate, parseDate } from './format-date';
import { SERVICE } from './instrument';

export class UtilitiesImpl {
  readonly [SERVICE] = 'Utilities';

  constructor(private readonly scriptTimeZone: string) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, String(timeZone), String(format), this.scriptTimeZone);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(String(date), String(timeZone), String(format), this.scriptTimeZone);
  }
  formatString(template: string, ...args: unknown[]): string {
    return format(String(template), ...args);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Does not wait: emulated executions never need to. */
  sleep(_milliseconds: number): void {}

  /** Base64 of bytes (Apps Script's Byte[]: -128…127) or of a string's UTF-8. */
  base64Encode(data: string | number[]): string {
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data, (b) => b & 0xff))).toString('base64');
  }
  /** Bytes as Apps Script gives them: Java's signed bytes, -128…127. Throws on text that is not base64, as Google does. */
  base64Decode(encoded: string): number[] {
    const text = String(encoded).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw new Error('Could not decode string.');
    return Array.from(Buffer.from(text, 'base64'), (b) => (b > 127 ? b - 256 : b));
  }
  newBlob(data: string | number[], contentType?: string, name?: string): BlobImpl {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data, (b) => b & 0xff));
    return new BlobImpl(bytes, contentType ?? null, name ?? null);
  }
  /**
   * The files of a zip archive as blobs named by their paths in it (folders left out), as Google's unzip gives
   * them. A blob that is not a zip archive (or a damaged one, or an encrypted entry) throws, as in Google; the
   * emulator also refuses an archive that unpacks past xlsx/zip-limits' UNPACKED_LIMIT instead of running out of memory.
   */
  unzip(blob: BlobImpl): BlobImpl[] {
    const bytes = blob.bytes();
    const entries = centralDirectory(bytes);
    if (!entries) throw new Error('Invalid argument: blob');
    const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (total > UNPACKED_LIMIT) throw new Error('Invalid argument: blob');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out: BlobImpl[] = [];
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      if (e.encrypted || (e.method !== 0 && e.method !== 8)) throw new Error('Invalid argument: blob');
      if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new Error('Invalid argument: blob');
      const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (data.length !== e.compressedSize) throw new Error('Invalid argument: blob');
      let content: Buffer;
      try {
        content = e.method === 0 ? Buffer.from(data) : inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 });
      } catch {
        throw new Error('Invalid argument: blob');
      }
      out.push(new BlobImpl(content, null, e.name));
    }
    return out;
  }
}

/** A Blob: bytes with a content type and a name. */
export class BlobImpl {
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  /** The bytes (Node's view, for the emulator's own use). */
  bytes(): Buffer {
    return this.data;
  }
  getBytes(): number[] {
    return Array.from(this.data, (b) => (b > 127 ? b - 256 : b));
  }
  getDataAsString(charset?: string): string {
    const c = (charset ?? 'UTF-8').toLowerCase().replace(/[^a-z0-9]/g, '');
    return this.data.toString(c === 'utf8' ? 'utf8' : c === 'utf16le' || c === 'utf16' ? 'utf16le' : 'latin1');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): BlobImpl {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): BlobImpl {
    this.name = name;
    return this;
  }
  getBlob(): BlobImpl {
    return this;
  }
  copyBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.data), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}
