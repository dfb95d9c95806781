/**
 * Tab 7, 下年度计划: a live model. Yellow input cells (growth, typed target, stretch factor, rounding
 * unit, tolerance, quarter and mix weights) drive native formulas for every split, so editing a
 * weight recalculates the plan in Excel, Sheets and LibreOffice. Cached values come from core/plan,
 * the same rule the formulas implement (largest remainder, ties to the earlier part).
 */
import { checkSentence } from '../../narrative';
import { segmentName } from '../../i18n';
import type { SegmentKey } from '../../review';
import type { Cell, FormulaCell, TabDoc } from '../types';
import type { DocContext } from '../context';
import { varianceColours } from '../context';
import { FMT, SIGNED_PERCENT, COLOR, STYLE } from '../formats';
import { TabBuilder } from '../tab-builder';
import { writeHeader } from './header';
import { a1, a1Range, colLetter } from '../a1';
import { lrFormula } from '../lr-formula';
import { planMarginSection } from './plan-margin';
import { planNewCustomerSection } from './plan-customers';
import { planCapacitySection } from './plan-capacity';
import {
  actionTable,
  keyInputsSince,
  planInputKey,
  segmentToken,
  withPlanNotes,
  type PlanInput,
} from './plan-actions';

const WIDTH = 8;
const LIVE_CHECK_CODES = new Set(['PLAN_PARTS_VS_ANNUAL', 'PLAN_DIM_VS_ANNUAL', 'PLAN_MARGIN_VS_TARGET']);

const f = (formula: string, value: number | string | null): FormulaCell => ({ formula, value });

/** Rounds away binary noise so cached values print like the spreadsheet's. */
const clean = (v: number): number => Math.round(v * 1e6) / 1e6;

/**
 * Builds the plan tab.
 * @example planTab(ctx).key // 'plan'
 */
