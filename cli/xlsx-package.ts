/**
 * Adds rendered review tabs to the user's .xlsx package. The user's parts are copied as stored
 * (not even recompressed); only the index parts change — workbook.xml, its relationships,
 * [Content_Types].xml, app.xml, styles.xml (append only) — each through its parsed model. Tabs
 * written by an earlier run are listed in a hidden defined name and replaced; a user tab with a
 * clashing name is never touched (the new tab takes a suffix).
 */
import type { ChartSpec } from '../core/sheetdoc';
import type { ZipArchive } from './zip';
import { partText, workbookIndex } from './xlsx-read/workbook-index';
import { sharedStringItems } from './xlsx-styles';
import type { OoxmlPackage } from './xlsx-write/package';
import { openEdit, commitEdit } from './xlsx-write/workbook-edit';
import { removeOwnedTabs } from './xlsx-write/remove-owned';
import { mergeReviewStyles } from './xlsx-write/merge-styles';
import { addSheets, type RenderedTab } from './xlsx-write/add-sheets';
import { recalcOnLoad, recordOwned } from './xlsx-write/finish-workbook';

export { OWNED_NAME, ownedTabs, uniqueName, plannedNames } from './xlsx-write/owned-tabs';

/** What the added tabs need beyond their cells, by final tab name: charts and rows to repeat when printing. */
export interface TabExtras {
  tabs: ReadonlyMap<string, { charts: readonly ChartSpec[]; printTitleRows: number }>;
  /** Language of chart text. */
  lang: string;
}

/** The rendered review workbook's tabs, styles and shared strings. */
function reviewParts(
  review: ZipArchive,
  extras?: TabExtras,
): { tabs: RenderedTab[]; styles: string; shared: string[] } {
  const index = workbookIndex(review);
  const text = (path: string | null): string => {
    const t = path === null ? null : partText(review, path);
    if (t === null) throw new Error(`review workbook part missing: ${path}`);
    return t;
  };
  const sstPath = index.partOfType('sharedStrings');
  return {
    tabs: index.tabs.map((t) => ({
      name: t.ref.name,
      xml: text(t.path),
      charts: extras?.tabs.get(t.ref.name)?.charts ?? [],
    })),
    styles: text(index.partOfType('styles')),
    shared: sstPath === null ? [] : sharedStringItems(text(sstPath)),
  };
}

/**
 * Adds the review workbook's tabs (rendered by ExcelJS, review tabs only) to the package, replacing
 * the tabs of an earlier run; returns the names of the tabs added.
 * @example addReviewSheets(pkg, openZip(reviewBuffer), extras);
 */
export function addReviewSheets(pkg: OoxmlPackage, review: ZipArchive, extras?: TabExtras): string[] {
  const parts = reviewParts(review, extras);
  const edit = openEdit(pkg);
  removeOwnedTabs(edit);
  const maps = mergeReviewStyles(edit, parts.styles);
  const names = addSheets(edit, parts.tabs, maps, parts.shared, extras?.lang ?? 'en');
  const printRows = new Map(names.map((n) => [n, extras?.tabs.get(n)?.printTitleRows ?? 0]));
  recordOwned(edit, names, printRows);
  recalcOnLoad(edit);
  commitEdit(edit);
  return names;
}
