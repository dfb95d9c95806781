/** Shared fixtures for the CLI tests: a hand-made SheetDoc and a small user workbook. */
import ExcelJS from 'exceljs';
import type { SheetDoc, TabDoc } from '../../core/sheetdoc/types';

/** A two-tab SheetDoc exercising every feature the .xlsx renderer translates. */
export function sampleDoc(): SheetDoc {
  const overview: TabDoc = {
    key: 'overview',
    name: '复盘-总览',
    cells: [
      ['销售复盘 2025', null, null, null],
      ['单位:万元', null, null, null],
      ['客户', '收入', '目标', '完成率'],
      ['=HYPERLINK("http://evil","x")', 1234.5, 1000, { formula: '=B4/C4', value: 1.2345 }],
      ['@SUM(1)', -20, 100, { formula: '=IF(C5=0,"",B5/C5)', value: -0.2 }],
      [true, null, '+3.7 pp', null],
    ],
    formats: [
      { range: { r0: 0, c0: 0, r1: 0, c1: 3 }, style: { bold: true, fontSize: 14 } },
      {
        range: { r0: 2, c0: 0, r1: 2, c1: 3 },
        style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', hAlign: 'center', borderBottom: true },
      },
      { range: { r0: 3, c0: 1, r1: 4, c1: 2 }, numFmt: '#,##0.0' },
      { range: { r0: 3, c0: 3, r1: 4, c1: 3 }, numFmt: '0.0%', style: { italic: true } },
      { range: { r0: 3, c0: 3, r1: 3, c1: 3 }, style: { bold: true } },
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
    colWidths: [24, 12, 12, 10],
    rowHeights: [{ row: 1, height: 30 }],
    freeze: { rows: 3, cols: 1 },
    conditionalFormats: [
      {
        kind: 'cellIs',
        range: { r0: 3, c0: 3, r1: 4, c1: 3 },
        op: 'lessThan',
        values: [0.95],
        style: { fontColor: '#C00000' },
      },
      {
        kind: 'cellIs',
        range: { r0: 3, c0: 3, r1: 4, c1: 3 },
        op: 'between',
        values: [0.95, 1],
        style: { fill: '#FFEB9C', bold: true },
      },
    ],
    charts: [
      {
        kind: 'column',
        title: '收入与目标',
        categories: { r0: 3, c0: 0, r1: 4, c1: 0 },
        series: [
          { name: '收入', values: { r0: 3, c0: 1, r1: 4, c1: 1 } },
          { name: '目标', values: { r0: 3, c0: 2, r1: 4, c1: 2 } },
          { name: '完成率', values: { r0: 3, c0: 3, r1: 4, c1: 3 }, as: 'line', secondaryAxis: true },
        ],
        anchor: { row: 7, col: 0 },
        width: 480,
        height: 240,
      },
      {
        kind: 'waterfall',
        stacked: true,
        valueAxisMin: 0,
        title: "Bridge 'quoted'",
        categories: { r0: 3, c0: 0, r1: 4, c1: 0 },
        series: [
          { name: 'Base', values: { r0: 3, c0: 1, r1: 4, c1: 1 }, fill: null },
          { name: 'Increase', values: { r0: 3, c0: 2, r1: 4, c1: 2 }, fill: '#00803C' },
        ],
        anchor: { row: 7, col: 6 },
        width: 400,
        height: 240,
      },
    ],
    tabColor: '#2E75B6',
    inputRanges: [],
    print: { landscape: true, fitToWidth: true },
  };
  const plan: TabDoc = {
    key: 'plan',
    name: '复盘-计划',
    cells: [
      ['增长率', 0.15],
      ['基数', 1000],
      ['目标', { formula: '=B2*(1+B1)', value: 1150 }],
      ['Q1', { formula: '=B3*0.3', value: 345 }],
    ],
    formats: [{ range: { r0: 0, c0: 1, r1: 0, c1: 1 }, numFmt: '0.0%', style: { fill: '#FFF2CC' } }],
    merges: [],
    colWidths: [10, 14],
    freeze: { rows: 0, cols: 0 },
    conditionalFormats: [],
    charts: [],
    inputRanges: [{ r0: 0, c0: 1, r1: 0, c1: 1 }],
    print: { landscape: true, fitToWidth: true },
  };
  return { owner: 'sales-review', version: 1, lang: 'zh-CN', tabs: [overview, plan] };
}

/** A user workbook with data, a formula, a merge, a custom format, and a tab named like ours. */
export async function userWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('销售明细');
  ws.addRow(['2025年销售明细']);
  ws.mergeCells('A1:C1');
  ws.addRow(['订单日期', '客户', '销售额']);
  ws.addRow([new Date(Date.UTC(2025, 0, 5)), '甲公司', 1200.5]);
  ws.addRow([new Date(Date.UTC(2025, 1, 9)), '乙公司', 800]);
  ws.addRow(['合计', null, { formula: 'SUM(C3:C4)', result: 2000.5 }]);
  ws.getColumn(1).numFmt = 'yyyy-mm-dd';
  ws.getCell('C3').numFmt = '#,##0.00;[Red]-#,##0.00';
  ws.getCell('B3').font = { bold: true, color: { argb: 'FF00B050' } };
  const user = wb.addWorksheet('复盘-计划');
  user.addRow(['my own notes']);
  await wb.xlsx.writeFile(path);
}
