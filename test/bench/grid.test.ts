import { HEADERS, makeGrid, prng } from '../../bench/grid';

describe('bench grid', () => {
  const grid = makeGrid({ rows: 5000, seed: 42 });
  it('has the header row and the requested number of rows of 10 cells', () => {
    expect(grid[0]).toEqual(HEADERS);
    expect(grid.length).toBe(5000);
    expect(grid.every((r) => r.length === 10)).toBe(true);
  });
  it('is the same for the same seed and differs for another', () => {
    expect(makeGrid({ rows: 5000, seed: 42 })).toEqual(grid);
    expect(makeGrid({ rows: 5000, seed: 43 })).not.toEqual(grid);
  });
  it('holds serial dates in 2023–2025, text amounts with separators and 万, refunds and blank customers', () => {
    const rows = grid.slice(1);
    expect(rows.every((r) => typeof r[0] === 'number' && r[0] >= 44927 && r[0] < 46023)).toBe(true);
    expect(rows.some((r) => typeof r[7] === 'string' && r[7].includes(','))).toBe(true);
    expect(rows.some((r) => typeof r[7] === 'string' && r[7].endsWith('万'))).toBe(true);
    expect(rows.some((r) => typeof r[7] === 'number' && r[7] < 0)).toBe(true);
    expect(rows.some((r) => r[3] === null)).toBe(true);
  });
  it('prng yields numbers in [0, 1)', () => {
    const r = prng(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
