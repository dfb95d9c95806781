/**
 * The review's rendered tabs into the user's package: each sheet part with its styles re-pointed
 * and its strings inline (the user's shared strings are never rewritten), its charts, a workbook
 * relationship, a content type and a <sheet> entry after the user's tabs.
 */
import type { ChartSpec } from '../../core/sheetdoc';
import { freeRelId, resolveTarget } from '../ooxml';
import { setOverride } from '../ooxml/content-types-part';
import type { StyleMaps } from '../ooxml/styles-part';
import { withDrawing } from '../xlsx-charts';
import { inlineSharedStrings, remapSheetStyles } from '../xlsx-styles';
import { addCharts } from './add-charts';
import { CT, REL, type WorkbookEdit } from './workbook-edit';

/** One rendered review tab: its name and worksheet XML (shared strings as the review's items). */
export interface RenderedTab {
  name: string;
  xml: string;
  charts: readonly ChartSpec[];
}

/**
 * Adds the tabs in order after the user's; returns their names.
 * @example addSheets(edit, tabs, maps, sharedItems, 'zh-CN')
 */
export function addSheets(
  edit: WorkbookEdit,
  tabs: readonly RenderedTab[],
  maps: StyleMaps,
  sharedItems: readonly string[],
  lang: string,
): string[] {
  const wb = edit.workbook;
  let sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
  for (const tab of tabs) {
    const path = edit.pkg.freeName('xl/worksheets', 'sheet');
    let xml = inlineSharedStrings(remapSheetStyles(tab.xml, maps), sharedItems).replace(
      /\stabSelected="1"/g,
      '',
    );
    if (tab.charts.length > 0) xml = withDrawing(xml, addCharts(edit, path, tab.charts, tab.name, lang));
    edit.pkg.set(path, xml);
    setOverride(edit.types, path, CT.worksheet);
    const relId = freeRelId(edit.rels, 'rIdSr');
    // The target relative to the workbook part's folder, as Excel writes it.
    const folder = edit.workbookPath.slice(0, edit.workbookPath.lastIndexOf('/') + 1);
    const target = path.startsWith(folder) ? path.slice(folder.length) : `/${path}`;
    edit.rels.rels.push({ id: relId, type: `${REL}/worksheet`, target });
    if (resolveTarget(edit.workbookPath, target) !== path) throw new Error(`bad sheet target ${target}`);
    wb.sheets.push({ name: tab.name, sheetId: ++sheetId, relId, state: 'visible' });
  }
  return tabs.map((t) => t.name);
}
