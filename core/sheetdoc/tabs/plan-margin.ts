/**
 * The plan tab's quarterly margin targets (DOMAIN §2: 3,800/4,200/4,500/5,500万 at 27/28/30/31% →
 * 29.2%): one yellow margin cell per quarter beside that quarter's live base target, each quarter's
 * gross profit, and the year's margin weighted by the quarters' revenue (Σ gross profit / Σ revenue),
 * compared with the margin target. Cached values come from model.plan.margins.
 */
import type { FormulaCell } from '../types';
import type { DocContext } from '../context';
import { COLOR, FMT, STYLE } from '../formats';
import type { TabBuilder } from '../tab-builder';
import { a1 } from '../a1';

const f = (formula: string, value: number | string | null): FormulaCell => ({ formula, value });
const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/** Where the section's formulas read from: the quarters' base targets and the margin target input. */
export interface MarginRefs {
  /** Row of Q1 in the quarters table; Q1..Q4 follow. */
  firstQuarterRow: number;
  /** Column of the base targets in that table. */
  baseCol: number;
  /** Absolute address of the gross-margin target input. */
  marginTarget: string;
  /** The check cell's words: passed, failed, not set. */
  ok: string;
  fail: string;
  notSet: string;
}

/** A live check for the plan's consistency table. */
export interface LiveCheck {
  label: string;
  formula: string;
  value: string;
}

/**
 * Writes the section; returns the live check of the weighted margin against the margin target.
 * @example planMarginSection(tb, ctx, refs).formula // '=IF(OR(NOT(ISNUMBER($B$9)),NOT(ISNUMBER($C$31))),"未设置",…)'
 */
export function planMarginSection(tb: TabBuilder, ctx: DocContext, refs: MarginRefs): LiveCheck {
  const { L, model } = ctx;
  const m = model.plan.margins;
  const target = model.plan.inputs.marginTarget;
  tb.section(L('SD_SECTION_PLAN_MARGINS'));
  const note =
    m.source === 'target'
      ? 'SD_PLAN_MARGIN_NOTE_TARGET'
      : m.source === null
        ? 'SD_PLAN_MARGIN_NOTE_EMPTY'
        : m.source === 'user'
          ? 'SD_PLAN_MARGIN_NOTE_USER'
          : 'SD_PLAN_MARGIN_NOTE';
  tb.note(L(note));
  const h = tb.add([
    L('SD_COL_QUARTER'),
    L('SD_COL_BASE_TARGET'),
    L('SD_COL_MARGIN_TARGET'),
    L('SD_COL_GROSS_PROFIT_PLAN'),
    L('SD_COL_MARGIN_THIS_YEAR'),
    L('SD_COL_VS_MARGIN_TARGET'),
  ]);
  tb.format({ r0: h, c0: 0, r1: h, c1: 5 }, null, STYLE.header);
  const r0 = tb.row;
  const parts = model.plan.quarters.map((v) => ctx.amt(v) ?? 0);
  const margins = m.quarters;
  for (let q = 0; q < 4; q++) {
    const r = r0 + q;
    const base = a1(refs.firstQuarterRow + q, refs.baseCol);
    const margin = margins ? margins[q] : null;
    tb.add([
      `Q${q + 1}`,
      f(`=${base}`, clean(parts[q] ?? 0)),
      margin,
      f(
        `=IF(ISNUMBER(C${r + 1}),B${r + 1}*C${r + 1},"")`,
        margin === null ? '' : clean((parts[q] ?? 0) * margin),
      ),
      model.quarters[q]?.grossMargin ?? null,
      null,
    ]);
  }
  const rEnd = r0 + 3;
  const rows = (col: string): string => `${col}${r0 + 1}:${col}${rEnd + 1}`;
  const revSum = parts.reduce((s, v) => s + v, 0);
  const gpSum = margins ? parts.reduce((s, v, i) => s + v * margins[i], 0) : null;
  const weighted = gpSum === null || revSum === 0 ? null : gpSum / revSum;
  const rTotal = tb.row;
  const W = a1(rTotal, 2, true);
  tb.add([
    L('SD_PLAN_WEIGHTED_MARGIN'),
    f(`=SUM(${rows('B')})`, clean(revSum)),
    f(
      `=IF(OR(COUNT(${rows('C')})<4,SUM(${rows('B')})=0),"",SUM(${rows('D')})/SUM(${rows('B')}))`,
      weighted === null ? '' : clean(weighted),
    ),
    f(`=IF(COUNT(${rows('C')})<4,"",SUM(${rows('D')}))`, gpSum === null ? '' : clean(gpSum)),
    model.totals.grossMargin,
    f(
      `=IF(AND(ISNUMBER(C${rTotal + 1}),ISNUMBER(${refs.marginTarget})),(C${rTotal + 1}-${refs.marginTarget})*100,"")`,
      weighted !== null && target !== null ? clean((weighted - target) * 100) : '',
    ),
  ]);
  tb.format({ r0, c0: 0, r1: rTotal, c1: 0 }, null, STYLE.label);
  tb.format({ r0, c0: 1, r1: rTotal, c1: 1 }, ctx.amountFmt);
  tb.format({ r0, c0: 2, r1: rEnd, c1: 2 }, FMT.percent, STYLE.input);
  tb.inputRanges.push({ r0, c0: 2, r1: rEnd, c1: 2 });
  tb.formatCell(rTotal, 2, FMT.percent);
  tb.format({ r0, c0: 3, r1: rTotal, c1: 3 }, ctx.amountFmt);
  tb.format({ r0, c0: 4, r1: rTotal, c1: 4 }, FMT.percent);
  tb.formatCell(rTotal, 5, ctx.pointsFmt);
  tb.conditionalFormats.push({
    kind: 'cellIs',
    range: { r0: rTotal, c0: 5, r1: rTotal, c1: 5 },
    op: 'lessThan',
    values: [0],
    style: { fontColor: COLOR.bad },
  });
  tb.format({ r0: rTotal, c0: 0, r1: rTotal, c1: 5 }, null, STYLE.total);
  tb.blank();
  const T = refs.marginTarget;
  // The same slack as core/plan's check (a margin typed equal to the target passes).
  const value =
    target === null || weighted === null ? refs.notSet : weighted >= target - 1e-9 ? refs.ok : refs.fail;
  return {
    label: L('SD_CHECK_MARGIN'),
    formula: `=IF(OR(NOT(ISNUMBER(${T})),NOT(ISNUMBER(${W}))),"${refs.notSet}",IF(${W}>=${T}-0.000000001,"${refs.ok}","${refs.fail}"))`,
    value,
  };
}
