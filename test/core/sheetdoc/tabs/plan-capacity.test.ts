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

describe('the plan tab’s capacity', () => {
  it('25 salespeople at 5,440万 a head deliver 136,000万: 28,400万 short of a 156,400万 base, which needs 29', () => {
    const tab = tabOf(sampleModel('zh-CN'));
    const heads = rowIndex(tab, '销售人数');
    expect(tab.cells[heads].slice(1, 3)).toEqual([25, 25]);
    expect(tab.cells[heads + 1].slice(1, 3)).toEqual([5440, 5440]);
    expect(tab.inputRanges).toContainEqual({ r0: heads, c0: 2, r1: heads + 1, c1: 2 });
    const capacity = formula(tab.cells[rowIndex(tab, '产能（人数 × 人均销售额）')][2]);
    expect(capacity).toEqual({
      formula: `=IF(AND(ISNUMBER(C${heads + 1}),ISNUMBER(C${heads + 2})),C${heads + 1}*C${heads + 2},"")`,
      value: 136000,
    });
    expect(formula(tab.cells[rowIndex(tab, '与基础目标的差距（产能 − 目标）')][2]).value).toBe(-20400);
    const needed = formula(tab.cells[rowIndex(tab, '按此人均销售额所需人数')][2]);
    expect(needed.formula).toMatch(/ROUNDUP\(ROUND\(C\d+\/C\d+,6\),0\)/);
    // 156,400 / 5,440 = 28.75 → 29
    expect(needed.value).toBe(29);
  });

  it('leaves headcount and revenue per head blank without a salesperson column, and names the fix', () => {
    const m = sampleModel('en');
    m.totals.salespeople = null;
    m.totals.revenuePerSalesperson = null;
    m.plan.capacity = {
      headcount: null,
      headcountSource: null,
      revenuePerHead: null,
      revenuePerHeadSource: null,
      capacity: null,
      gap: null,
      headcountNeeded: null,
    };
    const tab = tabOf(m);
    expect(tab.cells[rowIndex(tab, 'Salespeople')].slice(1, 3)).toEqual([null, null]);
    expect(formula(tab.cells[rowIndex(tab, 'Capacity (headcount × revenue per head)')][2]).value).toBe('');
    const note = tab.cells.find(
      (r) => typeof r[0] === 'string' && r[0].startsWith('The data has no salesperson column'),
    );
    expect(note?.[0]).toContain('--map salesperson=');
  });
});
