import { z } from 'zod';
import { TABLE_UNITS } from '../i18n';
import { DATE_ORDERS, MONEY_ROLES, ROLES, UNIT_CHOICES } from '../table';

/** Display units for money: 元 (base), 万 (1e4), 亿 (1e8), K (1e3), M (1e6). */
export const DisplayUnitSchema = z.enum(TABLE_UNITS);
export type DisplayUnit = z.infer<typeof DisplayUnitSchema>;

export const LangSchema = z.enum(['zh-CN', 'zh-TW', 'en']);

export const SectionSchema = z.enum([
  'overview',
  'quarterly',
  'breakdowns',
  'customers',
  'bridges',
  'findings',
  'plan',
  'dataQuality',
]);
export type Section = z.infer<typeof SectionSchema>;
export const ALL_SECTIONS: readonly Section[] = SectionSchema.options;

/** Every column role (the one role list of core/table). */
const RoleName = z.enum(ROLES);
/** How year-last dates are read: decided per column from the evidence (auto), or the user's order. */
export const DateOrderSchema = z.enum(DATE_ORDERS);

/** A unit the user gives a money column: 元 (1), 万 (1e4), 亿 (1e8), 千 (1e3), K (1e3), M (1e6). */
export const UnitChoiceSchema = z.enum(UNIT_CHOICES);
/** The roles whose unit may be chosen: amount, cost, grossProfit, target, stretchTarget. */
export const MoneyRoleSchema = z.enum(MONEY_ROLES);

/** Where targets come from. */
export const TargetSourceSchema = z.discriminatedUnion('kind', [
  /** No target: attainment is shown as n/a. */
  z.object({ kind: z.literal('none') }),
  /** Target (and stretch) columns in the sales sheet itself (mapped roles target / stretchTarget). */
  z.object({ kind: z.literal('column') }),
  /** A separate sheet with targets by quarter and/or a dimension (e.g. region). */
  z.object({ kind: z.literal('sheet'), sheet: z.string().min(1) }),
  /** Typed in: annual base and optional stretch in base units, optional revised target. */
  z.object({
    kind: z.literal('typed'),
    base: z.number().positive(),
    stretch: z.number().positive().nullable().default(null),
    revised: z.number().positive().nullable().default(null),
  }),
]);
export type TargetSource = z.infer<typeof TargetSourceSchema>;

export const QuarterWeightsSchema = z.union([
  z.literal('seasonal'),
  z.literal('equal'),
  z.tuple([
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
  ]),
]);

export const PlanSettingsSchema = z.object({
  /** Next-year growth over this year's actual (0.15 = +15%). Ignored when `target` is set. */
  growth: z.number().gt(-1).default(0.15),
  /** Typed next-year base target in base units, overrides growth. */
  target: z.number().positive().nullable().default(null),
  /** Stretch as a multiple of base (1.1 = base +10%) or null for none. */
  stretchFactor: z.number().positive().nullable().default(1.1),
  quarterWeights: QuarterWeightsSchema.default('seasonal'),
  /** Per-dimension weights (role → key → weight); missing = this year's mix. */
  mix: z.record(z.string(), z.record(z.string(), z.number().nonnegative())).default({}),
  /** Tolerance band around a target (0.05 = ±5%). */
  tolerance: z.number().min(0).max(1).default(0.05),
  /** Round plan parts to this unit in base units (10000 = whole 万). */
  roundTo: z.number().positive().default(10000),
  /** Gross margin target for the consistency check (0.3 = 30%), or null. */
  marginTarget: z.number().min(-1).max(1).nullable().default(null),
  /**
   * Gross-margin target of each quarter (0.27 = 27%); null = this year's quarterly margins (or the
   * margin target when the data has no cost or profit). Weighted by the plan's quarterly revenue.
   */
  quarterMargins: z
    .tuple([
      z.number().min(-1).max(1),
      z.number().min(-1).max(1),
      z.number().min(-1).max(1),
      z.number().min(-1).max(1),
    ])
    .nullable()
    .default(null),
  /** New customers to win next year; null = as many as this year. */
  newCustomers: z.number().int().nonnegative().nullable().default(null),
  /** Revenue from next year's new customers in base units; null = this year's new-customer revenue. */
  newCustomerRevenue: z.number().nonnegative().nullable().default(null),
  /** Salespeople next year; null = this year's distinct salespeople (blank without a salesperson column). */
  headcount: z.number().int().positive().nullable().default(null),
  /** Revenue per salesperson next year in base units; null = this year's revenue / headcount. */
  revenuePerHead: z.number().positive().nullable().default(null),
});
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

