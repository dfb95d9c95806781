import fc from 'fast-check';
import { priceVolumeMix } from '../../../core/metrics/pvm';
import type { PvmRow } from '../../../core/metrics/pvm';

const sum = (r: ReturnType<typeof priceVolumeMix>) =>
  r.volume + r.mix + r.price + r.newProducts - r.discontinued;

describe('priceVolumeMix', () => {
  it('one product: volume at the old price, price on the new quantity', () => {
    const r = priceVolumeMix([{ key: 'A', q0: 10, r0: 100, q1: 12, r1: 132 }]);
    expect(r.volume).toBeCloseTo(20, 9);
    expect(r.mix).toBeCloseTo(0, 9);
    expect(r.price).toBeCloseTo(12, 9);
    expect(r.totalChange).toBe(32);
  });
  it('mix: the same total quantity shifted to the dearer product', () => {
    const r = priceVolumeMix([
      { key: 'cheap', q0: 10, r0: 100, q1: 5, r1: 50 },
      { key: 'dear', q0: 10, r0: 300, q1: 15, r1: 450 },
    ]);
    expect(r.volume).toBeCloseTo(0, 9);
    expect(r.mix).toBeCloseTo(100, 9);
    expect(r.price).toBeCloseTo(0, 9);
  });
  it('matches ΣQ1ᵢ·(P1ᵢ − P0ᵢ) for the price effect', () => {
    const rows: PvmRow[] = [
      { key: 'A', q0: 100, r0: 1000, q1: 120, r1: 1320 },
      { key: 'B', q0: 50, r0: 1500, q1: 40, r1: 1100 },
    ];
    const r = priceVolumeMix(rows);
    const price = rows.reduce((s, p) => s + p.q1 * (p.r1 / p.q1 - p.r0 / p.q0), 0);
    expect(r.price).toBeCloseTo(price, 9);
  });
  it('new products (q0 = 0) are a separate effect of their whole revenue', () => {
    const r = priceVolumeMix([
      { key: 'A', q0: 10, r0: 100, q1: 10, r1: 100 },
      { key: 'N', q0: 0, r0: 0, q1: 5, r1: 80 },
    ]);
    expect(r.newProducts).toBe(80);
    expect(r.newKeys).toEqual(['N']);
    expect(r.volume).toBeCloseTo(0, 9);
    expect(r.rule).toBe('separate-new-discontinued');
  });
  it('discontinued products (q1 = 0) are a separate loss', () => {
    const r = priceVolumeMix([
      { key: 'A', q0: 10, r0: 100, q1: 10, r1: 100 },
      { key: 'D', q0: 4, r0: 60, q1: 0, r1: 0 },
    ]);
    expect(r.discontinued).toBe(60);
    expect(r.discontinuedKeys).toEqual(['D']);
    expect(sum(r)).toBeCloseTo(-60, 9);
  });
  it('sums rows with the same key first', () => {
    const r = priceVolumeMix([
      { key: 'A', q0: 5, r0: 50, q1: 6, r1: 66 },
      { key: 'A', q0: 5, r0: 50, q1: 6, r1: 66 },
    ]);
    expect(r.continuingKeys).toEqual(['A']);
    expect(r.volume).toBeCloseTo(20, 9);
  });
  it('counts non-finite inputs as 0 and lists their keys, without throwing', () => {
    const r = priceVolumeMix([{ key: 'X', q0: NaN, r0: 10, q1: 1, r1: Infinity }]);
    expect(r.invalidKeys).toEqual(['X']);
    expect(Number.isFinite(sum(r))).toBe(true);
  });
  it('handles no rows', () => {
    const r = priceVolumeMix([]);
    expect([r.volume, r.mix, r.price, r.newProducts, r.discontinued]).toEqual([0, 0, 0, 0, 0]);
  });
  it('does not mutate its input', () => {
    const rows = [{ key: 'A', q0: 5, r0: 50, q1: 6, r1: 66 }];
    const copy = JSON.parse(JSON.stringify(rows));
    priceVolumeMix(rows);
    expect(rows).toEqual(copy);
  });
  it('property: volume + mix + price + new − discontinued = ΣR1 − ΣR0', () => {
    const q = fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 1e6, noNaN: true }));
    const r = fc.double({ min: -1e3, max: 1e9, noNaN: true });
    const row = fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), q0: q, r0: r, q1: q, r1: r });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const res = priceVolumeMix(rows);
        const change = rows.reduce((s, p) => s + p.r1, 0) - rows.reduce((s, p) => s + p.r0, 0);
        const scale = Math.max(1, ...rows.map((p) => Math.abs(p.r0) + Math.abs(p.r1)));
        expect(Math.abs(sum(res) - change)).toBeLessThanOrEqual(1e-9 * scale);
        expect(res.totalChange).toBeCloseTo(change, 0);
      }),
    );
  });
});
