import { balance } from '../../../core/plan/balance';

describe('balance', () => {
  it('rounds every cell to floor or ceiling with the target row and column sums', () => {
    const x = [
      [1.5, 1.5],
      [1.5, 1.5],
    ];
    const { cells, columnsExact } = balance(x, [3, 3], [3, 3]);
    expect(columnsExact).toBe(true);
    expect(cells.map((r) => r[0] + r[1])).toEqual([3, 3]);
    expect(cells[0][0] + cells[1][0]).toBe(3);
    for (const r of cells) for (const v of r) expect([1, 2]).toContain(v);
  });

  it('re-routes a unit when the greedy pass fills the wrong column', () => {
    // greedy gives row 0 column 0 (largest fraction); row 1 can only use column 0, so row 0 must move
    const x = [
      [0.6, 0.4],
      [0.4, 0],
    ];
    const { cells, columnsExact } = balance(x, [1, 1], [1, 1]);
    expect(columnsExact).toBe(true);
    expect(cells).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('keeps rows exact and says so when columns cannot be met', () => {
    const { cells, columnsExact } = balance([[0.5, 0]], [1], [0, 1]);
    expect(columnsExact).toBe(false);
    expect(cells[0][0] + cells[0][1]).toBe(1);
  });
});
