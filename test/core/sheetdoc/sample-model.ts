/** A hand-built ReviewModel with DOMAIN.md-style figures, for sheetdoc tests (independent of review/). */
import type { ReviewModel, SegmentRow, PeriodRow } from '../../../core/review/model';
import type { Lang } from '../../../core/i18n/lang';
import { narrate } from '../../../core/narrative';
import { ALL_SECTIONS, ReviewSettingsSchema, type DisplayUnit } from '../../../core/settings/schema';
import { buildSheetDoc, type SheetDoc } from '../../../core/sheetdoc';
import { marginPlan } from '../../../core/plan';

/** The settings the sample was reviewed with: the defaults, plan weights 3:3:2:2 and growth 15%. */
const DEFAULTS = ReviewSettingsSchema.parse({ plan: { quarterWeights: [3, 3, 2, 2], growth: 0.15 } });

export const seg = (
  key: SegmentRow['key'],
  revenue: number,
  target: number | null,
  prior: number | null,
  flags: SegmentRow['flags'] = [],
): SegmentRow => ({
  key,
  revenue,
  target,
  attainment: target ? revenue / target : null,
  variance: target === null ? null : revenue - target,
  priorRevenue: prior,
  comparableRevenue: prior === null ? null : revenue,
  yoy: prior ? revenue / prior - 1 : null,
  share: revenue / 1_360_000_000,
  shareChange: 0.01,
  contribution: prior ? (revenue - prior) / 1_200_000_000 : null,
  grossMargin: 0.26,
  status: null,
  flags,
});

const quarter = (
  i: number,
  revenue: number,
  target: number,
  prior: number,
  cumulative: number,
  cumTarget: number,
): PeriodRow => ({
  index: i,
  label: `Q${i}`,
  revenue,
  target,
  attainment: revenue / target,
  variance: revenue - target,
  priorRevenue: prior,
  yoy: revenue / prior - 1,
  qoq: null,
  share: revenue / 1_360_000_000,
  cumulative,
  cumulativeTarget: cumTarget,
  cumulativeAttainment: cumulative / cumTarget,
  grossMargin: 0.26,
  record: i === 4,
});

/** The sample plan's quarterly margin targets (this year's, seeded). */
const SAMPLE_MARGINS = [0.25, 0.26, 0.265, 0.27];

