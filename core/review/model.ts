/**
 * ReviewModel: every figure of every section, plain data, and no text in a language: findings and
 * plan checks are codes with their figures; core/narrative words them and core/sheetdoc lays them
 * out, from this model alone. The CLI's --json is this object (schemaVersion 4: narratives, finding
 * and check messages and the PVM rule left the model; layout inputs joined it; schemaVersion 5: the
 * plan's margin check weighs the plan's own quarterly margin targets, and the plan carries margins,
 * new customers and capacity; schemaVersion 6: a segment's prior revenue, YoY, share change and
 * contribution and the YoY bridges are over the compared months of comparisonBasis). Amounts are in the report currency's base unit; rates, shares and point
 * changes are fractions (0.037 = +3.7 pp). Unknown values are null, never missing keys.
 */
import type { ColumnMapping, DataQualityReport, Role } from '../table';
import type { Lang } from '../i18n';
import type { MappingRole } from './data-quality';
import type { TableUnit } from '../i18n';
import type { ConsistencyCode } from '../plan';
import type { Section } from '../settings';
import type { YearChoice } from './year';
import type { ComparisonBasis } from './comparison';

export type Status = 'green' | 'amber' | 'red' | null;

/**
 * A segment's key: the dimension's value as in the data; '' for the rows whose cell is blank; null
 * for "Others", the tail folded into one row. The layout and the narrative name the last two in the
 * user's language (segmentName); the model holds no such text.
 */
export type SegmentKey = string | null;

/** One segment of a breakdown (a region, a product line …). */
export interface SegmentRow {
  key: SegmentKey;
  revenue: number;
  target: number | null;
  attainment: number | null;
  variance: number | null;
  /**
   * The prior year's revenue over the compared months (comparisonBasis: the whole year, or the same
   * months when one year is partial; schemaVersion 6); null without a like-for-like prior year.
   */
  priorRevenue: number | null;
  /** This year's revenue over the compared months (= revenue for whole years); null without a prior year. */
  comparableRevenue: number | null;
  /** comparableRevenue / priorRevenue − 1: like for like, as totals.yoy. */
  yoy: number | null;
  share: number | null;
  /** share now − share prior, both over the compared months (fraction: 0.02 = +2 pp). */
  shareChange: number | null;
  /** (comparable − prior) / the total prior of the compared months; sums to total growth. */
  contribution: number | null;
  grossMargin: number | null;
  status: Status;
  /** Flags set by the review: dark horse, laggard, folded "Others". */
  flags: ('darkHorse' | 'laggard' | 'others')[];
}

export interface PeriodRow {
  /** 1..4 for quarters, 1..12 for months (fiscal order). */
  index: number;
  /** Label such as "Q1" or "2025-04". */
  label: string;
  /** Fiscal quarter 1..4 (JSON contract `quarters[].quarter`; for a month, its quarter). Always set by buildReview. */
  quarter?: number;
  revenue: number;
  target: number | null;
  attainment: number | null;
  variance: number | null;
  priorRevenue: number | null;
  yoy: number | null;
  qoq: number | null;
  share: number | null;
  cumulative: number;
  cumulativeTarget: number | null;
  cumulativeAttainment: number | null;
  grossMargin: number | null;
  record: boolean;
}

export interface Finding {
  code:
    | 'OUTSIDE_TOLERANCE'
    | 'DECLINING_SEGMENT'
    | 'CUSTOMER_CONCENTRATION'
    | 'MARGIN_DOWN'
    | 'LOST_CUSTOMER_REVENUE'
    | 'QUARTER_VOLATILITY'
    | 'LOW_COMPLETENESS'
    | 'BELOW_TARGET'
    | 'PLAN_INCONSISTENT'
    | 'RECORD_QUARTER'
    | 'DARK_HORSE'
    | 'ABOVE_STRETCH'
    | 'TOTAL_MISMATCH';
  severity: 'high' | 'medium' | 'low' | 'highlight';
  /**
   * The figures behind it, each saying how it reads: the layout writes the evidence column from
   * them and core/narrative the finding's sentence (the review writes no text).
   */
  evidence: Evidence[];
}

/** Where a plan input's value came from: the user's settings, this year's data, or nowhere (left blank). */
export type PlanSeed = 'user' | 'this-year' | null;

/** A check of next year's plan: core/plan's consistency checks, and each dimension's split against the annual target. */
export interface PlanCheck {
  code: ConsistencyCode | 'PLAN_DIM_VS_ANNUAL';
  ok: boolean;
  /** The dimension split (PLAN_DIM_VS_ANNUAL only). */
  dimension?: string;
  /** The figures behind the check (annual, sum, diff, weighted margin, margin target …). */
  values: Partial<Record<PlanCheckValueKey, number | null>>;
}

