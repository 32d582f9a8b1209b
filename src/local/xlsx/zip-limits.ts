/**
 * An .xlsx is a zip archive, and a small archive can unpack to gigabytes (a «zip bomb»: 433 KB that unzips to a
 * 400 MB sheet was read at 1 GB of memory). Before anything is inflated, the sizes are read from the archive's
 * central directory and checked against two limits; then each entry is inflated once with its output capped at
 * the size it declared, so a directory that lies about its sizes is caught too, at no more memory than the limit.
 *
 * The limits (stated in the message and docs/ru/cli.md), measured on files exceljs writes (.probes, see the commit):
 * - at most UNPACKED_LIMIT bytes unpacked in all: 200 MB. A 50 000-row plan of eight text columns unpacks to
 *   30 MB, a million numbers to 37 MB, so the limit holds about five million numeric cells — more than the local
 *   tools read in reasonable memory (exceljs keeps every cell as an object), and far more than a plan;
 * - packed at most RATIO_LIMIT (100) times smaller than unpacked, once the archive unpacks to more than
 *   RATIO_FROM (10 MB): real sheets pack 5–16 times (text 11, numbers 5, a million equal cells 16); a bomb
 *   packs about 1000 times (433 KB → 400 MB).
 */
import { inflateRawSync } from 'node:zlib';

export const UNPACKED_LIMIT = 200 * 1024 * 1024;
export const RATIO_LIMIT = 100;
export const RATIO_FROM = 10 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export type ZipCheck =
  | { ok: true; entries: ZipEntry[]; unpacked: number; packed: number }
  | {
      ok: false;
      reason: 'not-zip' | 'too-large' | 'ratio' | 'encrypted' | 'method' | 'lied';
      unpacked?: number;
      packed?: number;
      entry?: string;
    };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory; null when there is none to read (not a zip, or a damaged one). */
export function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let start = u32(eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || size === 0xffffffff || start === 0xffffffff) && locator >= 0 && u32(locator) === ZIP64_LOCATOR) {
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) return null;
    count = u64(record + 32);
    size = u64(record + 40);
    start = u64(record + 48);
  }
  if (start + size > bytes.length) return null;
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return null;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let offset = u32(at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the sizes that do not fit in 32 bits are in the extra field 0x0001, in this order
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff && field + 8 <= extra + 4 + length) {
          uncompressedSize = u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= extra + 4 + length) {
          compressedSize = u64(field);
          field += 8;
        }
        if (offset === 0xffffffff && field + 8 <= extra + 4 + length) offset = u64(field);
      }
      extra += 4 + length;
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, uncompressedSize, offset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Checks an archive against the limits, from its central directory first, then by inflating each entry capped at its declared size. */
export function checkZip(bytes: Uint8Array): ZipCheck {
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, reason: 'not-zip' };
  let unpacked = 0;
  let packed = 0;
  for (const e of entries) {
    unpacked += e.uncompressedSize;
    packed += e.compressedSize;
  }
  if (unpacked > UNPACKED_LIMIT) return { ok: false, reason: 'too-large', unpacked, packed };
  if (unpacked > RATIO_FROM && unpacked > RATIO_LIMIT * Math.max(packed, 1)) return { ok: false, reason: 'ratio', unpacked, packed };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.encrypted) return { ok: false, reason: 'encrypted', entry: e.name };
    if (e.method !== 0 && e.method !== 8) return { ok: false, reason: 'method', entry: e.name };
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) return { ok: false, reason: 'not-zip' };
    const dataStart = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    if (data.length !== e.compressedSize) return { ok: false, reason: 'not-zip' };
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return { ok: false, reason: 'lied', entry: e.name, unpacked, packed };
      continue;
    }
    try {
      // one byte more than declared: an entry that inflates past its declared size fails here
      const out = inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 });
      if (out.length !== e.uncompressedSize) return { ok: false, reason: 'lied', entry: e.name, unpacked, packed };
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'lied', entry: e.name, unpacked, packed };
      return { ok: false, reason: 'not-zip' };
    }
  }
  return { ok: true, entries, unpacked, packed };
}
