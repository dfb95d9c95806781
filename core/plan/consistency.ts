import { weightedMargin } from '../metrics';

/** Codes of the consistency findings; they double as i18n catalogue keys. */
export type ConsistencyCode =
  'PLAN_PARTS_VS_ANNUAL' | 'PLAN_NEGATIVE_PART' | 'PLAN_MARGINS_LENGTH' | 'PLAN_MARGIN_VS_TARGET';

/** One check: ok = passed; values = the figures a reviewer needs to see (null when undefined). */
export interface ConsistencyCheck {
  code: ConsistencyCode;
  ok: boolean;
  values: Record<string, number | null>;
}

/** What to check: an annual target against its parts, optionally each part's margin against a margin target. */
export interface ConsistencyInput {
  annual: number;
  parts: readonly number[];
  marginTarget?: number | null;
  /** Gross margin of each part (0.27 = 27%), same length as parts. */
  quarterMargins?: readonly number[] | null;
}

/** Parts may miss the annual by float noise only. */
const SUM_SLACK = 1e-9;

/**
 * The checks a reviewer runs on a plan: parts add up to the annual target (diff and diff % of the
 * annual), no part is negative, and — when margins are given — the revenue-weighted margin
 * Σ(part × margin) / Σ part reaches the margin target.
 * @example consistencyChecks({ annual: 17500, parts: [3800, 4200, 4500, 5500] })[0] // { code: 'PLAN_PARTS_VS_ANNUAL', ok: false, values: { annual: 17500, sum: 18000, diff: 500, diffPct: 0.02857 } }
 */
export function consistencyChecks(input: ConsistencyInput): ConsistencyCheck[] {
  const { annual, parts } = input;
  const out: ConsistencyCheck[] = [];
  let sum = 0;
  for (const p of parts) sum += p;
  const diff = sum - annual;
  const sumOk = Number.isFinite(diff) && Math.abs(diff) <= SUM_SLACK * Math.max(1, Math.abs(annual));
  out.push({
    code: 'PLAN_PARTS_VS_ANNUAL',
    ok: sumOk,
    values: {
      annual: finiteOrNull(annual),
      sum: finiteOrNull(sum),
      diff: finiteOrNull(diff),
      diffPct: annual !== 0 ? finiteOrNull(diff / Math.abs(annual)) : null,
    },
  });
  const negative = parts.findIndex((p) => p < 0);
  out.push({
    code: 'PLAN_NEGATIVE_PART',
    ok: negative < 0,
    values: { index: negative < 0 ? null : negative, value: negative < 0 ? null : parts[negative] },
  });
  const margins = input.quarterMargins;
  if (margins) {
    if (margins.length !== parts.length) {
      out.push({
        code: 'PLAN_MARGINS_LENGTH',
        ok: false,
        values: { parts: parts.length, margins: margins.length },
      });
    } else {
      const wm = weightedMargin(
        parts.map((p, i) => p * margins[i]),
        parts,
      );
      const target = input.marginTarget ?? null;
      const has = target !== null && Number.isFinite(target);
      out.push({
        code: 'PLAN_MARGIN_VS_TARGET',
        ok: !has || (wm !== null && wm >= target - 1e-12),
        values: {
          weightedMargin: wm,
          marginTarget: has ? target : null,
          gapPp: has && wm !== null ? wm - target : null,
        },
      });
    }
  }
  return out;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
