import { civilFromDays, serialToDate, serialToPacked } from '../../../core/table/serial';

describe('serialToDate', () => {
  it('maps 45658 to 2025-01-01', () => {
    expect(serialToDate(45658)).toEqual({ year: 2025, month: 1, day: 1 });
  });
  it('maps 1904 serial 0 to 1904-01-01', () => {
    expect(serialToDate(0, true)).toEqual({ year: 1904, month: 1, day: 1 });
  });
  it('returns null outside the valid range', () => {
    expect([serialToDate(0), serialToDate(NaN), serialToDate(3_000_000)]).toEqual([null, null, null]);
  });
  it('agrees with the JS calendar over 2000–2030', () => {
    for (let s = 36526; s < 47484; s += 37) {
      const d = new Date(Date.UTC(1899, 11, 30) + s * 86400000);
      expect(serialToDate(s)).toEqual({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
      const p = serialToPacked(s);
      expect(p).toBe((d.getUTCFullYear() * 12 + d.getUTCMonth()) * 32 + d.getUTCDate());
    }
  });
});

describe('civilFromDays', () => {
  it('maps day 0 to 1970-01-01', () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });
});
