import { isDate, makeDateToSerial, plainCell, plainGrid } from '../../../sheets-addon/server/cells';
import { formatDate } from '../fake-spreadsheet-app';
import { Script, createContext } from 'node:vm';

const utilities = { formatDate };

describe('makeDateToSerial', () => {
  it('reads the wall clock in the given zone', () => {
    const toSerial = makeDateToSerial(utilities, 'America/New_York');
    // 2025-03-05 00:00 in New York is 05:00 UTC.
    expect(toSerial(new Date('2025-03-05T05:00:00Z'))).toBe(45721);
  });
  it('keeps the time of day as a fraction', () => {
    expect(makeDateToSerial(utilities, 'UTC')(new Date('2025-03-05T18:00:00Z'))).toBe(45721.75);
  });
});

describe('isDate', () => {
  it('recognises Dates from another realm', () => {
    const foreign = new Script('new Date(0)').runInContext(createContext({}));
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate('2025-01-01')).toBe(false);
  });
});

describe('plainCell / plainGrid', () => {
  const toSerial = makeDateToSerial(utilities, 'UTC');
  it('keeps strings, numbers, booleans and blanks', () => {
    expect([
      plainCell('', toSerial),
      plainCell(3, toSerial),
      plainCell(false, toSerial),
      plainCell(undefined, toSerial),
    ]).toEqual(['', 3, false, null]);
  });
  it('turns invalid Dates into null', () => {
    expect(plainCell(new Date(NaN), toSerial)).toBeNull();
  });
  it('converts a grid of Sheets values', () => {
    expect(plainGrid([[new Date('2025-01-01T00:00:00Z'), 'x']], toSerial)).toEqual([[45658, 'x']]);
  });
});
