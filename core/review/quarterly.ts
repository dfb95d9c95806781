/** Section 2, 季度: quarters and months of the fiscal year against target and prior year, cumulated. */
import { monthLabel, fiscalMonthIndex } from '../periods';
import { attainment, grossMargin, growth, share, variance } from '../metrics';
import type { PeriodRow } from './model';
import type { Scope } from './scope';
import { groupSums } from './sums';
import type { Targets } from './targets';

interface PeriodInput {
  label: string;
  quarter: number;
  revenue: number;
  grossProfit: number | null;
  prior: number | null;
  target: number | null;
  /** False for a period after the last month with data (a partial year): its ratios are not shown. */
  reached: boolean;
}

/** Sums per period of one year: index 0..n−1 → revenue, gross profit. */
function perPeriod(scope: Scope, key: 'fq' | 'fm', year: number, n: number): { rev: number[]; gp: (number | null)[] } {
  const rev = new Array<number>(n).fill(0);
  const gp = new Array<number | null>(n).fill(null);
  for (const g of groupSums(scope.table, [key], scope.start, [year])) {
    const i = Number(g.keys[0].slice(1)) - 1;
    rev[i] += g.sums.revenue;
    gp[i] = g.sums.grossProfit;
  }
  return { rev, gp };
}

function rows(inputs: PeriodInput[], yearRevenue: number, recordIndex: number): PeriodRow[] {
  let cum = 0;
  let cumTarget: number | null = 0;
  return inputs.map((p, i) => {
    cum += p.revenue;
    cumTarget = cumTarget === null || p.target === null ? null : cumTarget + p.target;
    const prev = i > 0 ? inputs[i - 1].revenue : null;
    const r = p.reached;
    return {
      index: i + 1,
      label: p.label,
      quarter: p.quarter,
      revenue: p.revenue,
      target: p.target,
      attainment: r && p.target !== null ? attainment(p.revenue, p.target) : null,
      variance: r && p.target !== null ? variance(p.revenue, p.target) : null,
      priorRevenue: p.prior,
      yoy: r && p.prior !== null ? growth(p.revenue, p.prior) : null,
      qoq: r && prev !== null ? growth(p.revenue, prev) : null,
      share: share(p.revenue, yearRevenue),
      cumulative: cum,
      cumulativeTarget: cumTarget,
      cumulativeAttainment: r && cumTarget !== null ? attainment(cum, cumTarget) : null,
      grossMargin: p.grossProfit === null ? null : grossMargin(p.grossProfit, p.revenue),
      record: i === recordIndex,
    };
  });
}

/** Index of the year's best quarter when it beats every earlier quarter in the data, else −1. */
function recordQuarter(scope: Scope, rev: number[]): number {
  let best = -1;
  for (let i = 0; i < rev.length; i++) if (rev[i] > 0 && (best < 0 || rev[i] > rev[best])) best = i;
  if (best < 0) return -1;
  for (const g of groupSums(scope.table, ['fy', 'fq'], scope.start, yearsBefore(scope))) {
    if (g.sums.revenue >= rev[best]) return -1;
  }
  return best;
}

function yearsBefore(scope: Scope): number[] {
  const out: number[] = [];
  for (let y = scope.year - 1; y >= scope.year - 50; y--) out.push(y);
  return out;
}

/**
 * Builds model.quarters (always 4) and model.months (up to the last month with data).
 * @example buildPeriods(scope, targets, revenue).quarters[3].label // 'Q4'
 */
export function buildPeriods(
  scope: Scope,
  targets: Targets,
  yearRevenue: number,
): { quarters: PeriodRow[]; months: PeriodRow[] } {
  const lastQuarter = Math.ceil(scope.lastMonth / 3);
  const q = perPeriod(scope, 'fq', scope.year, 4);
  const pq = scope.prior === null ? null : perPeriod(scope, 'fq', scope.prior, 4);
  const quarters = rows(
    q.rev.map((rev, i) => ({
      label: `Q${i + 1}`,
      quarter: i + 1,
      revenue: rev,
      grossProfit: q.gp[i],
      prior: pq ? pq.rev[i] : null,
      target: targets.quarters[i],
      reached: i < lastQuarter,
    })),
    yearRevenue,
    recordQuarter(scope, q.rev),
  );
  const m = perPeriod(scope, 'fm', scope.year, 12);
  const pm = scope.prior === null ? null : perPeriod(scope, 'fm', scope.prior, 12);
  const monthInputs: PeriodInput[] = [];
  for (let i = 0; i < scope.lastMonth; i++) {
    monthInputs.push({
      label: monthLabel(fiscalMonthIndex(scope.year, i + 1, scope.start)),
      quarter: Math.floor(i / 3) + 1,
      revenue: m.rev[i],
      grossProfit: m.gp[i],
      prior: pm ? pm.rev[i] : null,
      target: targets.months[i],
      reached: true,
    });
  }
  return { quarters, months: rows(monthInputs, yearRevenue, -1) };
}
