import { runCore } from '../../bench/core-run';
import { makeGrid } from '../../bench/grid';

/** Calendar year of an Excel 1900-system serial (days since 1899-12-30). */
const yearOfSerial = (s: number) => new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCFullYear();

describe('bench core run', () => {
  const grid = makeGrid({ rows: 4000, seed: 9 });
  const out = runCore(grid, 2025);
  const rows = grid.slice(1);

  it('ingests every generated row', () => {
    expect(out.table.rowCount).toBe(rows.length);
  });
  it('group sums reconcile with the amount column', () => {
    let col = 0;
    for (const v of out.table.measures.amount!.values) if (v === v) col += v;
    const groups = out.quarterRegionProduct.sums.amount!.reduce((a, b) => a + b, 0);
    expect(groups).toBeCloseTo(col, 4);
  });
  it('lifecycle counts match a naive count over the grid', () => {
    const years = new Map<string, Set<number>>();
    for (const r of rows) {
      const c = r[3] as string | null;
      const amount = r[7];
      const positive = typeof amount === 'number' ? amount > 0 : !String(amount).startsWith('-');
      if (c === null || !positive) continue;
      if (!years.has(c)) years.set(c, new Set());
      years.get(c)!.add(yearOfSerial(r[0] as number));
    }
    let active = 0;
    let fresh = 0;
    let returning = 0;
    let wonBack = 0;
    let lost = 0;
    for (const ys of years.values()) {
      const before = [...ys].some((y) => y < 2024);
      if (ys.has(2025)) {
        active++;
        if (ys.has(2024)) returning++;
        else if (before) wonBack++;
        else fresh++;
      } else if (ys.has(2024)) lost++;
    }
    const l = out.lifecycle;
    expect([l.active, l.new, l.returning, l.wonBack, l.lost]).toEqual([
      active,
      fresh,
      returning,
      wonBack,
      lost,
    ]);
  });
  it('reports a timing for every stage', () => {
    const t = out.times;
    expect(t.total).toBeGreaterThanOrEqual(
      t.ingest + t.byQuarterRegionProduct + t.byCustomer + t.lifecycle - 1e-6,
    );
  });
});
