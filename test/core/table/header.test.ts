import { detectHeaderRow } from '../../../core/table/header';

describe('detectHeaderRow', () => {
  it('skips a merged title row, a note and blank rows', () => {
    const grid = [
      ['2025年销售明细'],
      ['注:数据截至12月31日'],
      [],
      ['日期', '客户', '销售额'],
      [45658, '甲', 100],
    ];
    expect(detectHeaderRow(grid)).toBe(3);
  });

  it('prefers the row naming roles over a group-heading row above it', () => {
    const grid = [
      ['基本信息', '', '金额信息', ''],
      ['日期', '客户', '销售额', '成本'],
      [45658, '甲', 100, 60],
    ];
    expect(detectHeaderRow(grid)).toBe(1);
  });

  it('takes the lower of two equally good stacked header rows', () => {
    const grid = [
      ['Date', 'Customer', 'Revenue'],
      ['日期', '客户', '销售额'],
      [45658, 'A', 1],
    ];
    expect(detectHeaderRow(grid)).toBe(1);
  });

  it('keeps the first header when the same header repeats further down', () => {
    const grid = [
      ['日期', '客户', '销售额'],
      [45658, 'A', 1],
      [45659, 'B', 2],
      ['日期', '客户', '销售额'],
      [45660, 'C', 3],
    ];
    expect(detectHeaderRow(grid)).toBe(0);
  });

  it('returns −1 when no row looks like a header', () => {
    expect(
      detectHeaderRow([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe(-1);
    expect(detectHeaderRow([])).toBe(-1);
  });

  it('does not mutate the grid', () => {
    const grid = [
      ['日期', '客户', '销售额'],
      [45658, 'A', 1],
    ];
    const copy = JSON.parse(JSON.stringify(grid));
    detectHeaderRow(grid);
    expect(grid).toEqual(copy);
  });
});
