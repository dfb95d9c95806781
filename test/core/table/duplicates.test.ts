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
    expect(Array.from(findDuplicates(grid, Int32Array.of(1, 2, 3, 4), Int32Array.of(7, 8, 7, 7)))).toEqual([
      -1, -1, 1, 1,
    ]);
  });
  it('does not call rows duplicates on a hash collision alone', () => {
    const grid = [[1], [2]];
    expect(Array.from(findDuplicates(grid, Int32Array.of(0, 1), Int32Array.of(5, 5)))).toEqual([-1, -1]);
  });
});
