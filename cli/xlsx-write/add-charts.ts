/**
 * The native charts of a review tab as package parts: one drawing for the sheet, one chart part
 * per ChartSpec (DrawingML from xlsx-charts), their relationships and content types.
 */
import type { ChartSpec } from '../../core/sheetdoc';
import { freeRelId, relsPathOf, renderRels, type RelsPart } from '../ooxml';
import { setOverride } from '../ooxml/content-types-part';
import { chartXml, drawingXml } from '../xlsx-charts';
import { CT, REL, type WorkbookEdit } from './workbook-edit';

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * Adds the charts of the sheet at `sheetPath`; returns the relationship id the sheet's <drawing>
 * element must name (the sheet's rels part is written here).
 * @example const rid = addCharts(edit, 'xl/worksheets/sheet4.xml', specs, '复盘-总览', 'zh-CN');
 */
export function addCharts(
  edit: WorkbookEdit,
  sheetPath: string,
  specs: readonly ChartSpec[],
  tab: string,
  lang: string,
): string {
  const drawing = edit.pkg.freeName('xl/drawings', 'drawing');
  const drawingRels: RelsPart = { rels: [] };
  for (const spec of specs) {
    const chart = edit.pkg.freeName('xl/charts', 'chart');
    edit.pkg.set(chart, chartXml(spec, tab, lang));
    setOverride(edit.types, chart, CT.chart);
    drawingRels.rels.push({
      id: freeRelId(drawingRels, 'rIdC'),
      type: `${REL}/chart`,
      target: `../charts/${fileName(chart)}`,
    });
  }
  edit.pkg.set(drawing, drawingXml(specs));
  edit.pkg.set(relsPathOf(drawing), renderRels(drawingRels));
  setOverride(edit.types, drawing, CT.drawing);
  const sheetRels: RelsPart = {
    rels: [{ id: 'rIdDr1', type: `${REL}/drawing`, target: `../drawings/${fileName(drawing)}` }],
  };
  edit.pkg.set(relsPathOf(sheetPath), renderRels(sheetRels));
  return 'rIdDr1';
}
