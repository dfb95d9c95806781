import { planTab } from '../../../../core/sheetdoc/tabs/plan';
import { makeContext } from '../../../../core/sheetdoc/context';
import { narrate } from '../../../../core/narrative';
import { marginPlan } from '../../../../core/plan';
import type { ReviewModel } from '../../../../core/review/model';
import type { Cell, FormulaCell, TabDoc } from '../../../../core/sheetdoc/types';
import { sampleModel } from '../sample-model';

const tabOf = (m: ReviewModel): TabDoc => planTab(makeContext(m, narrate(m)));
const rowOf = (tab: TabDoc, label: string): Cell[] => {
  const row = tab.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
};
const formula = (c: Cell): FormulaCell => {
  if (!c || typeof c !== 'object' || !('formula' in c)) throw new Error('not a formula');
  return c;
};

/** DOMAIN §2: 3,800/4,200/4,500/5,500万 at 27/28/30/31% against a 29% margin target. */
function domainModel(marginTarget: number | null): ReviewModel {
  const m = sampleModel('en');
  const quarters = [38e6, 42e6, 45e6, 55e6];
  const margins = [0.27, 0.28, 0.3, 0.31];
  m.plan.quarters = quarters;
  m.plan.target = 180e6;
  m.plan.inputs.marginTarget = marginTarget;
  m.layout.displayUnit = '万';
  m.plan.margins = { quarters: margins, source: 'user', ...marginPlan(quarters, margins) };
  return m;
}

describe('the plan tab’s quarterly margin targets', () => {
  it('puts one yellow margin per quarter beside that quarter’s live base target', () => {
    const tab = tabOf(domainModel(0.29));
    const q1 = tab.cells.findIndex(
      (r, i) => r[0] === 'Q1' && i > tab.cells.findIndex((x) => x[0] === 'Gross margin targets by quarter'),
    );
    expect(tab.cells[q1][2]).toBe(0.27);
    expect(formula(tab.cells[q1][1]).formula).toMatch(/^=C\d+$/);
    expect(tab.inputRanges).toContainEqual({ r0: q1, c0: 2, r1: q1 + 3, c1: 2 });
    expect(formula(tab.cells[q1 + 3][3])).toEqual({
      formula: `=IF(ISNUMBER(C${q1 + 4}),B${q1 + 4}*C${q1 + 4},"")`,
      value: 1705,
    });
  });

  it('weighs the year’s margin by the quarters’ revenue: 5,257 / 18,000 = 29.2%, not the mean 29.0%', () => {
    const total = rowOf(tabOf(domainModel(0.29)), 'Year (weighted)');
    const w = formula(total[2]);
    expect(w.formula).toMatch(/SUM\(D\d+:D\d+\)\/SUM\(B\d+:B\d+\)/);
    expect(w.value).toBeCloseTo(5257 / 18000, 9);
    expect(formula(total[3]).value).toBe(5257);
    // +0.2 points above the 29% target
    expect(formula(total[5]).value).toBeCloseTo((5257 / 18000 - 0.29) * 100, 6);
  });

  it('checks the weighted margin live against the margin target', () => {
    const ok = rowOf(tabOf(domainModel(0.29)), 'Weighted margin ≥ gross margin target');
    expect(formula(ok[1]).value).toBe('OK');
    expect(formula(ok[1]).formula).toMatch(
      /^=IF\(OR\(NOT\(ISNUMBER\(\$B\$\d+\)\),NOT\(ISNUMBER\(\$C\$\d+\)\)\),"Not set",IF\(/,
    );
    expect(formula(rowOf(tabOf(domainModel(0.3)), 'Weighted margin ≥ gross margin target')[1]).value).toBe(
      'Mismatch',
    );
    expect(formula(rowOf(tabOf(domainModel(null)), 'Weighted margin ≥ gross margin target')[1]).value).toBe(
      'Not set',
    );
  });

  it('says whose margins they are: the ones set for the plan, or this year’s', () => {
    const has = (tab: TabDoc, text: string): boolean =>
      tab.cells.some((r) => typeof r[0] === 'string' && r[0].includes(text));
    const user = tabOf(domainModel(0.29));
    expect(has(user, 'The quarterly margins are the ones set for the plan')).toBe(true);
    expect(has(user, 'Seeded with this year’s quarterly margins')).toBe(false);
    const seeded = domainModel(0.29);
    seeded.plan.margins = { ...seeded.plan.margins, source: 'this-year' };
    expect(has(tabOf(seeded), 'Seeded with this year’s quarterly margins')).toBe(true);
  });

  it('leaves the margins blank, with a note saying why, when nothing seeds them', () => {
    const m = sampleModel('zh-CN');
    m.plan.margins = { quarters: null, source: null, grossProfit: null, weighted: null };
    const tab = tabOf(m);
    expect(
      tab.cells.some(
        (r) => typeof r[0] === 'string' && r[0].startsWith('数据中没有成本或毛利列，也未设置毛利率目标'),
      ),
    ).toBe(true);
    const total = rowOf(tab, '全年（加权）');
    expect(formula(total[2]).value).toBe('');
  });
});