/** The names of the figures a finding states. */
export type EvidenceKey =
  | 'revenue'
  | 'target'
  | 'attainment'
  | 'gap'
  | 'dimension'
  | 'segment'
  | 'band'
  | 'priorRevenue'
  | 'yoy'
  | 'customer'
  | 'share'
  | 'threshold'
  | 'grossMargin'
  | 'priorGrossMargin'
  | 'change'
  | 'lost'
  | 'lostPriorRevenue'
  | 'shareOfPrior'
  | 'coefficientOfVariation'
  | 'highQuarter'
  | 'highRevenue'
  | 'lowQuarter'
  | 'lowRevenue'
  | 'field'
  | 'completeness'
  | 'check'
  | 'quarter'
  | 'stretchTarget'
  | 'stretchAttainment'
  | 'stated'
  | 'column'
  | 'sheetRow'
  | PlanCheckValueKey;

/** The figures of a plan check (core/plan consistencyChecks and the per-dimension sums). */
export type PlanCheckValueKey =
  | 'annual'
  | 'sum'
  | 'diff'
  | 'diffPct'
  | 'index'
  | 'value'
  | 'parts'
  | 'margins'
  | 'weightedMargin'
  | 'marginTarget'
  | 'gapPp';

/**
 * One figure of a finding and how it reads: money in the report currency's base unit; a rate (a
 * fraction shown as a percentage); points (a change of a rate, as a fraction: 0.037 = 3.7 points);
 * a count; text from the data (a segment, customer or quarter); a role (a role key, or the header
 * of an extra dimension).
 */
export type Evidence =
  | { key: EvidenceKey; kind: 'money' | 'rate' | 'points' | 'count'; value: number | null }
  | { key: EvidenceKey; kind: 'text' | 'role'; value: string | null };

