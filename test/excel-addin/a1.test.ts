import { blockAddress, colName } from '../../excel-addin/a1';

describe('a1', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [16383, 'XFD'],
  ])('column %i is %s', (c, name) => {
    expect(colName(c)).toBe(name);
  });

  test('block address', () => {
    expect(blockAddress(0, 0, 20001, 10)).toBe('A1:J20001');
    expect(blockAddress(2, 1, 2, 2)).toBe('B3:C4');
  });
});
