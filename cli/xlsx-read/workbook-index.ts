/**
 * Finds a workbook's parts: the main part through the package relationships, its tabs with their
 * sheet parts, the styles and shared-strings parts. Part names are matched as OPC says, ignoring
 * case, and targets may be relative or absolute ("/xl/worksheets/sheet1.xml").
 */
import { entryBytes, type ZipArchive, type ZipEntryInfo } from '../zip';
import { parseRels, parseWorkbook, relsPathOf, resolveTarget } from '../ooxml';
import type { RelsPart, SheetRef, WorkbookPart } from '../ooxml';

export interface TabPart {
  ref: SheetRef;
  /** The sheet part's zip path, or null when the relationship is missing. */
  path: string | null;
  /** worksheet, chartsheet, dialogsheet … (the relationship type's last segment). */
  kind: string;
}

export interface WorkbookIndex {
  zip: ZipArchive;
  workbookPath: string;
  workbook: WorkbookPart;
  rels: RelsPart;
  tabs: TabPart[];
  /** The part with a relationship type ending in `/kind` (styles, sharedStrings …), or null. */
  partOfType(kind: string): string | null;
}

/**
 * The entry of a part name, ignoring case as OPC part names do.
 * @example partEntry(zip, 'xl/workbook.xml')
 */
export function partEntry(zip: ZipArchive, path: string): ZipEntryInfo | undefined {
  const exact = zip.byName.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  return zip.entries.find((e) => e.name.toLowerCase() === lower);
}

/**
 * The text of a part (UTF-8, a BOM dropped), or null when the package has no such part.
 * @example partText(zip, 'xl/workbook.xml')
 */
export function partText(zip: ZipArchive, path: string): string | null {
  const e = partEntry(zip, path);
  if (!e) return null;
  const s = entryBytes(zip, e).toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const lastSegment = (type: string): string => type.slice(type.lastIndexOf('/') + 1);

/**
 * Reads the workbook index of a package.
 * @example workbookIndex(openZip(bytes)).tabs.map((t) => t.ref.name)
 */
export function workbookIndex(zip: ZipArchive): WorkbookIndex {
  const pkgRels = partText(zip, '_rels/.rels');
  const main =
    pkgRels === null
      ? undefined
      : parseRels(pkgRels).rels.find((r) => lastSegment(r.type) === 'officeDocument');
  const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const wbXml = partText(zip, workbookPath);
  if (wbXml === null) throw new Error('no workbook part (is this an .xlsx file?)');
  const workbook = parseWorkbook(wbXml);
  const relsXml = partText(zip, relsPathOf(workbookPath));
  const rels = relsXml === null ? { rels: [] } : parseRels(relsXml);
  const byId = new Map(rels.rels.map((r) => [r.id, r]));
  const tabs = workbook.sheets.map((ref) => {
    const rel = byId.get(ref.relId);
    return {
      ref,
      path: rel ? resolveTarget(workbookPath, rel.target) : null,
      kind: rel ? lastSegment(rel.type) : 'worksheet',
    };
  });
  return {
    zip,
    workbookPath,
    workbook,
    rels,
    tabs,
    partOfType: (kind) => {
      const rel = rels.rels.find((r) => lastSegment(r.type) === kind && r.targetMode !== 'External');
      return rel ? resolveTarget(workbookPath, rel.target) : null;
    },
  };
}
