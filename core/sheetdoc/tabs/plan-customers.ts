/**
 * The plan tab's new-customer targets (DOMAIN §2 新客占比): how many new customers to win and the
 * revenue they bring, as yellow inputs seeded from this year's new customers, beside this year's
 * figures; that revenue's share of the base target and the revenue per new customer by formula.
 */
import type { FormulaCell } from '../types';
import type { DocContext } from '../context';
import { FMT, STYLE } from '../formats';
import type { TabBuilder } from '../tab-builder';

const f = (formula: string, value: number | string | null): FormulaCell => ({ formula, value });
const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/**
 * Writes the section under the base target at `base` (an absolute address).
 * @example planNewCustomerSection(tb, ctx, '$B$10')
 */
export function planNewCustomerSection(tb: TabBuilder, ctx: DocContext, base: string): void {
  const { L, model } = ctx;
  const n = model.plan.newCustomers;
  const c = model.customers;
  tb.section(L('SD_SECTION_PLAN_NEW_CUSTOMERS'));
  const typed = n.countSource === 'user' || n.revenueSource === 'user';
  tb.note(
    L(typed ? 'SD_PLAN_NEW_NOTE_USER' : c.new === null ? 'SD_PLAN_NEW_NOTE_EMPTY' : 'SD_PLAN_NEW_NOTE'),
  );
  const h = tb.add([L('SD_COL_ITEM'), L('SD_COL_THIS_YEAR'), L('SD_COL_NEXT_YEAR')]);
  tb.format({ r0: h, c0: 0, r1: h, c1: 2 }, null, STYLE.header);
  const baseValue = ctx.amt(model.plan.target) ?? 0;
  const revenue = ctx.amt(n.revenue);
  const count = n.count;
  const rCount = tb.add([L('SD_PLAN_NEW_COUNT'), c.new, count]);
  const rRevenue = tb.add([L('SD_PLAN_NEW_REVENUE'), ctx.amt(c.revenueNew), revenue]);
  const C = (r: number): string => `C${r + 1}`;
  const rShare = tb.add([
    L('SD_PLAN_NEW_SHARE'),
    c.newRevenueShare,
    f(
      `=IF(OR(NOT(ISNUMBER(${C(rRevenue)})),N(${base})=0),"",${C(rRevenue)}/${base})`,
      revenue === null || baseValue === 0 ? '' : clean(revenue / baseValue),
    ),
  ]);
  const thisPer = c.new !== null && c.new > 0 && c.revenueNew !== null ? ctx.amt(c.revenueNew / c.new) : null;
  const rPer = tb.add([
    L('SD_PLAN_NEW_PER_CUSTOMER'),
    thisPer,
    f(
      `=IF(AND(ISNUMBER(${C(rRevenue)}),N(${C(rCount)})>0),${C(rRevenue)}/${C(rCount)},"")`,
      revenue === null || count === null || count <= 0 ? '' : clean(revenue / count),
    ),
  ]);
  tb.format({ r0: rCount, c0: 0, r1: rPer, c1: 0 }, null, STYLE.label);
  tb.format({ r0: rCount, c0: 1, r1: rCount, c1: 2 }, FMT.integer);
  tb.format({ r0: rRevenue, c0: 1, r1: rRevenue, c1: 2 }, ctx.amountFmt);
  tb.format({ r0: rShare, c0: 1, r1: rShare, c1: 2 }, FMT.percent);
  tb.format({ r0: rPer, c0: 1, r1: rPer, c1: 2 }, ctx.amountFmt);
  tb.format({ r0: rCount, c0: 2, r1: rRevenue, c1: 2 }, null, STYLE.input);
  tb.inputRanges.push({ r0: rCount, c0: 2, r1: rRevenue, c1: 2 });
  tb.blank();
}
