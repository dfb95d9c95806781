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
});
