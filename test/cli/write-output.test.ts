import { CSV_DATA_AUTO_MAX_CELLS, csvDataPlan, MAX_SHEET_ROWS } from '../../cli/write-output';

describe('csvDataPlan', () => {
  const rows = (n: number, width: number): null[][] =>
    Array.from({ length: n }, () => new Array(width).fill(null));

  it('copies a CSV that fits comfortably, and says why it does not copy one that does not', () => {
    const limitRows = CSV_DATA_AUTO_MAX_CELLS / 10;
    expect(csvDataPlan(rows(limitRows, 10), 'auto')).toEqual({ copy: true });
    expect(csvDataPlan(rows(limitRows + 1, 10), 'auto')).toEqual({
      copy: false,
      why: 'too-big',
      cells: CSV_DATA_AUTO_MAX_CELLS + 10,
    });
  });

  it('follows --with-data up to the rows a sheet holds, and --no-data always', () => {
    expect(csvDataPlan(rows(CSV_DATA_AUTO_MAX_CELLS / 5, 10), 'with')).toEqual({ copy: true });
    expect(csvDataPlan(rows(MAX_SHEET_ROWS + 1, 0), 'with')).toMatchObject({
      copy: false,
      why: 'over-sheet',
    });
    expect(csvDataPlan([['a']], 'without')).toEqual({ copy: false, why: 'asked', cells: 1 });
  });
});
