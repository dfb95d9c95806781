import fc from 'fast-check';
import { findDuplicates, sameRow } from '../../../core/table/duplicates';

describe('sameRow', () => {
  it('treats blanks alike and trims text', () => {
    expect(sameRow([1, 'a', null], [1, 'a ', ''])).toBe(true);
    expect(sameRow([1, 'a'], [1, 'b'])).toBe(false);
    expect(sameRow([new Date(5)], [new Date(5)])).toBe(true);
  });
});

describe('findDuplicates', () => {
  it('points each later copy at the first occurrence', () => {
    const grid = [['h'], [1, 'a'], [2, 'b'], [1, 'a'], [1, 'a']];
    const out = findDuplicates(grid, 1, Int32Array.of(0, 1, 2, 3), Int32Array.of(7, 8, 7, 7));
    expect(Array.from(out)).toEqual([-1, -1, 1, 1]);
  });
  it('does not call rows duplicates on a hash collision alone', () => {
    const grid = [[1], [2]];
    expect(Array.from(findDuplicates(grid, 0, Int32Array.of(0, 1), Int32Array.of(5, 5)))).toEqual([-1, -1]);
  });
  it('looks only at the used rows, with hashes indexed by data row', () => {
    // data rows 0..4 = grid rows 2..6; row 1 (a subtotal, say) is not used
    const grid = [['t'], ['h'], ['x'], ['y'], ['x'], ['z'], ['x']];
    const hashes = Int32Array.of(1, 2, 1, 3, 1);
    const out = findDuplicates(grid, 2, Int32Array.of(0, 2, 3, 4), hashes);
    expect(Array.from(out)).toEqual([-1, 2, -1, 2]);
  });
  it('agrees with a pairwise search on any rows, whatever the hashes collide on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b', ' a', null)), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 4 }),
        (rows, buckets) => {
          const grid = rows.map(([x, y]) => [x, y]);
          const used = Int32Array.from(grid.keys());
          const hashes = Int32Array.from(rows, ([x]) => x % buckets); // collisions on purpose
          const out = findDuplicates(grid, 0, used, hashes);
          const expected = grid.map((row, i) => {
            for (let j = 0; j < i; j++) if (sameRow(grid[j], row)) return j;
            return -1;
          });
          expect(Array.from(out)).toEqual(expected);
        },
      ),
    );
  });
  it('finds the first occurrence across hash partitions (20,000 rows, colliding and real hashes)', () => {
    let seed = 42;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const grid = Array.from({ length: 20000 }, () => [Math.floor(rnd() * 300), rnd() < 0.5 ? 'a' : 'b']);
    const used = Int32Array.from({ length: 15000 }, (_, k) => k + Math.floor(k / 3)); // skip every 4th row
    const first = new Map<string, number>();
    const expected = Array.from(used, (i) => {
      const key = JSON.stringify(grid[i]);
      const f = first.get(key);
      if (f === undefined) first.set(key, i);
      return f ?? -1;
    });
    // real-ish hashes spread over all 32 bits, and hashes that collide for half the rows
    const spread = Int32Array.from(grid, ([x, y]) =>
      Math.imul((x as number) * 2 + (y === 'a' ? 1 : 0), 0x9e3779b1),
    );
    const clash = Int32Array.from(grid, ([x]) => ((x as number) % 7) << 28);
    expect(Array.from(findDuplicates(grid, 0, used, spread))).toEqual(expected);
    expect(Array.from(findDuplicates(grid, 0, used, clash))).toEqual(expected);
  });
});
