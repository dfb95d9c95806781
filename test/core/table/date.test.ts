import {
  packedDateNumber,
  parseDate,
  parseDateObject,
  parseDateText,
  yearLastParts,
} from '../../../core/table/date';

const mi = (y: number, m: number) => y * 12 + m - 1;

describe('parseDate', () => {
  it.each([
    ['2025-03-05', mi(2025, 3), 5, 'day'],
    ['2025-03-05T10:00:00', mi(2025, 3), 5, 'day'],
    ['2025/3/5', mi(2025, 3), 5, 'day'],
    ['2025.3.5', mi(2025, 3), 5, 'day'],
    ['2025年3月5日', mi(2025, 3), 5, 'day'],
    ['２０２５年３月５日', mi(2025, 3), 5, 'day'],
    ['20250305', mi(2025, 3), 5, 'day'],
    ['3/5/2025', mi(2025, 3), 5, 'day'],
    ['25/3/2025', mi(2025, 3), 25, 'day'],
    ['5 Mar 2025', mi(2025, 3), 5, 'day'],
    ['Mar 5, 2025', mi(2025, 3), 5, 'day'],
    ['2025-03', mi(2025, 3), 0, 'month'],
    ['2025年3月', mi(2025, 3), 0, 'month'],
    ['2025年03月份', mi(2025, 3), 0, 'month'],
    ['202503', mi(2025, 3), 0, 'month'],
    ['March 2025', mi(2025, 3), 0, 'month'],
    ['2025Q1', mi(2025, 1), 0, 'quarter'],
    ['2025-Q2', mi(2025, 4), 0, 'quarter'],
    ['2025 q3', mi(2025, 7), 0, 'quarter'],
    ['Q4 2025', mi(2025, 10), 0, 'quarter'],
    ['2025年第一季度', mi(2025, 1), 0, 'quarter'],
    ['2025年第1季度', mi(2025, 1), 0, 'quarter'],
    ['2025年第四季度', mi(2025, 10), 0, 'quarter'],
    ['2025年二季度', mi(2025, 4), 0, 'quarter'],
    ['2/24/2003 0:00', mi(2003, 2), 24, 'day'],
    ['2/24/2003 12:00 AM', mi(2003, 2), 24, 'day'],
    ['24/02/2003 00:00:00', mi(2003, 2), 24, 'day'],
    ['2003-02-24T00:00:00', mi(2003, 2), 24, 'day'],
    ['2018-01-01 星期五', mi(2018, 1), 1, 'day'],
    ['Feb 24 2003 10:00', mi(2003, 2), 24, 'day'],
  ])('%p', (raw, monthIndex, day, precision) => {
    expect(parseDate(raw)).toEqual({ monthIndex, day, precision });
  });

  it('reads 1900-system serials', () => {
    expect(parseDate(45658)).toEqual({ monthIndex: mi(2025, 1), day: 1, precision: 'day' });
    expect(parseDate(1)).toEqual({ monthIndex: mi(1900, 1), day: 1, precision: 'day' });
    expect(parseDate(61)).toEqual({ monthIndex: mi(1900, 3), day: 1, precision: 'day' });
  });

  it('keeps the 1900-02-29 quirk on serial 60', () => {
    expect(parseDate(60)).toEqual({ monthIndex: mi(1900, 2), day: 29, precision: 'day' });
    expect(parseDate(59)).toEqual({ monthIndex: mi(1900, 2), day: 28, precision: 'day' });
  });

  it('reads 1904-system serials', () => {
    expect(parseDate(0, true)).toEqual({ monthIndex: mi(1904, 1), day: 1, precision: 'day' });
    expect(parseDate(45658 - 1462, true)).toEqual({ monthIndex: mi(2025, 1), day: 1, precision: 'day' });
  });

  it('drops the time of a fractional serial', () => {
    expect(parseDate(45658.75)).toEqual(parseDate(45658));
  });

  it('reads JS Dates at UTC midnight by UTC fields', () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 5)))).toEqual({
      monthIndex: mi(2025, 3),
      day: 5,
      precision: 'day',
    });
  });

  it('reads other JS Dates by local fields', () => {
    const d = new Date(2025, 2, 5, 13, 30);
    expect(parseDateObject(d)).toEqual({ monthIndex: mi(2025, 3), day: 5, precision: 'day' });
  });

  it.each(['', 'abc', '2025-13-01', '2025-02-30', '2025Q5', '13/13/2025', 'Foo 2025', '合计'])(
    'rejects %p',
    (raw) => {
      expect(parseDateText(raw)).toBeNull();
    },
  );

  it('rejects out-of-range serials, booleans and invalid Dates', () => {
    expect(parseDate(-5)).toBeNull();
    expect(parseDate(3e6)).toBeNull();
    expect(parseDate(true)).toBeNull();
    expect(parseDate(new Date(NaN))).toBeNull();
    expect(parseDate(null)).toBeNull();
  });

  it('packs numbers the same as parseDate', () => {
    for (const n of [1, 59, 60, 61, 45658, 20250305, 202503]) {
      const d = parseDate(n);
      expect(packedDateNumber(n)).toBe(d ? d.monthIndex * 32 + d.day : -1);
    }
  });

  it('reads year-last text in the column’s order, never per cell', () => {
    expect(parseDateText('05-02-2010', 'dmy')).toEqual({ monthIndex: mi(2010, 2), day: 5, precision: 'day' });
    expect(parseDateText('05-02-2010', 'mdy')).toEqual({ monthIndex: mi(2010, 5), day: 2, precision: 'day' });
    expect(parseDateText('19-02-2010', 'mdy')).toBeNull();
    expect(parseDateText('05-02-2010', 'ymd')).toBeNull();
    expect(parseDateText('2010-02-05', 'dmy')).toEqual({ monthIndex: mi(2010, 2), day: 5, precision: 'day' });
  });

  it('reads two-digit years as Excel does (00–29 → 20xx, 30–99 → 19xx)', () => {
    expect(parseDateText('03/01/19', 'dmy')).toEqual({ monthIndex: mi(2019, 1), day: 3, precision: 'day' });
    expect(parseDateText('12/31/99', 'mdy')).toEqual({ monthIndex: mi(1999, 12), day: 31, precision: 'day' });
    expect(yearLastParts('06-05-21')).toEqual([6, 5, 2021]);
  });
});

describe('Minguo (民國) dates, as Taiwanese sheets write them', () => {
  it.each([
    ['民國112年1月5日', mi(2023, 1), 5, 'day'],
    ['民国99/12/31', mi(2010, 12), 31, 'day'],
    ['112/01/05', mi(2023, 1), 5, 'day'],
    ['112.1.5', mi(2023, 1), 5, 'day'],
    ['112-01-05 10:30', mi(2023, 1), 5, 'day'],
    ['民國112年1月', mi(2023, 1), 0, 'month'],
    ['112年1月', mi(2023, 1), 0, 'month'],
  ])('%p', (text, monthIndex, day, precision) => {
    expect(parseDateText(text)).toEqual({ monthIndex, day, precision });
  });
  it('reads a two-digit year without 民國 as before, never as Minguo', () => {
    expect(parseDateText('99年1月')).toBeNull();
    expect(parseDateText('12/01/05', 'ymd')).toBeNull();
  });
});
