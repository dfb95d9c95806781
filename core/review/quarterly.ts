/** Section 2, 季度: quarters and months of the fiscal year against target and prior year, cumulated. */
import { monthLabel, fiscalMonthIndex } from '../periods';
import { attainment, grossMargin, growth, share, variance } from '../metrics';
import type { PeriodRow } from './model';
import type { Scope } from './scope';
import { sumOf } from './sums';
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

/** Revenue and gross profit per quarter (n = 4) or month (n = 12) of one year. */
function perPeriod(scope: Scope, key: 'fq' | 'fm', year: number): { rev: number[]; gp: (number | null)[] } {
  const months = scope.months(year);
  const groups =
    key === 'fm' ? months.map((m) => [m]) : [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3));
  const sums = groups.map(sumOf);
  return { rev: sums.map((s) => s.revenue), gp: sums.map((s) => s.grossProfit) };
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

/** A record beats at least this many earlier quarters with data: a first quarter beats nothing. */
export const RECORD_HISTORY = 4;

/**
 * Index of the year's best quarter when it beats every earlier quarter in the data, and there are
 * at least RECORD_HISTORY of them (this year's earlier quarters count); else −1.
 */
function recordQuarter(scope: Scope, rev: number[]): number {
  let best = -1;
  for (let i = 0; i < rev.length; i++) if (rev[i] > 0 && (best < 0 || rev[i] > rev[best])) best = i;
  if (best < 0) return -1;
  let beaten = rev.slice(0, best).filter((r) => r !== 0).length;
  for (const y of scope.years) {
    if (y >= scope.year) continue;
    for (const r of perPeriod(scope, 'fq', y).rev) {
      if (r >= rev[best]) return -1;
      if (r !== 0) beaten++;
    }
  }
  return beaten >= RECORD_HISTORY ? best : -1;
}

/**
 * Builds model.quarters (always 4; none for annual amounts) and model.months (up to the last month
 * with data).
 * @example buildPeriods(scope, targets, revenue).quarters[3].label // 'Q4'
 */
export function buildPeriods(
  scope: Scope,
  targets: Targets,
  yearRevenue: number,
): { quarters: PeriodRow[]; months: PeriodRow[] } {
  // One amount per year has no quarters or months: none are shown, and the reading note and the
  // quarterly tab say why (as the sections that need order lines do for a wide sheet).
  if (scope.annual) return { quarters: [], months: [] };
  const lastQuarter = Math.ceil(scope.lastMonth / 3);
  const q = perPeriod(scope, 'fq', scope.year);
  const pq = scope.prior === null ? null : perPeriod(scope, 'fq', scope.prior);
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
  const m = perPeriod(scope, 'fm', scope.year);
  const pm = scope.prior === null ? null : perPeriod(scope, 'fm', scope.prior);
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
