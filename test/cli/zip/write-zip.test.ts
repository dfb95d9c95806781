import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partNames, partText } from '../zip-parts';
import { entryBytes, openZip, rawBytes } from '../../../cli/zip';
import { writeZip } from '../../../cli/zip';

const dir = mkdtempSync(join(tmpdir(), 'zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeZip', () => {
  it('writes a ZIP other readers open, with UTF-8 names', async () => {
    const path = join(dir, 'a.zip');
    const big = Buffer.from('x'.repeat(100_000));
    await writeZip(path, [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/工作表.xml', data: big },
      { name: 'empty', data: Buffer.alloc(0) },
    ]);
    expect(partNames(path)).toEqual(['[Content_Types].xml', 'xl/工作表.xml', 'empty']);
    expect(partText(path, 'xl/工作表.xml')).toBe(big.toString());
    expect(partText(path, 'empty')).toBe('');
    expect(readFileSync(path).length).toBeLessThan(2000);
  });

  it('writes chunked parts as one deflate stream other readers inflate', async () => {
    const path = join(dir, 'chunks.zip');
    const parts = Array.from({ length: 7 }, (_, i) => Buffer.from(`part ${i};`.repeat(50_000)));
    await writeZip(path, [
      { name: 'big.xml', chunks: () => parts },
      { name: 'after.txt', data: Buffer.from('after') },
    ]);
    const zip = openZip(readFileSync(path));
    expect(entryBytes(zip, zip.byName.get('big.xml')!).equals(Buffer.concat(parts))).toBe(true);
    expect(partText(path, 'after.txt')).toBe('after');
  });

  it('copies a stored part byte for byte, without recompressing it', async () => {
    const src = join(dir, 'src.zip');
    await writeZip(src, [{ name: 'a.xml', data: Buffer.from('<a>'.repeat(1000)) }]);
    const zip = openZip(readFileSync(src));
    const e = zip.entries[0];
    const copy = join(dir, 'copy.zip');
    const stored = { method: e.method, crc32: e.crc32, size: e.size, bytes: rawBytes(zip, e) };
    await writeZip(copy, [{ name: 'a.xml', stored }]);
    const again = openZip(readFileSync(copy));
    expect(rawBytes(again, again.entries[0]).equals(stored.bytes)).toBe(true);
    expect(again.entries[0]).toMatchObject({
      crc32: e.crc32,
      size: e.size,
      compressedSize: e.compressedSize,
      method: 8,
    });
    expect(partText(copy, 'a.xml')).toBe('<a>'.repeat(1000));
  });

  it('gives the same bytes for the same entries', async () => {
    const entries = [{ name: 'a.txt', data: Buffer.from('same') }];
    await writeZip(join(dir, '1.zip'), entries);
    await writeZip(join(dir, '2.zip'), entries);
    expect(readFileSync(join(dir, '1.zip')).equals(readFileSync(join(dir, '2.zip')))).toBe(true);
  });

  it('fails on an unwritable path', async () => {
    await expect(writeZip(join(dir, 'no', 'such', 'dir.zip'), [])).rejects.toThrow();
  });
});
