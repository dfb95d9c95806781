import {
  asMatrix,
  asScalar,
  cellNumber,
  cellText,
  isBlank,
  rangeNumbers,
} from '../../../core/functions/coerce';
import { makeContext } from '../../../core/functions/evaluate';

const ctx = makeContext('en');

describe('coerce', () => {
  it('sees null, undefined and blank text as blank', () => {
    expect([null, undefined, '  ', 0].map(isBlank)).toEqual([true, true, true, false]);
  });

  it('wraps scalars and 1-D arrays into blocks', () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([1, 2])).toEqual([[1], [2]]);
    expect(asScalar([[7]])).toEqual({ ok: true, value: 7 });
    expect(asScalar([[7, 8]])).toEqual({ ok: false });
  });

  it('reads numbers and text amounts, rejecting booleans', () => {
    expect(cellNumber('¥1,234', 'x', ctx)).toBe(1234);
    expect(cellNumber(true, 'x', ctx)).toMatchObject({ error: '#VALUE!' });
    expect(cellNumber(NaN, 'x', ctx)).toMatchObject({ error: '#NUM!' });
    expect(cellText(12, 'x', ctx)).toBe('12');
  });

  it('skips blanks in ranges and keeps positions', () => {
    expect(
      rangeNumbers(
        [
          [1, null],
          [3, ''],
        ],
        'v',
        ctx,
      ),
    ).toEqual({ values: [1, 3], at: [0, 2] });
  });
});
