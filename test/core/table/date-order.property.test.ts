/** Property: a column's day order is decided once for the column; no two cells are read in two orders. */
import fc from 'fast-check';
import { ingest } from '../../../core/table/ingest';
import { parseDateText } from '../../../core/table/date';
import type { DayOrder } from '../../../core/table/date';
import type { Grid } from '../../../core/table/types';

const pad = (n: number, two: boolean) => (two && n < 10 ? `0${n}` : String(n));

/** A year-last date text written in `order` (mdy or dmy), with a separator, padding and maybe a time. */
const yearLast = (order: 'mdy' | 'dmy') =>
  fc
    .record({
      y: fc.integer({ min: 2000, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      sep: fc.constantFrom('/', '-', '.'),
      two: fc.boolean(),
      time: fc.constantFrom('', ' 0:00', ' 12:00 AM', ' 00:00:00', ' 23:59'),
    })
    .map(({ y, m, d, sep, two, time }) => {
      const [a, b] = order === 'mdy' ? [m, d] : [d, m];
      return { text: `${pad(a, two)}${sep}${pad(b, two)}${sep}${y}${time}`, y, m, d };
    });

const sheet = (texts: string[]): Grid => [['Date', 'Amount'], ...texts.map((t) => [t, 1])];

function monthDay(g: { monthIndex: Int32Array; day: Uint8Array }, k: number): string {
  return `${g.monthIndex[k]}/${g.day[k]}`;
}

describe('date order per column (properties)', () => {
  it('reads every cell of a column in one order, whatever the mix of cells', () => {
    const cell = fc.oneof(
      yearLast('mdy').map((x) => x.text),
      yearLast('dmy').map((x) => x.text),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), (texts) => {
        const r = ingest(sheet(texts), { lang: 'en' });
        if (!r.ok) {
          expect(r.code).toBe('ALL_ROWS_SKIPPED');
          return;
        }
        const order = r.quality.dateOrders?.[0]?.order as DayOrder;
        expect(['mdy', 'dmy']).toContain(order);
        // every used row reads as the column's order reads it …
        for (let k = 0; k < r.table.rowCount; k++) {
          const text = texts[r.table.sourceRow[k] - 2];
          const d = parseDateText(text, order);
          expect(d).not.toBeNull();
          expect(monthDay(r.table, k)).toBe(`${d?.monthIndex}/${d?.day}`);
        }
        // … and every skipped date is one that order cannot read (never read in the other order)
        for (const s of r.quality.skipped) {
          expect(s.code).toBe('BAD_DATE');
          expect(parseDateText(texts[s.row - 2], order)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a column written in one order right, also when the evidence is past the sample', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'mdy' | 'dmy'>('mdy', 'dmy'),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 10_000 }),
        (order, ambiguous, seed) => {
          // `ambiguous` rows whose parts are both ≤ 12 (either order reads them), then one with evidence
          const rows: { text: string; y: number; m: number; d: number }[] = [];
          for (let i = 0; i < ambiguous; i++) {
            const m = ((i + seed) % 12) + 1;
            const d = ((i * 7 + seed) % 12) + 1;
            const [a, b] = order === 'mdy' ? [m, d] : [d, m];
            rows.push({ text: `${a}/${b}/2020`, y: 2020, m, d });
          }
          const [a, b] = order === 'mdy' ? [3, 25] : [25, 3];
          rows.splice(Math.min(rows.length, 301 + (seed % 5)), 0, {
            text: `${a}/${b}/2021`,
            y: 2021,
            m: 3,
            d: 25,
          });
          const r = ingest(sheet(rows.map((x) => x.text)), { lang: 'en' });
          if (!r.ok) throw new Error(r.code);
          expect(r.quality.dateOrders?.[0]).toMatchObject({ order, basis: 'evidence' });
          expect(r.table.rowCount).toBe(rows.length);
          for (let k = 0; k < rows.length; k++) {
            expect(r.table.monthIndex[k]).toBe(rows[k].y * 12 + rows[k].m - 1);
            expect(r.table.day[k]).toBe(rows[k].d);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
