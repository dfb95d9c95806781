import {
  cellText,
  formatCount,
  formatMoney,
  formatRunTime,
  formatShare,
} from '../../../core/taskpane/format';

describe('wizard number display', () => {
  it('groups counts by thousands', () => {
    expect(formatCount(120000, 'en')).toBe('120,000');
    expect(formatCount(18926.4, 'zh-CN')).toBe('18,926');
  });

  it('writes money in 亿/万 in Chinese and B/M/K in English', () => {
    expect(formatMoney(1.2e9, 'zh-CN')).toBe('12.00亿');
    expect(formatMoney(3.6e7, 'zh-TW')).toBe('3,600.0萬');
    expect(formatMoney(9999, 'zh-CN')).toBe('9,999');
    expect(formatMoney(1.2e9, 'en')).toBe('1.20B');
    expect(formatMoney(3.6e7, 'en')).toBe('36.00M');
    expect(formatMoney(-45000, 'en')).toBe('-45.0K');
  });

  it('writes shares with one decimal', () => {
    expect(formatShare(0.3, 'en')).toBe('30.0%');
    expect(formatShare(1 / 3, 'zh-CN')).toBe('33.3%');
  });

  it('shows preview cells as text, dates as yyyy-mm-dd', () => {
    expect(cellText(new Date(Date.UTC(2025, 0, 5)))).toBe('2025-01-05');
    expect([cellText(null), cellText(undefined), cellText(12.5), cellText('x')]).toEqual([
      '',
      '',
      '12.5',
      'x',
    ]);
  });

  it('shows a saved run time as local yyyy-mm-dd hh:mm, and unreadable text as it is', () => {
    expect(formatRunTime(new Date(2025, 0, 5, 9, 3).toISOString())).toBe('2025-01-05 09:03');
    expect(formatRunTime('yesterday')).toBe('yesterday');
  });
});
