import { reshape, size } from '../../../core/functions/shape';

describe('reshape', () => {
  it('puts values back at their flat positions and leaves the rest blank', () => {
    expect(
      reshape(
        [
          [1, null],
          [3, 4],
        ],
        [0, 2, 3],
        ['a', 'b', 'c'],
      ),
    ).toEqual([
      ['a', ''],
      ['b', 'c'],
    ]);
    expect(size([[1, 2], [3]])).toBe(3);
  });
});