export const ThresholdsSchema = z.object({
  /** Attainment at or above this is green. */
  green: z.number().default(1),
  /** Attainment at or above this (and below green) is amber; below is red. */
  amber: z.number().default(0.95),
  /** A single customer above this share of revenue is a finding. */
  concentration: z.number().default(0.15),
  /** Margin drop (fraction, 0.01 = 1 pp) that is a finding. */
  marginDrop: z.number().default(0.01),
  /**
   * Materiality, relative to the business: a move smaller than this share of the business (total
   * prior revenue for a change from last year, the total target for a gap to target) is not a
   * problem to address, whatever its percentage (docs/findings.md).
   */
  materialOfBusiness: z.number().min(0).max(1).default(0.01),
  /**
   * Materiality, relative to the segment: a segment's move smaller than this share of its own base
   * (its prior revenue, or its target) is not a problem to address, whatever its size.
   */
  materialOfSegment: z.number().min(0).max(1).default(0.05),
  /** Key-field completeness under this is a finding. */
  completeness: z.number().default(0.95),
  /** Customer tiers by annual spend, in base units, highest first. */
  tiers: z.array(z.object({ name: z.string(), min: z.number().nonnegative() })).default([
    { name: 'S', min: 5_000_000 },
    { name: 'A', min: 1_000_000 },
    { name: 'B', min: 200_000 },
    { name: 'C', min: 0 },
  ]),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/**
 * What the wizard's last completed run showed, saved with the settings so reopening the wizard shows
 * it. Plain data only (an ISO time string, no Date): hosts store settings as JSON.
 */
export const LastRunSchema = z.object({
  /** When the run finished, ISO 8601 (UTC). */
  at: z.string().min(1),
  /** The overview's first sentence, in the report language `lang`; null when there was none. */
  headline: z.string().nullable().default(null),
  rowsUsed: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  /** Names of the tabs written. */
  tabs: z.array(z.string()).default([]),
  /** Language the headline was written in (the report language). */
  lang: LangSchema,
});
export type LastRun = z.infer<typeof LastRunSchema>;

/**
 * Everything a review run needs besides the grid. Saved in the document so "Refresh" repeats the
 * last run. Parse with `ReviewSettingsSchema.safeParse`; every field has a default.
 */
export const ReviewSettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Sheet holding the sales rows; null = detect. */
  sheet: z.string().nullable().default(null),
  /**
   * One order list kept over several sheets: null = `sheet` and every sheet with the same header
   * (after trim, case, full/half width; hidden ones left out), 'all' = hidden ones too, a list =
   * exactly these sheets (one header).
   */
  sheets: z
    .union([z.array(z.string().min(1)).min(1), z.literal('all')])
    .nullable()
    .default(null),
  /** Review (fiscal) year; null = the latest year with data. */
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  /** First month of the fiscal year, 1..12. FY is named by the calendar year it ends in. */
  fiscalStartMonth: z.number().int().min(1).max(12).default(1),
  /** User overrides: role → header text (null = role switched off). */
  mapping: z.partialRecord(RoleName, z.string().nullable()).default({}),
  /**
   * Day order of year-last date text (05-02-2010): auto decides per column from the evidence (a
   * part above 12), else the language default; ymd, mdy, dmy force it.
   */
  dateOrder: DateOrderSchema.default('auto'),
  /**
   * Order statuses left out of the review. null: the cancelled, closed and refunded ones, found by
   * their words (已取消, 交易关闭, 退款成功, Cancelled …); a list: exactly these values (for codes
   * such as 0/1/2); [] keeps every row.
   */
  excludeStatuses: z.array(z.string()).nullable().default(null),
  /** User overrides of a money column's unit: role → unit (missing = the unit its header states). */
  units: z.partialRecord(MoneyRoleSchema, UnitChoiceSchema).default({}),
  targets: TargetSourceSchema.default({ kind: 'column' }),
  /** Dimensions to break down (roles or extra-dimension headers). Empty = all detected. */
  dimensions: z.array(z.string()).default([]),
  displayUnit: DisplayUnitSchema.nullable().default(null),
  language: LangSchema.default('zh-CN'),
  sections: z.array(SectionSchema).default([...SectionSchema.options]),
  comparePriorYear: z.boolean().default(true),
  /** Report currency and conversion rates (1 unit of currency = rate report units). */
  currency: z.string().default('CNY'),
  rates: z.record(z.string(), z.number().positive()).default({}),
  topN: z.number().int().min(1).max(100).default(10),
  /** Breakdowns fold segments beyond this many into "Others". */
  maxSegments: z.number().int().min(3).max(50).default(12),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  plan: PlanSettingsSchema.default(PlanSettingsSchema.parse({})),
  /** The wizard's last completed run (not read by the review); null before the first one. */
  lastRun: LastRunSchema.nullable().default(null),
});
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;
/** Settings as a user or file may give them (defaults not yet applied). */
export type ReviewSettingsInput = z.input<typeof ReviewSettingsSchema>;

/**
 * Settings with every default applied.
 * @example defaultSettings().fiscalStartMonth // 1
 */
export function defaultSettings(): ReviewSettings {
  return ReviewSettingsSchema.parse({});
}
