import { isDateFormat, serialAsDate } from '../../../core/table/date-format';
import { dateSerial } from '../../../core/sheetdoc/notes/carry';

describe('serialAsDate', () => {
  it('is the inverse of dateSerial in both date systems', () => {
    for (const s of [1, 61, 45658, 46477, 2958465]) {
      expect(dateSerial(serialAsDate(s))).toBeCloseTo(s, 9);
      expect(dateSerial(serialAsDate(s, true), true)).toBeCloseTo(s, 9);
    }
    expect(serialAsDate(46477).toISOString()).toBe('2027-03-31T00:00:00.000Z');
    expect(serialAsDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z');
  });

  it('reads a date format, not a number format', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('m/d/yyyy')).toBe(true);
    expect(isDateFormat('0.00"万"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
