/**
 * A minimal ZIP writer (deflate, UTF-8 names, fixed timestamps) on Node's native zlib: much faster
 * than a JavaScript deflate for the large sheets a CSV of a million rows becomes, and the same
 * input always gives the same bytes. A part taken from another package is copied as it was
 * stored (its compressed bytes, CRC and sizes), never inflated and deflated again.
 */
import { open } from 'node:fs/promises';
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';

const deflate = promisify(deflateRaw);

/** A part as stored in another zip: copied byte for byte. */
export interface StoredPart {
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  size: number;
  /** The stored (compressed) bytes. */
  bytes: Buffer;
}

/**
 * A part: its bytes, a function producing them in chunks (big generated parts, called when
 * written), or its stored bytes from another zip.
 */
export type ZipEntry =
  | { name: string; data: Buffer }
  | { name: string; chunks: () => Iterable<Buffer> }
  | { name: string; stored: StoredPart };

/** 1980-01-01 00:00, the ZIP epoch: fixed so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes entries to `path` as a ZIP file (deflated; big entries at a faster level).
 * @example await writeZip('out.xlsx', [{ name: '[Content_Types].xml', data }]);
 */
export async function writeZip(
  path: string,
  entries: readonly ZipEntry[],
  onEntry?: (done: number, total: number) => void,
): Promise<void> {
  const fh = await open(path, 'w');
  try {
    let offset = 0;
    const central: Buffer[] = [];
    // Whole parts compress in parallel (libuv thread pool); parts are written in order.
    const compressed = entries.map((e) =>
      'data' in e ? deflate(e.data, { level: e.data.length > 8_000_000 ? 3 : 6 }) : null,
    );
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const name = Buffer.from(e.name, 'utf8');
      const start = offset;
      await fh.write(Buffer.alloc(30 + name.length), 0, 30 + name.length, start);
      offset += 30 + name.length;
      let crc = 0;
      let size = 0;
      let csize = 0;
      let method = 8;
      const pending = compressed[i];
      if ('stored' in e) {
        ({ crc32: crc, size, method } = e.stored);
        csize = e.stored.bytes.length;
        await fh.write(e.stored.bytes, 0, csize, offset);
      } else if (pending && 'data' in e) {
        const data = await pending;
        crc = crc32(e.data);
        size = e.data.length;
        csize = data.length;
        await fh.write(data, 0, data.length, offset);
      } else if ('chunks' in e) {
        // Each chunk is deflated on its own and sync-flushed; the concatenation is one valid
        // deflate stream (ended by an empty final block). Chunks compress while the next is made.
        const queue: Promise<Buffer>[] = [];
        const flush = async (): Promise<void> => {
          const c = await queue.shift();
          if (!c) return;
          await fh.write(c, 0, c.length, offset + csize);
          csize += c.length;
        };
        for (const chunk of e.chunks()) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          queue.push(deflate(chunk, { level: 3, finishFlush: constants.Z_SYNC_FLUSH }));
          if (queue.length > 2) await flush();
        }
        while (queue.length > 0) await flush();
        const end = deflateRawSync(Buffer.alloc(0));
        await fh.write(end, 0, end.length, offset + csize);
        csize += end.length;
      }
      crc >>>= 0;
      if (size > 0xffffffff || csize > 0xffffffff)
        throw new Error(`part ${e.name} over 4 GB (ZIP64 not supported)`);
      const local = header(0x04034b50, 30, method, crc, csize, size, name.length);
      await fh.write(local, 0, 30, start);
      await fh.write(name, 0, name.length, start + 30);
      offset += csize;
      const cd = header(0x02014b50, 46, method, crc, csize, size, name.length);
      cd.writeUInt32LE(start, 42);
      central.push(cd, name);
      if (offset > 0xffffffff) throw new Error('output over 4 GB (ZIP64 not supported)');
      onEntry?.(i + 1, entries.length);
    }
    const cdBuf = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cdBuf.length, 12);
    end.writeUInt32LE(offset, 16);
    await fh.write(cdBuf, 0, cdBuf.length, offset);
    await fh.write(end, 0, end.length, offset + cdBuf.length);
  } finally {
    await fh.close();
  }
}

/** A local (30 bytes) or central (46 bytes) header: UTF-8 names, fixed time. */
function header(
  sig: number,
  length: 30 | 46,
  method: number,
  crc: number,
  csize: number,
  size: number,
  nameLength: number,
): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(sig, 0);
  // The central header has "version made by" before the fields the two share.
  const o = length === 46 ? 2 : 0;
  if (o) b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 4 + o);
  b.writeUInt16LE(0x0800, 6 + o);
  b.writeUInt16LE(method, 8 + o);
  b.writeUInt16LE(DOS_TIME, 10 + o);
  b.writeUInt16LE(DOS_DATE, 12 + o);
  b.writeUInt32LE(crc, 14 + o);
  b.writeUInt32LE(csize, 18 + o);
  b.writeUInt32LE(size, 22 + o);
  b.writeUInt16LE(nameLength, 26 + o);
  return b;
}
