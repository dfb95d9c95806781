import { ingest } from '../../../core/table/ingest';

describe('every row skipped', () => {
  it('names the main reason, an example and the option that fixes it', () => {
    const rows = Array.from({ length: 1999 }, (_, i) => [`2/${13 + (i % 16)}/2003 0:00`, 100]);
    const r = ingest([['Date', 'Sales'], ...rows], { lang: 'en', dateOrder: 'dmy' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('ALL_ROWS_SKIPPED');
    expect(r.message).toBe(
      'All 1,999 rows were skipped: the date "2/13/2003 0:00" could not be read. Read the dates as month-day-year: --date-order mdy on the command line, or Date order on the Columns step of the wizard.',
    );
    expect(r.mapping?.roles.amount?.header).toBe('Sales');
  });

  it('points at --include-cancelled when every order is cancelled', () => {
    const r = ingest(
      [
        ['订单日期', '订单状态', '金额'],
        ['2025-01-01', '已取消', 10],
        ['2025-01-02', '交易关闭', 20],
      ],
      { lang: 'zh-CN' },
    );
    if (r.ok) throw new Error('expected a failure');
    expect(r.message).toBe(
      '全部 2 行都被跳过：订单均为取消、关闭或退款状态（如“已取消”）。如仍要计入：命令行用 --include-cancelled，或在向导“列”步骤中勾选“计入已取消订单”。',
    );
  });

  it('points at another column when the amount is text', () => {
    const r = ingest(
      [
        ['日期', '金额', '应收金额'],
        ['2025-01-01', 'n/a?', 10],
        ['2025-01-02', 'x', 20],
      ],
      { lang: 'en', overrides: { amount: '金额' } },
    );
    if (r.ok) throw new Error('expected a failure');
    expect(r.code).toBe('ALL_ROWS_SKIPPED');
    expect(r.message).toBe(
      'All 2 rows were skipped: the amount "n/a?" in "金额" is not a number. Choose another Amount column: --map amount=应收金额 on the command line, or Amount on the Columns step of the wizard.',
    );
  });
});
