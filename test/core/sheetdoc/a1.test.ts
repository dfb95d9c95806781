import fc from 'fast-check';
import { a1, a1Range, colLetter, firstColumnOf } from '../../../core/sheetdoc/a1';

describe('A1 references', () => {
  it('names columns and cells', () => {
    expect(colLetter(0)).toBe('A');
    expect(colLetter(25)).toBe('Z');
    expect(colLetter(27)).toBe('AB');
    expect(a1(0, 1)).toBe('B1');
    expect(a1Range(0, 0, 3, 0, true)).toBe('$A$1:$A$4');
  });

  it('reads the first column of a range address as the hosts report it', () => {
    expect(firstColumnOf('A1:J20001')).toBe(0);
    expect(firstColumnOf('C3:K200')).toBe(2);
    expect(firstColumnOf("'销售 明细'!AB7:AD9")).toBe(27);
    expect(firstColumnOf('Sheet1!$D$4:$F$9')).toBe(3);
    expect(firstColumnOf('')).toBe(0);
  });

  it('firstColumnOf reads back every column colLetter writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1048575 }), (col, row) => {
        expect(firstColumnOf(a1Range(row, col, row + 1, col + 2))).toBe(col);
      }),
    );
  });
});
