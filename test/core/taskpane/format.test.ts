import { cellText, formatRunTime } from '../../../core/taskpane/format';

describe('wizard cell display', () => {
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
