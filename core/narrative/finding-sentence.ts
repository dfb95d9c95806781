/**
 * The sentence of a finding and of a plan check, from its code and figures: the review states
 * findings as data (core/review/findings.ts), and this is where they are put into words, for the
 * findings narrative, the findings tab and the plan tab's action list.
 */
import {
  CATALOGUE,
  fillParams,
  formatPercent,
  formatPercents,
  formatPoints,
  monthRange,
  segmentName,
} from '../i18n';
import type { CoreCatalogue, MessageCode, ParamsOf } from '../i18n';
import { evidenceValue } from '../review';
import type { EvidenceKey, Finding, PlanCheck, ReviewModel } from '../review';
import type { Words } from './words';

/** The sentence of each finding. */
const FINDING_MESSAGE = {
  BELOW_TARGET: 'FINDING_BELOW_TARGET',
  OUTSIDE_TOLERANCE: 'FINDING_OUTSIDE_TOLERANCE',
  DECLINING_SEGMENT: 'FINDING_DECLINING_SEGMENT',
  CUSTOMER_CONCENTRATION: 'FINDING_CUSTOMER_CONCENTRATION',
  MARGIN_DOWN: 'FINDING_MARGIN_DOWN',
  LOST_CUSTOMER_REVENUE: 'FINDING_LOST_CUSTOMER_REVENUE',
  QUARTER_VOLATILITY: 'FINDING_QUARTER_VOLATILITY',
  LOW_COMPLETENESS: 'FINDING_LOW_COMPLETENESS',
  PLAN_INCONSISTENT: 'FINDING_PLAN_INCONSISTENT',
  RECORD_QUARTER: 'FINDING_RECORD_QUARTER',
  DARK_HORSE: 'FINDING_DARK_HORSE',
  ABOVE_STRETCH: 'FINDING_ABOVE_STRETCH',
  TOTAL_MISMATCH: 'FINDING_TOTAL_MISMATCH',
} as const satisfies Record<Finding['code'], MessageCode>;

/**
 * The sentence of a finding that compares a segment with last year when one year is partial: it
 * says the change is over the same months of both years (the segments compare comparisonBasis's months).
 */
const SAME_MONTHS_MESSAGE = {
  DECLINING_SEGMENT: 'FINDING_DECLINING_SEGMENT_SAME_MONTHS',
  DARK_HORSE: 'FINDING_DARK_HORSE_SAME_MONTHS',
} as const satisfies Partial<Record<Finding['code'], MessageCode>>;
type SameMonthsCode<C extends Finding['code']> = C extends keyof typeof SAME_MONTHS_MESSAGE
  ? (typeof SAME_MONTHS_MESSAGE)[C]
  : never;

/** The sentence of each plan check, passed and failed. */
const CHECK_MESSAGE = {
  PLAN_PARTS_VS_ANNUAL: {
    ok: 'REVIEW_CHECK_PLAN_PARTS_VS_ANNUAL_OK',
    fail: 'REVIEW_CHECK_PLAN_PARTS_VS_ANNUAL_FAIL',
  },
  PLAN_NEGATIVE_PART: {
    ok: 'REVIEW_CHECK_PLAN_NEGATIVE_PART_OK',
    fail: 'REVIEW_CHECK_PLAN_NEGATIVE_PART_FAIL',
  },
  PLAN_MARGINS_LENGTH: {
    ok: 'REVIEW_CHECK_PLAN_MARGINS_LENGTH_OK',
    fail: 'REVIEW_CHECK_PLAN_MARGINS_LENGTH_FAIL',
  },
  PLAN_MARGIN_VS_TARGET: {
    ok: 'REVIEW_CHECK_PLAN_MARGIN_VS_TARGET_OK',
    fail: 'REVIEW_CHECK_PLAN_MARGIN_VS_TARGET_FAIL',
  },
  PLAN_DIM_VS_ANNUAL: { ok: 'REVIEW_CHECK_PLAN_DIM_OK', fail: 'REVIEW_CHECK_PLAN_DIM_FAIL' },
} as const satisfies Record<PlanCheck['code'], { ok: MessageCode; fail: MessageCode }>;

type CheckCode = (typeof CHECK_MESSAGE)[PlanCheck['code']][keyof (typeof CHECK_MESSAGE)[PlanCheck['code']]];

/** A finding's figures by name. */
interface Figures {
  num(key: EvidenceKey): number | null;
  str(key: EvidenceKey): string;
}

/** A finding's parameters: its sentence's placeholders, and its same-months sentence's, if any. */
type Params<C extends Finding['code']> = ParamsOf<
  CoreCatalogue,
  (typeof FINDING_MESSAGE)[C] | SameMonthsCode<C>
>;
type Builder<C extends Finding['code']> = (f: Figures, w: Words, model: ReviewModel) => Params<C>;

/** A finding's dimension in words: a role, an extra dimension's header, or the quarter. */
function dimension(f: Figures, w: Words): string {
  const d = f.str('dimension');
  return d === 'quarter' ? w.L('REVIEW_QUARTER') : w.dim(d);
}

/** The months both years are compared over ("January–October"), or '' when they are whole years. */
function sameMonths(model: ReviewModel, w: Words): string {
  const cb = model.comparisonBasis;
  return cb?.basis === 'same-months' ? monthRange(w.L, model.fiscalStartMonth, cb.fromMonth, cb.toMonth) : '';
}

