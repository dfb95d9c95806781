import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ownedTabs } from '../../cli/xlsx-package';
import { parseWorkbook } from '../../cli/ooxml';
import { partNames, partText } from './zip-parts';
import { colLetter, rangeA1 } from '../../cli/render-xlsx';
import { writeReviewWorkbook } from '../../cli/write-output';
import { sampleDoc, userWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function part(path: string, name: string): Promise<string> {
  return partText(path, name);
}

/** The sheet XML part of a tab, found through workbook.xml and its rels. */
async function sheetXml(path: string, tab: string): Promise<string> {
  const wbXml = await part(path, 'xl/workbook.xml');
  const rid = new RegExp(`<sheet [^>]*name="${tab.replace(/[()]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(
    wbXml,
  )?.[1];
  const rels = await part(path, 'xl/_rels/workbook.xml.rels');
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  return part(path, `xl/${target}`);
}

describe('A1 helpers', () => {
  it('names columns and ranges', () => {
    expect(colLetter(0)).toBe('A');
    expect(colLetter(25)).toBe('Z');
    expect(colLetter(26)).toBe('AA');
    expect(rangeA1({ r0: 2, c0: 1, r1: 2, c1: 1 })).toBe('B3');
    expect(rangeA1({ r0: 0, c0: 0, r1: 9, c1: 27 })).toBe('A1:AB10');
  });
});

describe('writeReviewWorkbook (xlsx input)', () => {
  const input = join(dir, 'user.xlsx');
  const out = join(dir, 'out.xlsx');
  let names: string[] = [];
  beforeAll(async () => {
    await userWorkbook(input);
    names = await writeReviewWorkbook({ kind: 'xlsx', path: input }, sampleDoc(), out);
  });

  it('adds the review tabs after the user sheets; a user tab with our name keeps it and ours takes a suffix', async () => {
    expect(names).toEqual(['复盘-总览', '复盘-计划 (2)']);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['销售明细', '复盘-计划', '复盘-总览', '复盘-计划 (2)']);
    expect(wb.getWorksheet('复盘-计划')?.getCell('A1').value).toBe('my own notes');
  });

  it('copies the user sheets byte for byte', async () => {
    for (const n of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']) {
      expect(await part(out, n)).toBe(await part(input, n));
    }
  });

  it('keeps the user sheet values, formula and formats', async () => {
    const ws = (await load(out)).getWorksheet('销售明细');
    expect(ws?.getCell('C3').value).toBe(1200.5);
    expect(ws?.getCell('C3').numFmt).toBe('#,##0.00;[Red]-#,##0.00');
    expect(ws?.getCell('B3').font?.color?.argb).toBe('FF00B050');
    expect(ws?.getCell('C5').value).toEqual({ formula: 'SUM(C3:C4)', result: 2000.5 });
    expect(ws?.getCell('A3').value).toEqual(new Date(Date.UTC(2025, 0, 5)));
  });

  it('writes values, number formats, styles and formula cells with cached results', async () => {
    const ws = (await load(out)).getWorksheet('复盘-总览');
    expect(ws?.getCell('B4').value).toBe(1234.5);
    expect(ws?.getCell('B4').numFmt).toBe('#,##0.0');
    expect(ws?.getCell('D4').value).toEqual({ formula: 'B4/C4', result: 1.2345 });
    expect(ws?.getCell('D4').numFmt).toBe('0.0%');
    expect(ws?.getCell('D4').font).toMatchObject({ bold: true, italic: true });
    expect(ws?.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FF1F4E79' } });
    expect(ws?.getCell('A3').font?.color?.argb).toBe('FFFFFFFF');
    expect(ws?.getCell('A3').alignment?.horizontal).toBe('center');
    expect(ws?.getCell('A3').border?.bottom?.style).toBe('thin');
    expect(ws?.getCell('A6').value).toBe(true);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const ws = (await load(out)).getWorksheet('复盘-总览');
    expect(ws?.getCell('A4').value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws?.getCell('A5').value).toBe('@SUM(1)');
    const xml = await sheetXml(out, '复盘-总览');
    const a4 = /<c r="A4"[^>]*>[\s\S]*?<\/c>/.exec(xml)?.[0] ?? '';
    expect(a4).toContain('t="inlineStr"');
    expect(a4).not.toContain('<f>');
  });

  it('writes merges, widths, freeze panes, tab colour, conditional formats and print setup', async () => {
    const ws = (await load(out)).getWorksheet('复盘-总览');
    expect(ws?.model.merges).toContain('A1:D1');
    expect(ws?.getColumn(1).width).toBe(24);
    expect(ws?.getRow(2).height).toBe(30);
    // the sample freezes column A under a title merged over A1:D1: the render plan keeps the rows only
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 3 });
    expect(ws?.properties.tabColor?.argb).toBe('FF2E75B6');
    expect(ws?.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const xml = await sheetXml(out, '复盘-总览');
    expect(xml).toMatch(
      /<cfRule type="cellIs" dxfId="\d+" priority="1" operator="lessThan"><formula>0.95<\/formula>/,
    );
    expect(xml).toMatch(/operator="between"><formula>0.95<\/formula><formula>1<\/formula>/);
  });

  it('points conditional formats at the review dxfs appended after the user styles', async () => {
    const styles = await part(out, 'xl/styles.xml');
    const xml = await sheetXml(out, '复盘-总览');
    const ids = [...xml.matchAll(/dxfId="(\d+)"/g)].map((m) => Number(m[1]));
    const dxfs = styles.match(/<dxf>[\s\S]*?<\/dxf>/g) ?? [];
    expect(dxfs[ids[0]]).toContain('FFC00000');
    expect(dxfs[ids[1]]).toContain('FFFFEB9C');
  });

  it('unlocks input cells', async () => {
    const ws = (await load(out)).getWorksheet('复盘-计划 (2)');
    expect(ws?.getCell('B1').protection?.locked).toBe(false);
    expect(ws?.getCell('B2').protection?.locked).not.toBe(false);
    expect(ws?.getCell('B3').value).toEqual({ formula: 'B2*(1+B1)', result: 1150 });
  });

  it('marks owned tabs in a hidden defined name and asks for recalculation on open', async () => {
    const wbXml = await part(out, 'xl/workbook.xml');
    expect(ownedTabs(parseWorkbook(wbXml))).toEqual(['复盘-总览', '复盘-计划 (2)']);
    expect(wbXml).toMatch(/<definedName name="SalesReview.OwnedTabs" hidden="1">/);
    expect(wbXml).toContain('fullCalcOnLoad="1"');
  });

  it('repeats the frozen header rows when printing', async () => {
    const wbXml = await part(out, 'xl/workbook.xml');
    expect(wbXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'复盘-总览'!$1:$3</definedName>`,
    );
    expect(wbXml).not.toContain('localSheetId="3"');
  });

  it('replaces its own tabs on a rerun and still never touches the user tab', async () => {
    const again = join(dir, 'again.xlsx');
    const doc = sampleDoc();
    doc.tabs[0].cells[3][1] = 999;
    const second = await writeReviewWorkbook({ kind: 'xlsx', path: out }, doc, again);
    expect(second).toEqual(['复盘-总览', '复盘-计划 (2)']);
    const wb = await load(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['销售明细', '复盘-计划', '复盘-总览', '复盘-计划 (2)']);
    expect(wb.getWorksheet('复盘-总览')?.getCell('B4').value).toBe(999);
    expect(wb.getWorksheet('复盘-计划')?.getCell('A1').value).toBe('my own notes');
    expect(await part(again, 'xl/worksheets/sheet1.xml')).toBe(await part(input, 'xl/worksheets/sheet1.xml'));
  });

  it('can write over its own input (atomic rename)', async () => {
    const path = join(dir, 'inplace.xlsx');
    await userWorkbook(path);
    await writeReviewWorkbook({ kind: 'xlsx', path }, sampleDoc(), path);
    await writeReviewWorkbook({ kind: 'xlsx', path }, sampleDoc(), path);
    expect((await load(path)).worksheets.length).toBe(4);
  });

  it('does not mutate the SheetDoc', async () => {
    const doc = sampleDoc();
    const before = JSON.stringify(doc);
    await writeReviewWorkbook({ kind: 'xlsx', path: input }, doc, join(dir, 'nomut.xlsx'));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('fails cleanly on an input that is not a workbook', async () => {
    await expect(
      writeReviewWorkbook({ kind: 'xlsx', path: __filename }, sampleDoc(), join(dir, 'bad.xlsx')),
    ).rejects.toThrow();
  });
});

