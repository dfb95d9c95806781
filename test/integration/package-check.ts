/**
 * Structural checks that make Excel open a package without "repair": every content-type override
 * and relationship target exists, no duplicate entries, unique sheet names and ids.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

export async function packageProblems(path: string): Promise<string[]> {
  const buf = readFileSync(path);
  const problems: string[] = [];
  // Duplicate entries (central directory names).
  const names: string[] = [];
  for (
    let i = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])),
      off = buf.readUInt32LE(i + 16),
      n = buf.readUInt16LE(i + 10),
      k = 0;
    k < n;
    k++
  ) {
    const len = buf.readUInt16LE(off + 28);
    const extra = buf.readUInt16LE(off + 30);
    const comment = buf.readUInt16LE(off + 32);
    names.push(buf.subarray(off + 46, off + 46 + len).toString('utf8'));
    off += 46 + len + extra + comment;
  }
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  if (dup.length > 0) problems.push(`duplicate entries: ${dup.join(', ')}`);
  const zip = await JSZip.loadAsync(buf);
  const text = async (p: string): Promise<string> => (await zip.file(p)?.async('string')) ?? '';
  const types = await text('[Content_Types].xml');
  for (const m of types.matchAll(/PartName="\/([^"]+)"/g))
    if (!zip.file(m[1])) problems.push(`content type for missing part ${m[1]}`);
  const rels = await text('xl/_rels/workbook.xml.rels');
  for (const m of rels.matchAll(/Target="([^"]+)"/g))
    if (!zip.file(`xl/${m[1]}`) && !zip.file(m[1].replace(/^\//, '')))
      problems.push(`relationship to missing ${m[1]}`);
  const wb = await text('xl/workbook.xml');
  const sheetNames = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  if (new Set(sheetNames).size !== sheetNames.length) problems.push('duplicate sheet names');
  const ids = [...wb.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
  if (new Set(ids).size !== ids.length) problems.push('duplicate sheet ids');
  const rids = [...wb.matchAll(/<sheet [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
  for (const r of rids) if (!rels.includes(`Id="${r}"`)) problems.push(`sheet relationship ${r} missing`);
  for (const [, p] of Object.entries(zip.files)) {
    if (p.dir || !p.name.endsWith('.xml')) continue;
    const x = await p.async('string');
    if (!x.trimStart().startsWith('<?xml') && !x.trimStart().startsWith('<'))
      problems.push(`${p.name} is not XML`);
  }
  return problems;
}