export interface ReviewModel {
  schemaVersion: 6;
  generatedAt: string;
  language: Lang;
  currency: string;
  /** The fiscal year reviewed, named by the calendar year it ends in, and its first month. */
  year: number;
  /** Why that year: the user's, the latest with data, or the latest substantial one (a thinner later year passed over). */
  yearChoice?: YearChoice;
  fiscalStartMonth: number;
  /** Months of the review year that have data (1..12). */
  monthsWithData: number;
  /** Last fiscal month (1..12) of the review year with data: < 12 means the year runs only so far. */
  lastMonthWithData: number;
  /**
   * How totals.yoy was measured: whole years, or the same months of both when one is partial
   * (schemaVersion 4: totals.yoy is like for like); null without a prior year.
   */
  comparisonBasis: ComparisonBasis | null;
  sheet: string | null;
  /** Header text used per role (null when absent). */
  mapping: Record<MappingRole, string | null>;
  /** Full detection detail (confidences) for the data-quality tab. */
  mappingDetail: ColumnMapping;
  totals: {
    revenue: number;
    priorRevenue: number | null;
    yoy: number | null;
    target: number | null;
    /** Where the target came from: 'column' | 'sheet' | 'typed' | null. */
    targetSource: 'column' | 'sheet' | 'typed' | null;
    /**
     * How quarter targets were obtained: 'source' (given per quarter by the column or sheet),
     * 'prior-seasonal' (annual split by last year's quarterly shares), 'equal' (annual split
     * equally: nothing else was available), null (no target). Always set by buildReview.
     */
    quarterTargetBasis?: 'source' | 'prior-seasonal' | 'equal' | null;
    attainment: number | null;
    variance: number | null;
    variancePct: number | null;
    stretchTarget: number | null;
    stretchAttainment: number | null;
    revisedTarget: number | null;
    revisedAttainment: number | null;
    grossProfit: number | null;
    grossMargin: number | null;
    priorGrossMargin: number | null;
    grossMarginChange: number | null;
    /** Rows of the review year; null for a sheet without order lines (a wide sheet). */
    orders: number | null;
    averageOrderValue: number | null;
    salespeople: number | null;
    /** Revenue / distinct salespeople with sales in the year. */
    revenuePerSalesperson: number | null;
    runRate: number | null;
    status: Status;
    thresholds: { green: number; amber: number };
  };
  quarters: PeriodRow[];
  months: PeriodRow[];
  breakdowns: Partial<Record<string, SegmentRow[]>>;
  /** Dark horse and laggard per dimension. */
  highlights: Partial<Record<string, { darkHorse: string | null; laggard: string | null }>>;
  customers: {
    active: number | null;
    new: number | null;
    returning: number | null;
    wonBack: number | null;
    lost: number | null;
    revenueNew: number | null;
    revenueReturning: number | null;
    revenueWonBack: number | null;
    lostPriorRevenue: number | null;
    repurchaseRate: number | null;
    priorRepurchaseRate: number | null;
    repurchaseRateChange: number | null;
    newRevenueShare: number | null;
    top1Share: number | null;
    top5Share: number | null;
    top10Share: number | null;
    largestShare: number | null;
    largestCustomer: string | null;
    hhi: number | null;
    top: {
      key: string;
      revenue: number;
      share: number;
      cumulativeShare: number;
      priorRevenue: number | null;
      yoy: number | null;
      tier: string;
    }[];
    tiers: { name: string; min: number; customers: number; revenue: number; share: number }[];
    lostList: { key: string; priorRevenue: number }[];
  };
  bridges: {
    /**
     * Prior year → this year by segment (for each dimension), over the compared months
     * (comparisonBasis: the same months of both years when one is partial; schemaVersion 6).
     */
    yoyBySegment: Partial<Record<string, { key: SegmentKey; change: number; contribution: number | null }[]>>;
    /** Target → actual by segment (when targets exist per segment). */
    planBySegment: Partial<
      Record<string, { key: SegmentKey; target: number; actual: number; variance: number }[]>
    >;
  };
  /** Price–volume–mix of the change from last year (the layout states the rule in words). */
  pvm: {
    volume: number;
    mix: number;
    price: number;
    newProducts: number;
    discontinued: number;
  } | null;
  findings: Finding[];
  /**
   * The materiality thresholds the findings were held to (shares: 0.01 = 1%): a problem is raised
   * only when its move is at least `ofBusiness` of the business and `ofSegment` of its segment.
   */
  materiality: { ofBusiness: number; ofSegment: number };
  plan: {
    growth: number | null;
    target: number;
    stretchTarget: number | null;
    quarterWeights: number[];
    weightsSource: 'user' | 'equal' | 'seasonal';
    quarters: number[];
    stretchQuarters: number[] | null;
    byRole: Partial<Record<string, { key: SegmentKey; weight: number; target: number }[]>>;
    /** Quarter × first dimension cascade (rows = segments, cols = Q1..Q4). */
    cascade: { role: string; rows: SegmentKey[]; matrix: number[][] } | null;
    tolerance: number;
    /**
     * Quarterly gross-margin targets (the plan tab's yellow cells) over the base quarters: each
     * quarter's gross profit and the weighted annual margin Σ GP / Σ revenue. source: the user's
     * settings, this year's quarterly margins, the margin target in every quarter, or null (none:
     * the data has no cost or profit and no margin target is set).
     */
    margins: {
      quarters: number[] | null;
      source: PlanSeed | 'target';
      grossProfit: number[] | null;
      weighted: number | null;
    };
    /**
     * New customers to win and their revenue (inputs, seeded from this year's new customers: null
     * without a prior year or without order lines), and that revenue's share of the base target.
     */
    newCustomers: {
      count: number | null;
      countSource: PlanSeed;
      revenue: number | null;
      revenueSource: PlanSeed;
      share: number | null;
      revenuePerCustomer: number | null;
    };
    /**
     * Headcount × revenue per head against the base target (inputs, seeded from this year's distinct
     * salespeople and revenue per salesperson: null without a salesperson column).
     */
    capacity: {
      headcount: number | null;
      headcountSource: PlanSeed;
      revenuePerHead: number | null;
      revenuePerHeadSource: PlanSeed;
      capacity: number | null;
      /** capacity − base target. */
      gap: number | null;
      /** Salespeople needed for the base target at this revenue per head. */
      headcountNeeded: number | null;
    };
    /**
     * Consistency checks; PLAN_MARGIN_VS_TARGET weighs the plan's quarterly margin targets
     * (schemaVersion 5; before, this year's quarterly margins) by the base quarters.
     */
    checks: PlanCheck[];
    /** The plan settings the plan tab's input cells hold (its live formulas start from them). */
    inputs: {
      /** Growth over this year's revenue when no target is typed. */
      growth: number;
      /** The typed base target, or null. */
      target: number | null;
      /** Stretch = base × this, or null for no stretch target. */
      stretchFactor: number | null;
      /** Targets are rounded to a multiple of this (base units). */
      roundTo: number;
      /** Gross-margin target of the plan, or null. */
      marginTarget: number | null;
      /** The user's quarterly margin targets, or null (seeded). */
      quarterMargins: number[] | null;
      /** The user's new-customer count and revenue targets, or null (seeded). */
      newCustomers: number | null;
      newCustomerRevenue: number | null;
      /** The user's headcount and revenue per head, or null (seeded). */
      headcount: number | null;
      revenuePerHead: number | null;
    };
  };
  /** The settings the layout needs besides the figures, so this model alone rebuilds the tabs. */
  layout: {
    /** The user's display unit for the tables, or null to choose by the revenue's size. */
    displayUnit: TableUnit | null;
    /** The sections asked for, in the order of the settings. */
    sections: Section[];
    /** Completeness below this is highlighted in the data-quality tab. */
    completenessThreshold: number;
  };
  dataQuality: DataQualityReport & { completeness: Partial<Record<Role, number>> };
}
