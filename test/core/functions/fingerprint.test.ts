import fc from 'fast-check';
import { fingerprint } from '../../../core/functions/fingerprint';

const grid = (): unknown[][] => [
  ['日期', '区域', '销售额'],
  [45658, '华东', 100],
  [45659, '华南', '12.5万'],
];
const fp = (g: unknown[][]) => fingerprint(g, g.length);

describe('fingerprint', () => {
  it('is the same for equal content in different arrays', () => {
    expect(fp(grid())).toBe(fp(grid()));
  });

  it('changes when one cell changes, even by the last bit of a number', () => {
    const g = grid();
    g[1][2] = 100 + 1e-13;
    expect(fp(g)).not.toBe(fp(grid()));
  });

  it('tells a number from the same digits as text, and TRUE from 1', () => {
    const a = grid();
    a[1][2] = '100';
    const b = grid();
    b[1][2] = true;
    const c = grid();
    c[1][2] = 1;
    expect(new Set([fp(grid()), fp(a), fp(b), fp(c)]).size).toBe(4);
  });

  it('changes when a value moves to the next row', () => {
    expect(fp([['a', 'b'], ['c']])).not.toBe(fp([['a'], ['b', 'c']]));
  });

  it("treats Excel's null and Sheets' '' for a blank cell alike", () => {
    expect(
      fp([
        ['a', null],
        [1, undefined],
      ]),
    ).toBe(
      fp([
        ['a', ''],
        [1, ''],
      ]),
    );
  });

  it('covers only the rows asked for, and says how many', () => {
    const g = [...grid(), ['extra']];
    expect(fingerprint(g, 3)).toBe(fp(grid()));
    expect(fingerprint(g, 3).startsWith('3|')).toBe(true);
  });

  it('hashes a Date by its instant', () => {
    const d = (s: string) => [[new Date(s)]];
    expect(fp(d('2025-01-01T00:00:00Z'))).toBe(fp(d('2025-01-01T00:00:00Z')));
    expect(fp(d('2025-01-01T00:00:00Z'))).not.toBe(fp(d('2025-01-02T00:00:00Z')));
  });

  it('gives different keys to different grids (no collision in random pairs)', () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true }),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.constant(null),
    );
    const g = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(g, g, (a, b) => {
        const same =
          JSON.stringify(a.map((r) => r.map((v) => (v === '' ? null : Object.is(v, -0) ? '-0' : v)))) ===
          JSON.stringify(b.map((r) => r.map((v) => (v === '' ? null : Object.is(v, -0) ? '-0' : v))));
        return (fp(a) === fp(b)) === same;
      }),
      { numRuns: 2000 },
    );
  });
});
