import { planSplit, type WorkbookSheet } from '../../../../core/table';

const sheet = (
  name: string,
  header: string[],
  rows: (string | number)[][] = [],
  hidden = false,
): WorkbookSheet => ({
  name,
  grid: [header, ...rows],
  hidden,
});
const used = (r: ReturnType<typeof planSplit>): string[] => (r.ok ? r.plan.used.map((s) => s.name) : []);

describe('planSplit', () => {
  const a = sheet('Sheet1', ['订单日期', '客户', '金额'], [['2025-01-05', '甲', 100]]);

  it('joins sheets whose headers are equal after trim, case and full/half width', () => {
    const b = sheet('Sheet2', ['订单日期 ', '客户', '金额'], [['2025-02-05', '乙', 50]]);
    const c = sheet('Sheet3', ['ＯＲＤＥＲ ＤＡＴＥ', 'Customer', 'Amount'], [['2025-02-05', 'x', 5]]);
    const d = sheet('Sheet4', ['order date', 'customer', 'amount'], [['2025-02-05', 'y', 5]]);
    expect(used(planSplit([a, b]))).toEqual(['Sheet1', 'Sheet2']);
    expect(used(planSplit([c, d], { primary: 'Sheet3' }))).toEqual(['Sheet3', 'Sheet4']);
  });

  it('leaves out and names a sheet with another header, and a hidden copy', () => {
    const notes = { name: '说明', grid: [['说明'], ['每月一张表']] };
    const summary = sheet('汇总', ['区域', '合计'], [['华东', 100]]);
    const old = sheet('旧', ['订单日期', '客户', '金额'], [['2024-01-05', '甲', 1]], true);
    const r = planSplit([a, notes, summary, old]);
    expect(r.ok && r.plan.leftOut).toEqual([
      { name: '说明', reason: 'header' },
      { name: '汇总', reason: 'header' },
      { name: '旧', reason: 'hidden' },
    ]);
    expect(used(planSplit([a, old], { choose: 'all' }))).toEqual(['Sheet1', '旧']);
  });

  it('never names the targets sheet it is told to ignore', () => {
    const targets = sheet('目标', ['季度', '目标'], [['Q1', 100]]);
    const r = planSplit([a, targets], { ignore: ['目标'] });
    expect(r.ok && r.plan.leftOut).toEqual([]);
  });

  it('takes exactly the sheets asked for, in tab order', () => {
    const b = sheet('Sheet2', ['订单日期', '客户', '金额'], [['2025-02-05', '乙', 50]]);
    expect(used(planSplit([a, b], { choose: ['Sheet2'] }))).toEqual(['Sheet2']);
    expect(used(planSplit([a, b], { choose: ['Sheet2', 'Sheet1'] }))).toEqual(['Sheet1', 'Sheet2']);
  });

  it.each([
    [
      'en',
      'Sheet “B” has another header than “Sheet1” (no “客户”): choose sheets with the same columns with --sheet or the ticks on the Data step.',
    ],
    [
      'zh-CN',
      '工作表“B”的表头与“Sheet1”不同（没有“客户”）：请用 --sheet 或在向导“数据”步骤中只勾选列相同的工作表。',
    ],
    [
      'zh-TW',
      '工作表「B」的表頭與「Sheet1」不同（沒有「客户」）：請用 --sheet 或在精靈「資料」步驟中只勾選欄位相同的工作表。',
    ],
  ] as const)('refuses sheets asked for with another header, in one sentence (%s)', (lang, text) => {
    const b = sheet('B', ['订单日期', '金额', '区域'], [['2025-02-05', 50, '华东']]);
    const r = planSplit([a, b], { choose: ['Sheet1', 'B'], lang });
    expect(r).toMatchObject({ ok: false, code: 'SPLIT_HEADER_DIFFERS', message: text });
  });

  it('does not change the sheets it reads', () => {
    const b = sheet('Sheet2', ['订单日期', '客户', '金额'], [['2025-02-05', '乙', 50]]);
    const before = JSON.stringify([a, b]);
    planSplit([a, b]);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
