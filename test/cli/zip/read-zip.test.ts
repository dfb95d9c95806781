import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { entryBytes, entryChunks, openZip, rawBytes } from '../../../cli/zip';
import { writeZip } from '../../../cli/zip';

const dir = mkdtempSync(join(tmpdir(), 'read-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-entry stored (uncompressed) zip, as some writers make them, with a trailing comment. */
function storedZip(name: string, data: Buffer, flags = 0x800): Buffer {
  const n = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(flags, 6);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(flags, 8);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + data.length, 16);
  end.writeUInt16LE(7, 20);
  return Buffer.concat([local, n, data, central, n, end, Buffer.from('comment')]);
}

describe('openZip', () => {
  it('lists entries with UTF-8 names and inflates them whole or in chunks', async () => {
    const path = join(dir, 'a.zip');
    const big = Buffer.from('行'.repeat(300_000));
    await writeZip(path, [
      { name: 'xl/工作表.xml', data: big },
      { name: 'b.txt', data: Buffer.from('b') },
    ]);
    const zip = openZip(readFileSync(path));
    expect(zip.entries.map((e) => e.name)).toEqual(['xl/工作表.xml', 'b.txt']);
    const e = zip.byName.get('xl/工作表.xml')!;
    expect(entryBytes(zip, e).equals(big)).toBe(true);
    const parts: Buffer[] = [];
    for await (const { chunk } of entryChunks(zip, e, 4096)) parts.push(chunk);
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).equals(big)).toBe(true);
  });

  it('hands out an entry still compressed, byte for byte as stored', async () => {
    const path = join(dir, 'raw.zip');
    const data = Buffer.from('<Types/>'.repeat(100));
    await writeZip(path, [{ name: 't.xml', data }]);
    const zip = openZip(readFileSync(path));
    const raw = rawBytes(zip, zip.entries[0]);
    expect(raw.length).toBe(zip.entries[0].compressedSize);
    expect(raw.length).toBeLessThan(data.length);
    expect(deflateRawSync(data, { level: 6 }).equals(raw)).toBe(true);
  });

  it('reads stored entries and finds the directory behind a comment', () => {
    const zip = openZip(storedZip('a.xml', Buffer.from('<a/>')));
    expect(entryBytes(zip, zip.entries[0]).toString()).toBe('<a/>');
  });

  it('refuses what is not a zip, and an encrypted entry, with a reason', () => {
    expect(() => openZip(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip package/);
    expect(() => openZip(storedZip('a.xml', Buffer.from('x'), 0x801))).toThrow(/encrypted/);
  });
});
