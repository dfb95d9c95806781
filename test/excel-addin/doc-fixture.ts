/** Hand-built SheetDocs for the host tests (independent of the core's tab builders; the bridge uses its chart helper). */
import type { Cell, SheetDoc, TabDoc } from '../../core/sheetdoc/types';
import { bridgeChart } from '../../core/sheetdoc';

export function tab(key: string, name: string, cells: Cell[][], extra: Partial<TabDoc> = {}): TabDoc {
  return {
    key,
    name,
    cells,
    formats: [],
    merges: [],
    colWidths: [],
    freeze: { rows: 0, cols: 0 },
    conditionalFormats: [],
    charts: [],
    inputRanges: [],
    print: { landscape: false, fitToWidth: false },
    ...extra,
  };
}

/** A two-tab review: an overview with every feature, and a bridge tab with its floating bars. */
export function sampleDoc(): SheetDoc {
  const overview = tab(
    'overview',
    'Review - Overview',
    [
      ['2025 sales review', null, null],
      ['Customer', 'Revenue', 'Share'],
      ['=HYPERLINK("http://evil","x")', 1200, { formula: '=B3/B5', value: 0.6 }],
      ['+cmd|calc', 800, { formula: '=B4/B5', value: 0.4 }],
      ['Total', { formula: '=SUM(B3:B4)', value: 2000 }, 1],
    ],
    {
      formats: [
        { range: { r0: 0, c0: 0, r1: 0, c1: 2 }, style: { bold: true, fontSize: 14 } },
        {
          range: { r0: 1, c0: 0, r1: 1, c1: 2 },
          style: { fill: '#1F4E78', fontColor: '#FFFFFF', hAlign: 'center', wrap: true },
        },
        { range: { r0: 2, c0: 1, r1: 4, c1: 1 }, numFmt: '#,##0' },
        { range: { r0: 2, c0: 2, r1: 4, c1: 2 }, numFmt: '0.0%' },
        { range: { r0: 4, c0: 0, r1: 4, c1: 2 }, style: { bold: true, borderTop: true } },
      ],
      merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }],
      colWidths: [24, 14, 14],
      freeze: { rows: 2, cols: 1 },
      conditionalFormats: [
        {
          kind: 'cellIs',
          range: { r0: 2, c0: 2, r1: 3, c1: 2 },
          op: 'lessThan',
          values: [0.5],
          style: { fontColor: '#C00000' },
        },
      ],
      charts: [
        {
          kind: 'pareto',
          title: 'Pareto',
          categories: { r0: 2, c0: 0, r1: 3, c1: 0 },
          series: [
            { name: 'Revenue', values: { r0: 2, c0: 1, r1: 3, c1: 1 }, as: 'column' },
            { name: 'Cumulative', values: { r0: 2, c0: 2, r1: 3, c1: 2 }, as: 'line', secondaryAxis: true },
          ],
          anchor: { row: 1, col: 4 },
          width: 400,
          height: 240,
        },
      ],
      tabColor: '#1F4E78',
      print: { landscape: true, fitToWidth: true },
    },
  );
  const bridge = bridgeChart({
    firstRow: 1,
    lastRow: 4,
    labelCol: 0,
    amountCol: 1,
    helperCol: 2,
    amounts: [1000, 300, -100, 1200],
    increaseIsGood: true,
    names: { base: 'Base', total: 'Start / end', increase: 'Increase', decrease: 'Decrease' },
    title: 'Bridge',
    anchor: { row: 0, col: 7 },
    width: 400,
    height: 240,
  })!;
  const bridges = tab(
    'bridges',
    'Review - Bridges',
    [
      ['Step', 'Change', 'Base', 'Start / end', 'Increase', 'Decrease'],
      ...[
        ['Prior year', 1000],
        ['Volume', 300],
        ['Price', -100],
        ['This year', 1200],
      ].map((row, i) => [...row, ...bridge.helper[i]]),
    ],
    { charts: [bridge.chart] },
  );
  return { owner: 'sales-review', version: 1, lang: 'en', tabs: [overview, bridges] };
}
