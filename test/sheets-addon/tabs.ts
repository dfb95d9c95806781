/** Test SheetDocs: a synthetic tab whose size is a parameter, and the real doc of the sample model. */
import type { SheetDoc, TabDoc } from '../../core/sheetdoc/types';
import { layoutOf, sampleModel } from '../core/sheetdoc/sample-model';

/**
 * A tab shaped like a breakdown: title, header, `rows` data rows (customer names from the data),
 * a total with a formula, formats, a merge, a rule and a chart — the layout fixed, the data sized.
 */
export function sizedTab(rows: number, names: (i: number) => string = (i) => `Customer ${i + 1}`): TabDoc {
  const cells: TabDoc['cells'] = [['Review - Customers'], ['Customer', 'Revenue', 'Share', 'Attainment']];
  for (let i = 0; i < rows; i++) cells.push([names(i), 1000 + i, 0.01, 0.9 + (i % 20) / 100]);
  const last = cells.length; // 0-based index of the total row
  cells.push(['Total', { formula: `=SUM(B3:B${last})`, value: 0 }, 1, null]);
  return {
    key: 'customers',
    name: 'Review - Customers',
    cells,
    formats: [
      { range: { r0: 0, c0: 0, r1: 0, c1: 3 }, style: { bold: true, fontSize: 14 } },
      {
        range: { r0: 1, c0: 0, r1: 1, c1: 3 },
        style: { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', hAlign: 'center', wrap: true },
      },
      { range: { r0: 2, c0: 1, r1: last, c1: 1 }, numFmt: '#,##0' },
      { range: { r0: 2, c0: 2, r1: last, c1: 3 }, numFmt: '0.0%' },
      {
        range: { r0: last, c0: 0, r1: last, c1: 3 },
        style: { bold: true, fill: '#EEF2F7', borderTop: true },
      },
      { range: { r0: 1, c0: 0, r1: 1, c1: 3 }, style: { borderBottom: true, italic: false } },
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
    colWidths: [24, 14, 10, 10],
    freeze: { rows: 2, cols: 0 },
    conditionalFormats: [
      {
        kind: 'cellIs',
        range: { r0: 2, c0: 3, r1: last - 1, c1: 3 },
        op: 'lessThan',
        values: [0.95],
        style: { fontColor: '#C00000' },
      },
      {
        kind: 'cellIs',
        range: { r0: 2, c0: 3, r1: last - 1, c1: 3 },
        op: 'between',
        values: [0.95, 1],
        style: { fill: '#FFE699', bold: true },
      },
    ],
    charts: [
      {
        kind: 'pareto',
        title: 'Pareto',
        categories: { r0: 2, c0: 0, r1: last - 1, c1: 0 },
        series: [
          { name: 'Revenue', values: { r0: 2, c0: 1, r1: last - 1, c1: 1 } },
          {
            name: 'Cumulative',
            values: { r0: 2, c0: 2, r1: last - 1, c1: 2 },
            as: 'line',
            secondaryAxis: true,
          },
        ],
        anchor: { row: 1, col: 5 },
        width: 480,
        height: 300,
      },
    ],
    tabColor: '#1F4E78',
    inputRanges: [],
    print: { landscape: true, fitToWidth: true },
  };
}

/** A one-tab doc. */
export function docOf(...tabs: TabDoc[]): SheetDoc {
  return { owner: 'sales-review', version: 1, lang: 'en', tabs };
}

/** The full review doc of the sheetdoc tests' sample model. */
export function sampleDoc(lang: 'en' | 'zh-CN' | 'zh-TW' = 'zh-CN'): SheetDoc {
  return layoutOf(sampleModel(lang));
}
