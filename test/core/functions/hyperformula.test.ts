import { HyperFormula, type CellValue, DetailedCellError } from 'hyperformula';
import { SALES_TRANSLATIONS, SalesPlugin } from './hf-plugin';

function engine(data: (number | string | null)[][]): HyperFormula {
  HyperFormula.registerFunctionPlugin(SalesPlugin, SALES_TRANSLATIONS);
  return HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
}

function sheet(hf: HyperFormula): CellValue[][] {
  return hf.getSheetValues(0);
}

afterEach(() => HyperFormula.unregisterFunctionPlugin(SalesPlugin));

describe('the registry inside HyperFormula', () => {
  it('splits 12亿 at {3,3,2,2} into a spilled row', () => {
    const hf = engine([['=SALES.SPLIT(1200000000,{3,3,2,2})']]);
    expect(sheet(hf)[0]).toEqual([360000000, 360000000, 240000000, 240000000]);
  });

  it('spills ATTAINMENT over A1:A4 against B1:B4 with an error per bad element', () => {
    const hf = engine([
      [137, 120, '=SALES.ATTAINMENT(A1:A4,B1:B4)'],
      [90, 100],
      [50, 0],
      [10, 'x'],
    ]);
    const col = sheet(hf).map((r) => r[2]);
    expect(col[0]).toBeCloseTo(1.1417, 4);
    expect(col[1]).toBeCloseTo(0.9, 12);
    expect(col[2]).toBeInstanceOf(DetailedCellError);
    expect((col[2] as DetailedCellError).value).toBe('#DIV/0!');
    expect((col[2] as DetailedCellError).message).toBe('target is 0: the ratio is undefined.');
    expect((col[3] as DetailedCellError).value).toBe('#VALUE!');
  });

  it('broadcasts a scalar target against a range', () => {
    const hf = engine([[100, '=SALES.ATTAINMENT(A1:A2,100)'], [150]]);
    expect(sheet(hf).map((r) => r[1])).toEqual([1, 1.5]);
  });

  it('cascades into a matrix whose row totals are exact', () => {
    const hf = engine([
      ['=SALES.CASCADE(100,{1;1;1},{1,1,1})', null, null, '=SUM(A1:C1)', '=SUM(A1:C3)'],
      [null, null, null, '=SUM(A2:C2)'],
      [null, null, null, '=SUM(A3:C3)'],
    ]);
    const v = sheet(hf);
    expect(v.map((r) => r[3])).toEqual([34, 33, 33]);
    expect(v[0][4]).toBe(100);
  });

  it('takes omitted optional arguments as their defaults', () => {
    const hf = engine([
      ['=SALES.RUN_RATE(300,3)', '=SALES.STATUS(0.92)', '=SALES.STATUS(0.92,1,0.9,"zh-CN")'],
    ]);
    expect(sheet(hf)[0]).toEqual([1200, 'Amber', '预警']);
  });

  it('computes scalar functions over ranges: SHARE spills, HHI and TOP_SHARE reduce', () => {
    const hf = engine([
      [50, '=SALES.SHARE(A1:A3)', '=SALES.HHI(A1:A3)', '=SALES.TOP_SHARE(A1:A3,2)'],
      [30],
      [20],
    ]);
    const v = sheet(hf);
    expect(v.map((r) => r[1])).toEqual([0.5, 0.3, 0.2]);
    expect(v[0][2]).toBeCloseTo(3800, 9);
    expect(v[0][3]).toBeCloseTo(0.8, 12);
  });

  it('reads dates as serial numbers and text in QUARTER and FISCAL_YEAR', () => {
    const hf = engine([
      ['=SALES.QUARTER(45658)', '=SALES.FISCAL_YEAR("2025-04-01",4)', '=SALES.QUARTER("2025年8月1日",4)'],
    ]);
    expect(sheet(hf)[0]).toEqual([1, 2026, 2]);
  });

  it('writes the narrative sentence and Chinese units', () => {
    const hf = engine([
      [
        '=SALES.NARRATIVE(1360000000,1300000000,1200000000)',
        '=SALES.CN_UNIT(1250000)',
        '=SALES.PARSE_AMOUNT("12.5万")',
      ],
    ]);
    expect(sheet(hf)[0]).toEqual(['销售额13.6亿元，完成率104.6%，同比增长13.3%', '125.0万', 125000]);
  });

  it('returns a whole-call error value for a bad argument', () => {
    const hf = engine([['=SALES.SPLIT(100,{1,-1})']]);
    const v = sheet(hf)[0][0] as DetailedCellError;
    expect(v.value).toBe('#NUM!');
    expect(v.message).toBe('Weight 2 is negative: weights must be 0 or more.');
  });

  it('outputs one PVM row', () => {
    const hf = engine([
      [10, 100, 12, 132, '=SALES.PVM(A1:A2,B1:B2,C1:C2,D1:D2)'],
      [5, 100, 5, 90],
    ]);
    const row = sheet(hf)[0].slice(4) as number[];
    expect(row).toHaveLength(5);
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(222 - 200, 9);
  });
});
