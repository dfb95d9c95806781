/**
 * The plan tab's capacity check (DOMAIN §2 人均): next year's headcount × revenue per head, yellow
 * inputs seeded from this year's distinct salespeople and revenue per salesperson, against the base
 * target; the gap and the headcount the target needs at that revenue per head, by formula.
 */
import type { FormulaCell } from '../types';
import type { DocContext } from '../context';
import { varianceColours } from '../context';
import { FMT, STYLE } from '../formats';
import type { TabBuilder } from '../tab-builder';

const f = (formula: string, value: number | string | null): FormulaCell => ({ formula, value });
const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/**
 * Writes the section under the base target at `base` (an absolute address).
 * @example planCapacitySection(tb, ctx, '$B$10')
 */
export function planCapacitySection(tb: TabBuilder, ctx: DocContext, base: string): void {
  const { L, model } = ctx;
  const k = model.plan.capacity;
  const t = model.totals;
  tb.section(L('SD_SECTION_PLAN_CAPACITY'));
  tb.note(L(t.salespeople === null ? 'SD_PLAN_CAPACITY_NOTE_EMPTY' : 'SD_PLAN_CAPACITY_NOTE'));
  const h = tb.add([L('SD_COL_ITEM'), L('SD_COL_THIS_YEAR'), L('SD_COL_NEXT_YEAR')]);
  tb.format({ r0: h, c0: 0, r1: h, c1: 2 }, null, STYLE.header);
  const baseValue = ctx.amt(model.plan.target) ?? 0;
  const perHead = ctx.amt(k.revenuePerHead);
  const heads = k.headcount;
  const capacity = heads !== null && perHead !== null ? heads * perHead : null;
  const C = (r: number): string => `C${r + 1}`;
  const rHeads = tb.add([L('SD_PLAN_HEADCOUNT'), t.salespeople, heads]);
  const rPer = tb.add([L('SD_PLAN_PER_HEAD'), ctx.amt(t.revenuePerSalesperson), perHead]);
  const rCap = tb.add([
    L('SD_PLAN_CAPACITY'),
    t.salespeople === null ? null : ctx.amt(t.revenue),
    f(
      `=IF(AND(ISNUMBER(${C(rHeads)}),ISNUMBER(${C(rPer)})),${C(rHeads)}*${C(rPer)},"")`,
      capacity === null ? '' : clean(capacity),
    ),
  ]);
  const rTarget = tb.add([L('SD_PLAN_BASE'), null, f(`=${base}`, clean(baseValue))]);
  const rGap = tb.add([
    L('SD_PLAN_CAPACITY_GAP'),
    null,
    f(
      `=IF(ISNUMBER(${C(rCap)}),${C(rCap)}-${C(rTarget)},"")`,
      capacity === null ? '' : clean(capacity - baseValue),
    ),
  ]);
  // Rounded to 6 decimals before rounding up, as core/plan capacityPlan does: float noise never adds a person.
  const needed =
    perHead !== null && perHead > 0 ? Math.ceil(Math.round((baseValue / perHead) * 1e6) / 1e6) : null;
  const rNeeded = tb.add([
    L('SD_PLAN_HEADCOUNT_NEEDED'),
    null,
    f(`=IF(N(${C(rPer)})>0,ROUNDUP(ROUND(${C(rTarget)}/${C(rPer)},6),0),"")`, needed ?? ''),
  ]);
  tb.format({ r0: rHeads, c0: 0, r1: rNeeded, c1: 0 }, null, STYLE.label);
  tb.format({ r0: rHeads, c0: 1, r1: rHeads, c1: 2 }, FMT.integer);
  tb.format({ r0: rPer, c0: 1, r1: rGap, c1: 2 }, ctx.amountFmt);
  tb.format({ r0: rNeeded, c0: 1, r1: rNeeded, c1: 2 }, FMT.integer);
  tb.format({ r0: rHeads, c0: 2, r1: rPer, c1: 2 }, null, STYLE.input);
  tb.inputRanges.push({ r0: rHeads, c0: 2, r1: rPer, c1: 2 });
  tb.conditionalFormats.push(...varianceColours({ r0: rGap, c0: 2, r1: rGap, c1: 2 }));
  tb.format({ r0: rTarget, c0: 0, r1: rTarget, c1: 2 }, null, STYLE.total);
  tb.blank();
}
