/**
 * A minimal ZIP writer (store/deflate, UTF-8 names, fixed timestamps) on Node's native zlib: much
 * faster than a JavaScript deflate for the large sheets a CSV of a million rows becomes, and the
 * same input always gives the same bytes.
 */
import { open } from 'node:fs/promises';
import { crc32, deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** 1980-01-01 00:00, the ZIP epoch: fixed so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes entries to `path` as a ZIP file (deflated; big entries at a faster level).
 * @example await writeZip('out.xlsx', [{ name: '[Content_Types].xml', data }]);
 */
export async function writeZip(path: string, entries: readonly ZipEntry[]): Promise<void> {
  const fh = await open(path, 'w');
  try {
    let offset = 0;
    const central: Buffer[] = [];
    // Compress in parallel (libuv thread pool), write in order.
    const compressed = entries.map((e) => deflate(e.data, { level: e.data.length > 8_000_000 ? 3 : 6 }));
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const data = await compressed[i];
      const name = Buffer.from(e.name, 'utf8');
      const crc = crc32(e.data) >>> 0;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(e.data.length, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      await fh.write(local);
      await fh.write(name);
      await fh.write(data);
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(0x02014b50, 0);
      cd.writeUInt16LE(20, 4);
      cd.writeUInt16LE(20, 6);
      cd.writeUInt16LE(0x0800, 8);
      cd.writeUInt16LE(8, 10);
      cd.writeUInt16LE(DOS_TIME, 12);
      cd.writeUInt16LE(DOS_DATE, 14);
      cd.writeUInt32LE(crc, 16);
      cd.writeUInt32LE(data.length, 20);
      cd.writeUInt32LE(e.data.length, 24);
      cd.writeUInt16LE(name.length, 28);
      cd.writeUInt32LE(offset, 42);
      central.push(cd, name);
      offset += 30 + name.length + data.length;
      if (offset > 0xffffffff) throw new Error('output over 4 GB (ZIP64 not supported)');
    }
    const cdBuf = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cdBuf.length, 12);
    end.writeUInt32LE(offset, 16);
    await fh.write(cdBuf);
    await fh.write(end);
  } finally {
    await fh.close();
  }
}