/** 13.6亿 against base 12亿 and stretch 14亿 (113.3% / 97.1%), prior 12亿. */
export function sampleModel(language: Lang = 'zh-CN'): ReviewModel {
  return {
    schemaVersion: 6,
    generatedAt: '2026-01-05T08:00:00.000Z',
    language,
    currency: 'CNY',
    year: 2025,
    fiscalStartMonth: 1,
    monthsWithData: 12,
    lastMonthWithData: 12,
    comparisonBasis: {
      basis: 'full-year',
      fromMonth: 1,
      toMonth: 12,
      revenue: 1_360_000_000,
      priorRevenue: 1_200_000_000,
      sameSpan: true,
    },
    sheet: '销售明细',
    mapping: {
      date: '订单日期',
      amount: '销售额',
      cost: '成本',
      grossProfit: null,
      quantity: '数量',
      customer: '客户',
      region: '区域',
      product: '产品线',
      channel: null,
      salesperson: '销售员',
      target: null,
      stretchTarget: null,
    },
    mappingDetail: {
      headerRow: 1,
      headers: ['订单日期', '区域', '产品线', '客户', '销售员', '销售额', '成本', '数量'],
      roles: {
        date: { role: 'date', column: 0, header: '订单日期', confidence: 1, source: 'header' },
        amount: {
          role: 'amount',
          column: 5,
          header: '销售额',
          confidence: 1,
          source: 'header',
          unit: { scale: 1, currency: null, source: null },
        },
        customer: { role: 'customer', column: 3, header: '客户', confidence: 0.9, source: 'header' },
      },
      extraDimensions: [],
    },
    totals: {
      revenue: 1_360_000_000,
      priorRevenue: 1_200_000_000,
      yoy: 1.36 / 1.2 - 1,
      target: 1_200_000_000,
      targetSource: 'typed',
      attainment: 1.36 / 1.2,
      variance: 160_000_000,
      variancePct: 0.16 / 1.2,
      stretchTarget: 1_400_000_000,
      stretchAttainment: 1.36 / 1.4,
      revisedTarget: null,
      revisedAttainment: null,
      grossProfit: 355_000_000,
      grossMargin: 0.261,
      priorGrossMargin: 0.224,
      grossMarginChange: 0.037,
      orders: 20000,
      averageOrderValue: 68000,
      salespeople: 25,
      revenuePerSalesperson: 54_400_000,
      runRate: 1_360_000_000,
      status: 'green',
      thresholds: { green: 1, amber: 0.95 },
    },
    quarters: [
      quarter(1, 280_000_000, 270_000_000, 250_000_000, 280_000_000, 270_000_000),
      quarter(2, 320_000_000, 300_000_000, 290_000_000, 600_000_000, 570_000_000),
      quarter(3, 350_000_000, 310_000_000, 310_000_000, 950_000_000, 880_000_000),
      quarter(4, 410_000_000, 320_000_000, 350_000_000, 1_360_000_000, 1_200_000_000),
    ],
    months: [],
    breakdowns: {
      region: [
        seg('华东', 544_000_000, 480_000_000, 470_000_000, ['darkHorse']),
        seg('华南', 408_000_000, 360_000_000, 380_000_000),
        seg('华北', 272_000_000, 240_000_000, 230_000_000),
        seg('西南', 136_000_000, 120_000_000, 120_000_000, ['laggard']),
      ],
      product: [
        seg('A系列', 750_000_000, 660_000_000, 700_000_000),
        seg('B系列', 610_000_000, 540_000_000, 500_000_000),
      ],
    },
    highlights: { region: { darkHorse: '华东', laggard: '西南' } },
    customers: {
      active: 812,
      new: 140,
      returning: 600,
      wonBack: 72,
      lost: 95,
      revenueNew: 200_000_000,
      revenueReturning: 1_100_000_000,
      revenueWonBack: 60_000_000,
      lostPriorRevenue: 45_000_000,
      repurchaseRate: 0.78,
      priorRepurchaseRate: 0.74,
      repurchaseRateChange: 0.04,
      newRevenueShare: 0.147,
      top1Share: 0.18,
      top5Share: 0.35,
      top10Share: 0.46,
      largestShare: 0.18,
      largestCustomer: '=HYPERLINK("http://x","bad")',
      hhi: 512,
      top: [
        {
          key: '=HYPERLINK("http://x","bad")',
          revenue: 244_800_000,
          share: 0.18,
          cumulativeShare: 0.18,
          priorRevenue: 200_000_000,
          yoy: 0.224,
          tier: 'S',
        },
        {
          key: '+86 138 0000',
          revenue: 100_000_000,
          share: 0.0735,
          cumulativeShare: 0.2535,
          priorRevenue: null,
          yoy: null,
          tier: 'S',
        },
      ],
      tiers: [{ name: 'S', min: 5_000_000, customers: 40, revenue: 800_000_000, share: 0.588 }],
      lostList: [{ key: '老客户甲', priorRevenue: 20_000_000 }],
    },
    bridges: {
      yoyBySegment: {
        region: [
          { key: '华东', change: 74_000_000, contribution: 0.0617 },
          { key: '华南', change: 28_000_000, contribution: 0.0233 },
        ],
      },
      planBySegment: {
        region: [{ key: '华东', target: 480_000_000, actual: 544_000_000, variance: 64_000_000 }],
      },
    },
    pvm: {
      volume: 100_000_000,
      mix: 10_000_000,
      price: 40_000_000,
      newProducts: 15_000_000,
      discontinued: -5_000_000,
    },
    materiality: { ofBusiness: 0.01, ofSegment: 0.05 },
    findings: [
      {
        code: 'CUSTOMER_CONCENTRATION',
        severity: 'high',
        evidence: [
          { key: 'customer', kind: 'text', value: 'X' },
          { key: 'share', kind: 'rate', value: 0.18 },
          { key: 'threshold', kind: 'rate', value: 0.15 },
        ],
      },
      {
        code: 'RECORD_QUARTER',
        severity: 'highlight',
        evidence: [{ key: 'quarter', kind: 'text', value: 'Q4' }],
      },
    ],
    plan: {
      growth: 0.15,
      target: 1_564_000_000,
      stretchTarget: 1_720_400_000,
      quarterWeights: [3, 3, 2, 2],
      weightsSource: 'user',
      quarters: [469_200_000, 469_200_000, 312_800_000, 312_800_000],
      stretchQuarters: [516_120_000, 516_120_000, 344_080_000, 344_080_000],
      byRole: {
        region: [
          { key: '华东', weight: 0.4, target: 625_600_000 },
          { key: '华南', weight: 0.3, target: 469_200_000 },
          { key: '华北', weight: 0.2, target: 312_800_000 },
          { key: '西南', weight: 0.1, target: 156_400_000 },
        ],
      },
      cascade: {
        role: 'region',
        rows: ['华东', '华南', '华北', '西南'],
        matrix: [
          [187_680_000, 187_680_000, 125_120_000, 125_120_000],
          [140_760_000, 140_760_000, 93_840_000, 93_840_000],
          [93_840_000, 93_840_000, 62_560_000, 62_560_000],
          [46_920_000, 46_920_000, 31_280_000, 31_280_000],
        ],
      },
      tolerance: 0.05,
      margins: {
        quarters: SAMPLE_MARGINS,
        source: 'this-year',
        ...marginPlan([469_200_000, 469_200_000, 312_800_000, 312_800_000], SAMPLE_MARGINS),
      },
      newCustomers: {
        count: 140,
        countSource: 'this-year',
        revenue: 200_000_000,
        revenueSource: 'this-year',
        share: 200_000_000 / 1_564_000_000,
        revenuePerCustomer: 200_000_000 / 140,
      },
      capacity: {
        headcount: 25,
        headcountSource: 'this-year',
        revenuePerHead: 54_400_000,
        revenuePerHeadSource: 'this-year',
        capacity: 1_360_000_000,
        gap: -204_000_000,
        headcountNeeded: 29,
      },
      checks: [
        {
          code: 'PLAN_MARGIN_VS_TARGET',
          ok: false,
          values: { weightedMargin: 0.261, marginTarget: 0.28, gapPp: -0.019 },
        },
      ],
      inputs: {
        growth: DEFAULTS.plan.growth,
        target: DEFAULTS.plan.target,
        stretchFactor: DEFAULTS.plan.stretchFactor,
        roundTo: DEFAULTS.plan.roundTo,
        marginTarget: DEFAULTS.plan.marginTarget,
        quarterMargins: null,
        newCustomers: null,
        newCustomerRevenue: null,
        headcount: null,
        revenuePerHead: null,
      },
    },
    layout: {
      displayUnit: null,
      sections: [...ALL_SECTIONS],
      completenessThreshold: DEFAULTS.thresholds.completeness,
    },
    dataQuality: {
      rowsRead: 20005,
      rowsUsed: 20000,
      rowsSkipped: 5,
      skipped: [
        { row: 7, code: 'SUBTOTAL_ROW', message: '小计行', amount: 0 },
        { row: 9, code: 'BAD_AMOUNT', message: '金额无法识别', amount: 0, raw: 'abc' },
      ],
      flagged: [{ row: 11, code: 'REFUND_ROW', message: '退款', amount: -5000 }],
      amountRead: 1_360_010_000,
      amountUsed: 1_360_000_000,
      amountSkipped: 10_000,
      refunds: { rows: 1, amount: -5000 },
      duplicates: { rows: 0, amount: 0 },
      completeness: { customer: 0.93, region: 1 },
      conversions: [],
    },
  };
}

/**
 * The sample with a display unit chosen for its tables.
 * @example withUnit(sampleModel('en'), 'M').layout.displayUnit // 'M'
 */
export function withUnit(model: ReviewModel, displayUnit: DisplayUnit | null): ReviewModel {
  return { ...model, layout: { ...model.layout, displayUnit } };
}

/**
 * The tabs of a model, laid out as the pipeline does (its own narratives).
 * @example layoutOf(sampleModel()).tabs[0].key // 'overview'
 */
export function layoutOf(model: ReviewModel): SheetDoc {
  return buildSheetDoc(model, narrate(model));
}
