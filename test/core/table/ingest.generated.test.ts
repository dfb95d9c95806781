/** The ingest hot path (per-column caches, blocks, fast number text) against a plain per-cell recomputation. */
import { makeGrid } from '../../../bench/grid';
import { ingest } from '../../../core/table/ingest';
import { parseAmount, parseDate } from '../../../core/table';

describe('ingest on a generated 20,000-row grid', () => {
  const grid = makeGrid({ rows: 20_000, seed: 7 });
  const r = ingest(grid);

  it('uses every data row', () => {
    if (!r.ok) throw new Error(r.code);
    expect(r.quality.rowsUsed).toBe(19_999);
  });

  it('matches amounts, dates and customers parsed cell by cell', () => {
    if (!r.ok) throw new Error(r.code);
    const amount = r.table.measures.amount?.values ?? new Float64Array();
    const customer = r.table.dims.customer;
    for (let k = 0; k < r.table.rowCount; k++) {
      const row = grid[r.table.sourceRow[k] - 1];
      expect(amount[k]).toBe(parseAmount(row[7]));
      const d = parseDate(row[0]);
      expect([r.table.monthIndex[k], r.table.day[k]]).toEqual([d?.monthIndex, d?.day]);
      const code = customer?.codes[k] ?? -1;
      expect(code < 0 ? null : customer?.values[code]).toBe(row[3] ?? null);
    }
  });

  it('flags every negative amount as a refund', () => {
    if (!r.ok) throw new Error(r.code);
    const negatives = Array.from(r.table.measures.amount?.values ?? []).filter((v) => v < 0);
    expect(r.quality.refunds.rows).toBe(negatives.length);
    expect(r.quality.refunds.amount).toBeCloseTo(
      negatives.reduce((a, b) => a + b, 0),
      6,
    );
  });
});
