import { planTab } from '../../../../core/sheetdoc/tabs/plan';
import { makeContext } from '../../../../core/sheetdoc/context';
import { narrate } from '../../../../core/narrative';
import type { ReviewModel } from '../../../../core/review/model';
import type { Cell, FormulaCell, TabDoc } from '../../../../core/sheetdoc/types';
import { sampleModel } from '../sample-model';

const tabOf = (m: ReviewModel): TabDoc => planTab(makeContext(m, narrate(m)));
const rowIndex = (tab: TabDoc, label: string): number => tab.cells.findIndex((r) => r[0] === label);
const formula = (c: Cell): FormulaCell => {
  if (!c || typeof c !== 'object' || !('formula' in c)) throw new Error('not a formula');
  return c;
};

describe('the plan tab’s new-customer targets', () => {
  it('seeds next year’s yellow count and revenue with this year’s new customers (140, 20,000万)', () => {
    const tab = tabOf(sampleModel('zh-CN'));
    const count = rowIndex(tab, '新客户数');
    const revenue = rowIndex(tab, '新客户销售额');
    expect(tab.cells[count].slice(1, 3)).toEqual([140, 140]);
    expect(tab.cells[revenue].slice(1, 3)).toEqual([20000, 20000]);
    expect(tab.inputRanges).toContainEqual({ r0: count, c0: 2, r1: revenue, c1: 2 });
  });

  it('computes the revenue’s share of the base target and the revenue per new customer by formula', () => {
    const tab = tabOf(sampleModel('zh-CN'));
    const share = formula(tab.cells[rowIndex(tab, '占销售额比例（下年：占基础目标）')][2]);
    expect(share.formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(C\d+\)\),N\(\$B\$\d+\)=0\),"",C\d+\/\$B\$\d+\)$/);
    // 20,000万 of a 156,400万 base target
    expect(share.value).toBeCloseTo(20000 / 156400, 9);
    const per = formula(tab.cells[rowIndex(tab, '新客户平均销售额')][2]);
    expect(per.value).toBeCloseTo(20000 / 140, 9);
  });

  it('says the targets are the plan’s own when they were set, not this year’s figures', () => {
    const m = sampleModel('zh-CN');
    m.plan.newCustomers = { ...m.plan.newCustomers, count: 40, countSource: 'user' };
    const notes = (tab: TabDoc): string[] =>
      tab.cells
        .map((r) => r[0])
        .filter((v): v is string => typeof v === 'string' && v.startsWith('新客户指'));
    expect(notes(tabOf(m))).toEqual([
      '新客户指本年首次购买的客户。下年目标为计划设置中填写的值，可在黄色单元格中改写。',
    ]);
    expect(notes(tabOf(sampleModel('zh-CN')))).toEqual([
      '新客户指本年首次购买的客户。下年目标初始值为本年实际，可在黄色单元格中改写。',
    ]);
  });

  it('leaves the inputs blank without this year’s new customers, and says what it takes', () => {
    const m = sampleModel('en');
    m.customers.new = null;
    m.customers.revenueNew = null;
    m.plan.newCustomers = {
      count: null,
      countSource: null,
      revenue: null,
      revenueSource: null,
      share: null,
      revenuePerCustomer: null,
    };
    const tab = tabOf(m);
    expect(tab.cells[rowIndex(tab, 'New customers won')].slice(1, 3)).toEqual([null, null]);
    expect(formula(tab.cells[rowIndex(tab, 'Revenue per new customer')][2]).value).toBe('');
    expect(
      tab.cells.some(
        (r) => typeof r[0] === 'string' && r[0].includes('an earlier year to tell new customers'),
      ),
    ).toBe(true);
  });
});