/** What each finding's sentence says, from its figures. Rates keep their sign, as the templates expect. */
const PARAMS: { [C in Finding['code']]: Builder<C> } = {
  BELOW_TARGET: (f, w) => {
    const [actual, target] = w.amts(f.num('revenue'), f.num('target'));
    return { actual, target, attainment: formatPercent(f.num('attainment'), w.lang) };
  },
  OUTSIDE_TOLERANCE: (f, w) => {
    const [actual, target] = w.amts(f.num('revenue'), f.num('target'));
    return {
      dimension: dimension(f, w),
      segment: segmentName(f.str('segment'), w.L),
      actual,
      target,
      attainment: formatPercent(f.num('attainment'), w.lang),
      band: formatPercent(f.num('band'), w.lang),
    };
  },
  DECLINING_SEGMENT: (f, w, model) => {
    const [prior, actual] = w.amts(f.num('priorRevenue'), f.num('revenue'));
    return {
      months: sameMonths(model, w),
      dimension: dimension(f, w),
      segment: segmentName(f.str('segment'), w.L),
      // "fell 9.5%": the word says the direction.
      yoy: formatPercent(-(f.num('yoy') ?? NaN), w.lang),
      prior,
      actual,
    };
  },
  CUSTOMER_CONCENTRATION: (f, w) => {
    const [share, threshold] = formatPercents([f.num('share'), f.num('threshold')], w.lang);
    return { customer: f.str('customer'), share, threshold };
  },
  MARGIN_DOWN: (f, w) => {
    const [prior, margin] = formatPercents([f.num('priorGrossMargin'), f.num('grossMargin')], w.lang);
    return { prior, margin, change: formatPoints(f.num('change'), w.lang) };
  },
  LOST_CUSTOMER_REVENUE: (f, w) => ({
    lost: String(f.num('lost') ?? 0),
    revenue: w.amt(f.num('lostPriorRevenue')),
    share: formatPercent(f.num('shareOfPrior'), w.lang),
  }),
  QUARTER_VOLATILITY: (f, w) => {
    const [highValue, lowValue] = w.amts(f.num('highRevenue'), f.num('lowRevenue'));
    return { high: f.str('highQuarter'), highValue, low: f.str('lowQuarter'), lowValue };
  },
  LOW_COMPLETENESS: (f, w) => {
    const [completeness, threshold] = formatPercents([f.num('completeness'), f.num('threshold')], w.lang);
    return { field: w.dim(f.str('field')), completeness, threshold };
  },
  PLAN_INCONSISTENT: (f, w, model) => {
    const code = f.str('check');
    const dim = f.str('dimension');
    const check = model.plan.checks.find((c) => !c.ok && c.code === code && (c.dimension ?? '') === dim);
    return { check: check ? checkSentence(check, w) : code };
  },
  RECORD_QUARTER: (f, w) => ({ quarter: f.str('quarter'), actual: w.amt(f.num('revenue')) }),
  DARK_HORSE: (f, w, model) => ({
    months: sameMonths(model, w),
    dimension: dimension(f, w),
    segment: segmentName(f.str('segment'), w.L),
    yoy: formatPercent(f.num('yoy'), w.lang),
    share: formatPercent(f.num('share'), w.lang),
  }),
  ABOVE_STRETCH: (f, w) => {
    const [actual, stretch] = w.amts(f.num('revenue'), f.num('stretchTarget'));
    return { actual, stretch, attainment: formatPercent(f.num('stretchAttainment'), w.lang) };
  },
  TOTAL_MISMATCH: (f, w) => {
    const [stated, sum] = w.amts(f.num('stated'), f.num('sum'));
    const label = f.str('segment');
    return {
      row: String(f.num('sheetRow') ?? ''),
      label: label === '' ? w.L('REVIEW_NO_LABEL') : label,
      column: f.str('column'),
      stated,
      sum,
      diff: w.amt(Math.abs(f.num('diff') ?? 0)),
    };
  },
};

/**
 * A finding in one sentence, in the words' language and currency.
 * @example findingSentence(finding, model, words('en')) // 'The largest customer “X” holds 18.0% of revenue, …'
 */
export function findingSentence(finding: Finding, model: ReviewModel, w: Words): string {
  const figures: Figures = {
    num: (key) => {
      const v = evidenceValue(finding.evidence, key);
      return typeof v === 'number' ? v : null;
    },
    str: (key) => {
      const v = evidenceValue(finding.evidence, key);
      return v === null ? '' : String(v);
    },
  };
  // The table above types each builder against its own code's placeholders; the lookup is by code.
  const params = (PARAMS[finding.code] as Builder<Finding['code']>)(figures, w, model);
  const code =
    sameMonths(model, w) !== '' && finding.code in SAME_MONTHS_MESSAGE
      ? SAME_MONTHS_MESSAGE[finding.code as keyof typeof SAME_MONTHS_MESSAGE]
      : FINDING_MESSAGE[finding.code];
  return fillParams(CATALOGUE[code][w.lang], params);
}

/**
 * A plan check in one sentence, passed or failed.
 * @example checkSentence({ code: 'PLAN_NEGATIVE_PART', ok: true, values: {} }, words('en')) // 'No quarter plan is negative'
 */
export function checkSentence(check: PlanCheck, w: Words): string {
  const v = check.values;
  const [annual, sum] = w.amts(v.annual ?? null, v.sum ?? null);
  const [margin, target] = formatPercents([v.weightedMargin ?? null, v.marginTarget ?? null], w.lang);
  const params: ParamsOf<CoreCatalogue, CheckCode> = {
    annual,
    sum,
    diff: w.amt(v.diff ?? null),
    diffPct: formatPercent(v.diffPct ?? null, w.lang, { signed: true }),
    margin,
    target,
    part: v.index === null || v.index === undefined ? '' : `Q${Number(v.index) + 1}`,
    dimension: check.dimension === undefined ? '' : w.dim(check.dimension),
  };
  const code = CHECK_MESSAGE[check.code][check.ok ? 'ok' : 'fail'];
  return fillParams(CATALOGUE[code][w.lang], params);
}