export function planTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const inputs = model.plan.inputs;
  const plan = model.plan;
  const a = ctx.amountFmt;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [30, 16, 16, 16, 16, 16, 16, 18, 22];
  writeHeader(tb, ctx, 'SD_TITLE_plan', model.year + 1);
  tb.line(L('SD_FORMULA_NOTE'), { wrap: true, fontColor: COLOR.noteFont }, true, 2);
  tb.blank();

  // Inputs ---------------------------------------------------------------------------------------
  tb.section(L('SD_SECTION_INPUTS'));
  const actual = ctx.amt(model.totals.revenue) ?? 0;
  const unit = inputs.roundTo / ctx.factor;
  const typed = inputs.target !== null ? (ctx.amt(inputs.target) ?? null) : null;
  const growth = plan.growth ?? inputs.growth;
  const stretchFactor = inputs.stretchFactor;
  const band = plan.tolerance;
  const rActual = tb.add([L('SD_PLAN_ACTUAL'), actual]);
  const rGrowth = tb.add([L('SD_PLAN_GROWTH'), growth]);
  const rTyped = tb.add([L('SD_PLAN_TYPED'), typed]);
  const rFactor = tb.add([L('SD_PLAN_STRETCH_FACTOR'), stretchFactor]);
  const rUnit = tb.add([L('SD_PLAN_ROUND'), unit]);
  const rBand = tb.add([L('SD_PLAN_TOLERANCE'), band]);
  const rMargin = tb.add([L('SD_PLAN_MARGIN_TARGET'), inputs.marginTarget]);
  const B = (r: number): string => a1(r, 1, true);
  // Cached values are the core's own plan figures (core/review), in display units.
  const disp = (v: number): number => clean(v / ctx.factor);
  const baseValue = disp(plan.target);
  const stretchValue = plan.stretchTarget === null ? '' : disp(plan.stretchTarget);
  const rBase = tb.add([
    L('SD_PLAN_BASE'),
    f(
      `=IF(ISNUMBER(${B(rTyped)}),${B(rTyped)},ROUND(${B(rActual)}*(1+${B(rGrowth)})/${B(rUnit)},0)*${B(rUnit)})`,
      baseValue,
    ),
  ]);
  const rStretch = tb.add([
    L('SD_PLAN_STRETCH'),
    f(
      `=IF(ISNUMBER(${B(rFactor)}),ROUND(${B(rBase)}*${B(rFactor)}/${B(rUnit)},0)*${B(rUnit)},"")`,
      stretchValue,
    ),
  ]);
  const rVs = tb.add([
    L('SD_PLAN_VS_ACTUAL'),
    f(`=IF(${B(rActual)}=0,"",${B(rBase)}/${B(rActual)}-1)`, actual ? clean(baseValue / actual - 1) : ''),
  ]);
  for (const r of [rActual, rTyped, rUnit, rBase, rStretch]) tb.formatCell(r, 1, a);
  tb.formatCell(rGrowth, 1, SIGNED_PERCENT);
  tb.formatCell(rFactor, 1, FMT.ratio);
  tb.formatCell(rBand, 1, FMT.percent);
  tb.formatCell(rMargin, 1, FMT.percent);
  tb.formatCell(rVs, 1, SIGNED_PERCENT);
  tb.format({ r0: rActual, c0: 0, r1: rVs, c1: 0 }, null, STYLE.label);
  for (const r of [rGrowth, rTyped, rFactor, rUnit, rBand, rMargin]) {
    tb.formatCell(r, 1, null, STYLE.input);
    tb.inputRanges.push({ r0: r, c0: 1, r1: r, c1: 1 });
  }
  // Each input's identity, so a refresh keeps what the user typed (plan-actions.ts).
  const inputKeys: PlanInput[] = (
    [
      [rGrowth, 'growth'],
      [rTyped, 'target'],
      [rFactor, 'stretchFactor'],
      [rUnit, 'roundTo'],
      [rBand, 'tolerance'],
      [rMargin, 'marginTarget'],
    ] as const
  ).map(([row, name]) => ({ key: planInputKey(name), row, col: 1 }));
  tb.format({ r0: rBase, c0: 0, r1: rStretch, c1: 1 }, null, { bold: true, fill: COLOR.totalFill });
  tb.blank();

  // Quarters -------------------------------------------------------------------------------------
  tb.section(L('SD_SECTION_PLAN_QUARTERS'));
  const qHeader = tb.add([
    L('SD_COL_QUARTER'),
    L('SD_COL_WEIGHT'),
    L('SD_COL_BASE_TARGET'),
    L('SD_COL_STRETCH_TARGET'),
    L('SD_COL_BAND_LOW'),
    L('SD_COL_BAND_HIGH'),
    L('SD_COL_THIS_YEAR'),
    L('SD_COL_GROWTH'),
  ]);
  tb.format({ r0: qHeader, c0: 0, r1: qHeader, c1: 7 }, null, STYLE.header);
  const q0 = tb.row;
  const weights = plan.quarterWeights.length === 4 ? plan.quarterWeights : [1, 1, 1, 1];
  const W = a1Range(q0, 1, q0 + 3, 1, true);
  const baseParts = plan.quarters.map(disp);
  const stretchParts = plan.stretchQuarters ? plan.stretchQuarters.map(disp) : null;
  for (let q = 0; q < 4; q++) {
    const r = q0 + q;
    const prior = ctx.amt(model.quarters[q]?.revenue ?? null);
    tb.add([
      `Q${q + 1}`,
      weights[q],
      f(
        lrFormula({ total: B(rBase), unit: B(rUnit), col: 1, first: q0, last: q0 + 3, row: r }),
        baseParts[q],
      ),
      f(
        lrFormula({ total: B(rStretch), unit: B(rUnit), col: 1, first: q0, last: q0 + 3, row: r }),
        stretchParts ? stretchParts[q] : '',
      ),
      f(`=C${r + 1}*(1-${B(rBand)})`, clean(baseParts[q] * (1 - band))),
      f(`=C${r + 1}*(1+${B(rBand)})`, clean(baseParts[q] * (1 + band))),
      prior,
      f(`=IF(N(G${r + 1})=0,"",C${r + 1}/G${r + 1}-1)`, prior ? clean(baseParts[q] / prior - 1) : ''),
    ]);
  }
  const qTotal = tb.add([
    L('SD_COL_TOTAL'),
    f(`=SUM(${W})`, clean(weights.reduce((s, v) => s + v, 0))),
    f(`=SUM(C${q0 + 1}:C${q0 + 4})`, clean(baseParts.reduce((s, v) => s + v, 0))),
    f(
      `=IF(${B(rStretch)}="","",SUM(D${q0 + 1}:D${q0 + 4}))`,
      stretchParts ? clean(stretchParts.reduce((s, v) => s + v, 0)) : '',
    ),
    null,
    null,
    f(`=SUM(G${q0 + 1}:G${q0 + 4})`, actual),
    f(
      `=IF(N(G${qTotal0(q0)})=0,"",C${qTotal0(q0)}/G${qTotal0(q0)}-1)`,
      actual ? clean(baseValue / actual - 1) : '',
    ),
  ]);
  tb.format({ r0: q0, c0: 0, r1: qTotal, c1: 0 }, null, STYLE.label);
  tb.format({ r0: q0, c0: 1, r1: q0 + 3, c1: 1 }, '0.00', STYLE.input);
  tb.formatCell(qTotal, 1, '0.00');
  tb.inputRanges.push({ r0: q0, c0: 1, r1: q0 + 3, c1: 1 });
  for (let q = 0; q < 4; q++)
    inputKeys.push({ key: planInputKey('weight', `Q${q + 1}`), row: q0 + q, col: 1 });
  tb.format({ r0: q0, c0: 2, r1: qTotal, c1: 6 }, a);
  tb.format({ r0: q0, c0: 7, r1: qTotal, c1: 7 }, SIGNED_PERCENT);
  tb.conditionalFormats.push(...varianceColours({ r0: q0, c0: 7, r1: qTotal, c1: 7 }));
  tb.format({ r0: qTotal, c0: 0, r1: qTotal, c1: 7 }, null, STYLE.total);
  tb.blank();

  // Margins, new customers, capacity (plan-margin.ts, plan-customers.ts, plan-capacity.ts) ----------
  const checks: { label: string; formula: string; value?: string }[] = [];
  const okText = L('SD_CHECK_OK');
  const failText = L('SD_CHECK_FAIL');
  // Their yellow inputs are keyed as they are added, so a refresh keeps what the user typed.
  let keyedFrom = tb.inputRanges.length;
  const marginCheck = planMarginSection(tb, ctx, {
    firstQuarterRow: q0,
    baseCol: 2,
    marginTarget: B(rMargin),
    ok: okText,
    fail: failText,
    notSet: L('SD_CHECK_NOT_SET'),
  });
  keyInputsSince(tb, keyedFrom, ['margin / Q1', 'margin / Q2', 'margin / Q3', 'margin / Q4'], inputKeys);
  keyedFrom = tb.inputRanges.length;
  planNewCustomerSection(tb, ctx, B(rBase));
  keyInputsSince(tb, keyedFrom, ['newCustomers', 'newCustomerRevenue'], inputKeys);
  keyedFrom = tb.inputRanges.length;
  planCapacitySection(tb, ctx, B(rBase));
  keyInputsSince(tb, keyedFrom, ['headcount', 'revenuePerHead'], inputKeys);

  // Dimensions -----------------------------------------------------------------------------------
  const checkFormula = (sumExpr: string): string =>
    `=IF(ABS(${sumExpr}-${B(rBase)})<${B(rUnit)}/2,"${okText}","${failText}")`;
  checks.push({ label: L('SD_CHECK_QUARTERS'), formula: checkFormula(`C${qTotal + 1}`) });
  const segmentTotalCell = new Map<string, Map<SegmentKey, string>>();
  for (const [role, segs] of Object.entries(plan.byRole)) {
    if (!segs || segs.length === 0) continue;
    const label = ctx.dimLabel(role);
    tb.section(L('SD_SECTION_PLAN_DIM', { dimension: label }));
    const h = tb.add([
      label,
      L('SD_COL_WEIGHT'),
      L('SD_COL_BASE_TARGET'),
      L('SD_COL_THIS_YEAR'),
      L('SD_COL_GROWTH'),
    ]);
    tb.format({ r0: h, c0: 0, r1: h, c1: 4 }, null, STYLE.header);
    const d0 = tb.row;
    const dw = segs.map((s) => s.weight);
    const DW = a1Range(d0, 1, d0 + segs.length - 1, 1, true);
    const parts = segs.map((x) => disp(x.target));
    const actualBy = new Map((model.breakdowns[role] ?? []).map((s) => [s.key, s.revenue]));
    const cells = new Map<SegmentKey, string>();
    segs.forEach((s, i) => {
      const r = d0 + i;
      const act = ctx.amt(actualBy.get(s.key) ?? null);
      cells.set(s.key, a1(r, 2, true));
      tb.add([
        segmentName(s.key, L),
        s.weight,
        f(
          lrFormula({
            total: B(rBase),
            unit: B(rUnit),
            col: 1,
            first: d0,
            last: d0 + segs.length - 1,
            row: r,
          }),
          parts[i],
        ),
        act,
        f(`=IF(N(D${r + 1})=0,"",C${r + 1}/D${r + 1}-1)`, act ? clean(parts[i] / act - 1) : ''),
      ]);
    });
    segmentTotalCell.set(role, cells);
    const dEnd = d0 + segs.length - 1;
    const dTotal = tb.add([
      L('SD_COL_TOTAL'),
      f(`=SUM(${DW})`, clean(dw.reduce((s, v) => s + v, 0))),
      f(`=SUM(C${d0 + 1}:C${dEnd + 1})`, clean(parts.reduce((s, v) => s + v, 0))),
      f(
        `=SUM(D${d0 + 1}:D${dEnd + 1})`,
        clean(segs.reduce((s, x) => s + (ctx.amt(actualBy.get(x.key) ?? null) ?? 0), 0)),
      ),
      null,
    ]);
    tb.format({ r0: d0, c0: 0, r1: dTotal, c1: 0 }, '@', STYLE.label);
    tb.format({ r0: d0, c0: 1, r1: dEnd, c1: 1 }, FMT.percent, STYLE.input);
    tb.formatCell(dTotal, 1, FMT.percent);
    tb.inputRanges.push({ r0: d0, c0: 1, r1: dEnd, c1: 1 });
    segs.forEach((x, i) =>
      inputKeys.push({ key: planInputKey('mix', role, segmentToken(x.key)), row: d0 + i, col: 1 }),
    );
    tb.format({ r0: d0, c0: 2, r1: dTotal, c1: 3 }, a);
    tb.format({ r0: d0, c0: 4, r1: dTotal, c1: 4 }, SIGNED_PERCENT);
    tb.conditionalFormats.push(...varianceColours({ r0: d0, c0: 4, r1: dTotal, c1: 4 }));
    tb.format({ r0: dTotal, c0: 0, r1: dTotal, c1: 4 }, null, STYLE.total);
    checks.push({
      label: L('SD_CHECK_DIM', { dimension: label }),
      formula: checkFormula(`C${dTotal + 1}`),
    });
    tb.blank();
  }

  // Cascade: each segment's target (a live cell above) split over the quarter weights -----------------
  const cascade = plan.cascade;
  const cascadeCells = cascade ? segmentTotalCell.get(cascade.role) : undefined;
  if (cascade && cascadeCells) {
    const label = ctx.dimLabel(cascade.role);
    tb.section(L('SD_SECTION_CASCADE', { dimension: label }));
    const h = tb.add([label, 'Q1', 'Q2', 'Q3', 'Q4', L('SD_COL_TOTAL')]);
    tb.format({ r0: h, c0: 0, r1: h, c1: 5 }, null, STYLE.header);
    const c0 = tb.row;
    cascade.rows.forEach((key, i) => {
      const r = c0 + i;
      const totalCell = cascadeCells.get(key);
      const parts = (cascade.matrix[i] ?? [0, 0, 0, 0]).map(disp);
      const row: Cell[] = [segmentName(key, L)];
      for (let q = 0; q < 4; q++) {
        row.push(
          totalCell
            ? f(
                lrFormula({ total: totalCell, unit: B(rUnit), col: 1, first: q0, last: q0 + 3, row: q0 + q }),
                parts[q],
              )
            : null,
        );
      }
      row.push(f(`=SUM(B${r + 1}:E${r + 1})`, clean(parts.reduce((s, v) => s + v, 0))));
      tb.add(row);
    });
    const cEnd = c0 + cascade.rows.length - 1;
    const totals: Cell[] = [L('SD_COL_TOTAL')];
    for (let c = 1; c <= 5; c++) {
      const col = colLetter(c);
      totals.push(f(`=SUM(${col}${c0 + 1}:${col}${cEnd + 1})`, null));
    }
    const cTotal = tb.add(totals);
    fillColumnTotals(tb, c0, cEnd, cTotal);
    tb.format({ r0: c0, c0: 0, r1: cTotal, c1: 0 }, '@', STYLE.label);
    tb.format({ r0: c0, c0: 1, r1: cTotal, c1: 5 }, a);
    tb.format({ r0: c0, c0: 5, r1: cEnd, c1: 5 }, null, { bold: true });
    tb.format({ r0: cTotal, c0: 0, r1: cTotal, c1: 5 }, null, STYLE.total);
    checks.push({ label: L('SD_CHECK_CASCADE'), formula: checkFormula(`F${cTotal + 1}`) });
    tb.blank();
  }

  // Consistency checks: live ones, then the core's own (margin, parts vs annual) ------------------
  tb.section(L('SD_SECTION_CHECKS'));
  const chH = tb.add([L('SD_COL_CHECK'), L('SD_COL_RESULT_CHECK')]);
  tb.format({ r0: chH, c0: 0, r1: chH, c1: 1 }, null, STYLE.header);
  const ch0 = tb.row;
  checks.push(marginCheck);
  for (const c of checks) tb.add([c.label, f(c.formula, c.value ?? okText)]);
  // The live checks above already cover parts-vs-annual; keep the core's other checks (margin, signs).
  const coreChecks = plan.checks.filter((c) => !LIVE_CHECK_CODES.has(c.code));
  for (const c of coreChecks) tb.add([checkSentence(c, ctx.words), c.ok ? okText : failText]);
  const chEnd = tb.row - 1;
  if (chEnd >= ch0) {
    tb.format({ r0: ch0, c0: 1, r1: chEnd, c1: 1 }, null, { bold: true, hAlign: 'center' });
    coreChecks.forEach((c, i) => {
      if (!c.ok) tb.formatCell(ch0 + checks.length + i, 1, null, { fontColor: COLOR.bad });
    });
  }
  tb.blank();

  // Action plan: one pre-filled row per problem (plan-actions.ts) --------------------------------
  const actions = actionTable(tb, ctx);
  const tab = tb.build('plan', L('SD_TAB_plan'), { freezeRows: 3, tabColor: COLOR.tabPlan });
  return withPlanNotes(tab, actions, inputKeys, ctx);
}

/** Row index (1-based) of the quarter total row, which sits right below Q1..Q4. */
function qTotal0(q0: number): number {
  return q0 + 5;
}

/** Cached values of the cascade's column totals, from the part values above them. */
function fillColumnTotals(tb: TabBuilder, r0: number, r1: number, totalRow: number): void {
  const row = tb.cells[totalRow];
  for (let c = 1; c <= 5; c++) {
    let s = 0;
    for (let r = r0; r <= r1; r++) {
      const cell = tb.cells[r][c];
      if (cell && typeof cell === 'object') s += typeof cell.value === 'number' ? cell.value : 0;
    }
    const cell = row[c];
    if (cell && typeof cell === 'object') cell.value = clean(s);
  }
}
