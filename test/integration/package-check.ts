/**
 * Structural checks that make Excel open a package without "repair": every content-type override
 * and relationship target exists (for every .rels part), no duplicate entries, unique sheet names
 * and ids, every XML part well formed.
 */
import { readFileSync } from 'node:fs';
import { entryBytes, openZip } from '../../cli/zip';
import { parseContentTypes, parseRels, parseWorkbook, parseXml, resolveTarget } from '../../cli/ooxml';

export async function packageProblems(path: string): Promise<string[]> {
  const zip = openZip(readFileSync(path));
  const problems: string[] = [];
  const names = zip.entries.map((e) => e.name);
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const dup = names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
  if (dup.length > 0) problems.push(`duplicate entries: ${dup.join(', ')}`);
  const text = (p: string): string => {
    const e = zip.byName.get(p);
    return e ? entryBytes(zip, e).toString('utf8') : '';
  };
  for (const o of parseContentTypes(text('[Content_Types].xml')).overrides)
    if (!lower.has(o.partName.slice(1).toLowerCase()))
      problems.push(`content type for missing part ${o.partName}`);
  for (const relsPath of names.filter((n) => n.endsWith('.rels'))) {
    const owner = relsPath.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of parseRels(text(relsPath)).rels) {
      if (r.targetMode === 'External') continue;
      const target = resolveTarget(owner, r.target);
      if (!lower.has(target.toLowerCase())) problems.push(`${relsPath}: relationship to missing ${target}`);
    }
  }
  const wb = parseWorkbook(text('xl/workbook.xml'));
  const sheetNames = wb.sheets.map((s) => s.name.toLowerCase());
  if (new Set(sheetNames).size !== sheetNames.length) problems.push('duplicate sheet names');
  const ids = wb.sheets.map((s) => s.sheetId);
  if (new Set(ids).size !== ids.length) problems.push('duplicate sheet ids');
  const rels = parseRels(text('xl/_rels/workbook.xml.rels')).rels;
  for (const s of wb.sheets)
    if (!rels.some((r) => r.id === s.relId)) problems.push(`sheet relationship ${s.relId} missing`);
  for (const n of names.filter((x) => /\.(xml|rels)$/.test(x))) {
    try {
      parseXml(text(n));
    } catch (e) {
      problems.push(`${n} is not XML (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return problems;
}
