import { detectColumns } from '../../../core/table/detect';
import { sampleRows } from '../../../core/table/sample';
import { ingest } from '../../../core/table';
import type { CellValue } from '../../../core/table/types';

function ledger(n: number): CellValue[][] {
  const rows: CellValue[][] = [['2025年销售明细'], [], ['订单日期', '客户', '区域', '销售额(万元)']];
  for (let i = 0; i < n; i++)
    rows.push([
      `2025-${String((i % 12) + 1).padStart(2, '0')}-05`,
      `客户${i % 7}`,
      i % 2 ? '华东' : '华南',
      1 + (i % 9),
    ]);
  return rows;
}

describe('detectColumns', () => {
  it('finds the header under a title, the data range and the mapping ingest uses', () => {
    const grid = ledger(50);
    const d = detectColumns(grid);
    if (!d.ok) throw new Error(d.message);
    expect([d.headerRow, d.start, d.end]).toEqual([2, 3, 53]);
    const ing = ingest(grid);
    if (!ing.ok) throw new Error(ing.message);
    expect(d.mapping).toEqual(ing.mapping);
    expect(d.mapping.roles.amount?.unit?.scale).toBe(10000);
  });

  it('reads only the title rows and the sampled rows of a sparse grid, with the same result', () => {
    const grid = ledger(5000);
    const full = detectColumns(grid);
    if (!full.ok) throw new Error(full.message);
    const sparse: CellValue[][] = new Array<CellValue[]>(grid.length);
    for (let g = 0; g < 30; g++) sparse[g] = grid[g];
    // the rows sampleRows takes, found by marking them
    const marked = grid.map((row, g) => Object.assign([...row], { g }));
    for (const row of sampleRows(marked, full.start, full.end)) {
      const g = (row as unknown as { g: number }).g;
      sparse[g] = grid[g];
    }
    const d = detectColumns(sparse, {}, { end: full.end });
    expect(d).toEqual(full);
  });

  it('fails with a coded message when no column holds an amount', () => {
    const d = detectColumns([
      ['日期', '客户'],
      ['2025-01-05', '甲'],
    ]);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.code).toBe('NO_AMOUNT_COLUMN');
  });
});
