import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeZip } from '../../cli/zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'zip-'));

describe('writeZip', () => {
  it('writes a ZIP other readers open, with UTF-8 names', async () => {
    const path = join(dir, 'a.zip');
    const big = Buffer.from('x'.repeat(100_000));
    await writeZip(path, [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/工作表.xml', data: big },
      { name: 'empty', data: Buffer.alloc(0) },
    ]);
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'xl/工作表.xml', 'empty']);
    expect(await zip.file('xl/工作表.xml')?.async('string')).toBe(big.toString());
    expect(await zip.file('empty')?.async('string')).toBe('');
    expect(readFileSync(path).length).toBeLessThan(2000);
  });

  it('writes chunked parts as one deflate stream other readers inflate', async () => {
    const path = join(dir, 'chunks.zip');
    const parts = Array.from({ length: 7 }, (_, i) => Buffer.from(`part ${i};`.repeat(50_000)));
    await writeZip(path, [
      { name: 'big.xml', chunks: () => parts },
      { name: 'after.txt', data: Buffer.from('after') },
    ]);
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect((await zip.file('big.xml')?.async('nodebuffer'))?.equals(Buffer.concat(parts))).toBe(true);
    expect(await zip.file('after.txt')?.async('string')).toBe('after');
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