describe('writeReviewWorkbook (csv input)', () => {
  it('puts the CSV data in a first sheet, values as read', async () => {
    const out = join(dir, 'csv-out.xlsx');
    const grid = [
      ['日期', '客户', '销售额'],
      ['2025-01-05', '=cmd|x', 12.5],
      [],
      ['2025-01-06', '乙', '1,234.50'],
    ];
    await writeReviewWorkbook({ kind: 'csv', sheetName: 'sales', grid }, sampleDoc(), out);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['sales', '复盘-总览', '复盘-计划']);
    const ws = wb.getWorksheet('sales');
    expect(ws?.getCell('B2').value).toBe('=cmd|x');
    expect(ws?.getCell('C2').value).toBe(12.5);
    expect(ws?.getCell('C4').value).toBe('1,234.50');
  });
});

describe('charts', () => {
  const input = join(dir, 'charts-in.xlsx');
  const out = join(dir, 'charts-out.xlsx');
  beforeAll(async () => {
    await userWorkbook(input);
    await writeReviewWorkbook({ kind: 'xlsx', path: input }, sampleDoc(), out);
  });

  it('draws the SheetDoc charts as native charts referencing the tab cells', async () => {
    const charts = partNames(out).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    const combo = await part(out, 'xl/charts/chart1.xml');
    expect(combo).toContain('<c:barDir val="col"/>');
    expect(combo).toContain("<c:f>'复盘-总览'!$B$4:$B$5</c:f>");
    expect(combo).toContain("<c:f>'复盘-总览'!$A$4:$A$5</c:f>");
    expect(combo).toMatch(/<c:lineChart>[\s\S]*'复盘-总览'!\$D\$4:\$D\$5[\s\S]*<\/c:lineChart>/);
    expect(combo).toContain('<c:crosses val="max"/>');
    // a bridge: stacked columns, the base without fill or line, the changes in their colours, no legend
    const bridge = await part(out, 'xl/charts/chart2.xml');
    expect(bridge).toContain('<c:grouping val="stacked"/>');
    expect(bridge).toContain('<c:overlap val="100"/>');
    expect(bridge).toMatch(
      /<c:idx val="0"\/>[^]*?<c:spPr><a:noFill\/><a:ln><a:noFill\/><\/a:ln><\/c:spPr>[^]*?<c:idx val="1"\/>[^]*?<a:srgbClr val="00803C"\/>/,
    );
    expect(bridge).not.toContain('<c:legend>');
    // the value axis starts at 0 (an automatic axis started LibreOffice's demo bridge at 28,000)
    expect(bridge).toContain(
      '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>',
    );
    expect(combo).toContain(
      '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling>',
    );
    const sheet = await sheetXml(out, '复盘-总览');
    expect(sheet).toMatch(
      /<drawing r:id="rIdDr1"\/><\/worksheet>$|<drawing r:id="rIdDr1"\/><(legacyDrawing|tableParts|extLst)/,
    );
    const types = await part(out, '[Content_Types].xml');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
  });

  it('removes its charts with its tabs on a rerun (no orphans)', async () => {
    const again = join(dir, 'charts-again.xlsx');
    await writeReviewWorkbook({ kind: 'xlsx', path: out }, sampleDoc(), again);
    expect(
      partNames(again)
        .filter((n) => /^xl\/(charts|drawings)\/\w+\.xml$/.test(n))
        .sort(),
    ).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml']);
    const types = await part(again, '[Content_Types].xml');
    expect(types.match(/chart\d\.xml/g)).toHaveLength(2);
  });
});
