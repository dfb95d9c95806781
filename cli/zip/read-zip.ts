/**
 * A ZIP reader over a file held in memory: the central directory (ZIP64 included) gives each
 * entry's name, method, CRC and sizes; an entry is inflated by Node's native zlib (whole for small
 * index parts, streamed in chunks for big sheets), or handed out still compressed so a writer can
 * copy it byte for byte without recompressing.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One entry of the central directory. */
export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header (the data follows it). */
  localOffset: number;
}

export interface ZipArchive {
  bytes: Buffer;
  /** Entries in central-directory order. */
  entries: ZipEntryInfo[];
  byName: Map<string, ZipEntryInfo>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function fail(reason: string): never {
  throw new Error(`not a zip package: ${reason}`);
}

/** The end-of-central-directory record: within the last 64 KB + 22 bytes (the comment is at most 64 KB). */
function findEnd(b: Buffer): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD) return i;
  }
  return fail('no end of central directory');
}

/** Sizes and offset from a ZIP64 extended-information extra field, where the 32-bit fields are saturated. */
function zip64Extra(
  b: Buffer,
  start: number,
  end: number,
  e: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let p = start; p + 4 <= end;) {
    const id = b.readUInt16LE(p);
    const len = b.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (e.size === 0xffffffff) {
        e.size = Number(b.readBigUInt64LE(q));
        q += 8;
      }
      if (e.compressedSize === 0xffffffff) {
        e.compressedSize = Number(b.readBigUInt64LE(q));
        q += 8;
      }
      if (e.localOffset === 0xffffffff) e.localOffset = Number(b.readBigUInt64LE(q));
      return;
    }
    p += 4 + len;
  }
}

/**
 * Reads the central directory of a ZIP held in `bytes`.
 * @example const zip = openZip(readFileSync('book.xlsx')); zip.byName.has('xl/workbook.xml') // true
 */
export function openZip(bytes: Buffer): ZipArchive {
  if (bytes.length < 22) fail('too short');
  const end = findEnd(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const loc = end - 20;
  if (loc >= 0 && bytes.readUInt32LE(loc) === EOCD64_LOCATOR) {
    const rec = Number(bytes.readBigUInt64LE(loc + 8));
    if (bytes.readUInt32LE(rec) !== EOCD64) fail('bad ZIP64 end record');
    count = Number(bytes.readBigUInt64LE(rec + 32));
    offset = Number(bytes.readBigUInt64LE(rec + 48));
  }
  const entries: ZipEntryInfo[] = [];
  const byName = new Map<string, ZipEntryInfo>();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) fail('bad central directory');
    const flags = bytes.readUInt16LE(p + 8);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    if (flags & 1) fail('the file is encrypted');
    // Bit 11: UTF-8 names; otherwise code page 437, which for the ASCII names of a package is the same.
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    const e: ZipEntryInfo = {
      name,
      method: bytes.readUInt16LE(p + 10),
      crc32: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    zip64Extra(bytes, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    entries.push(e);
    // Part names are case-insensitive in OPC; keep the first of any duplicate, as Excel does.
    if (!byName.has(name)) byName.set(name, e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, byName };
}

/**
 * The entry's bytes as stored (compressed when method is 8): for copying without recompressing.
 * @example rawBytes(zip, zip.byName.get('xl/media/image1.png')!)
 */
export function rawBytes(zip: ZipArchive, e: ZipEntryInfo): Buffer {
  const b = zip.bytes;
  const p = e.localOffset;
  if (p + 30 > b.length || b.readUInt32LE(p) !== LOCAL) fail(`bad local header for ${e.name}`);
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  if (start + e.compressedSize > b.length) fail(`${e.name} is truncated`);
  return b.subarray(start, start + e.compressedSize);
}

function checkMethod(e: ZipEntryInfo): void {
  if (e.method !== 0 && e.method !== 8) fail(`${e.name} uses compression method ${e.method}`);
}

/**
 * The entry inflated in one piece (for the small index parts).
 * @example entryBytes(zip, zip.byName.get('xl/workbook.xml')!).toString('utf8')
 */
export function entryBytes(zip: ZipArchive, e: ZipEntryInfo): Buffer {
  checkMethod(e);
  const raw = rawBytes(zip, e);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

/**
 * The entry inflated in chunks of about `chunkSize` bytes, with the compressed bytes consumed so
 * far (for progress). Chunks end anywhere, even inside a UTF-8 character: callers cut on markup.
 * @example for await (const { chunk } of entryChunks(zip, e)) scan(chunk);
 */
export async function* entryChunks(
  zip: ZipArchive,
  e: ZipEntryInfo,
  chunkSize = 1 << 20,
): AsyncGenerator<{ chunk: Buffer; consumed: number }> {
  checkMethod(e);
  const raw = rawBytes(zip, e);
  if (e.method === 0) {
    for (let i = 0; i < raw.length; i += chunkSize) {
      const chunk = raw.subarray(i, Math.min(raw.length, i + chunkSize));
      yield { chunk, consumed: i + chunk.length };
    }
    return;
  }
  const inflate = createInflateRaw({ chunkSize });
  const feed = 1 << 18;
  let fed = 0;
  // Feed compressed input lazily so at most a few output chunks are buffered.
  const pump = (): void => {
    while (fed < raw.length) {
      const next = raw.subarray(fed, Math.min(raw.length, fed + feed));
      fed += next.length;
      if (!inflate.write(next)) {
        inflate.once('drain', pump);
        return;
      }
    }
    inflate.end();
  };
  pump();
  for await (const chunk of inflate as AsyncIterable<Buffer>) yield { chunk, consumed: fed };
}
