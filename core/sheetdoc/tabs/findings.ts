/** Tab 6, 问题与亮点: each finding with its evidence, and empty columns for causes and action. */
import type { Cell, TabDoc } from '../types';
import type { Finding } from '../../review/model';
import type { DocContext } from '../context';
import { COLOR } from '../formats';
import type { MessageCode } from '../../i18n';
import { isRole } from '../../table';
import { TabBuilder } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';

const WIDTH = 8;
const SEVERITY_ORDER: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2, highlight: 3 };
const SEVERITY_FILL: Record<Finding['severity'], string> = {
  high: COLOR.redFill,
  medium: COLOR.amberFill,
  low: '#FFF9E6',
  highlight: COLOR.greenFill,
};

/** The type column's label of each finding. */
const TYPE_LABEL = {
  OUTSIDE_TOLERANCE: 'SD_FTYPE_OUTSIDE_TOLERANCE',
  DECLINING_SEGMENT: 'SD_FTYPE_DECLINING_SEGMENT',
  CUSTOMER_CONCENTRATION: 'SD_FTYPE_CUSTOMER_CONCENTRATION',
  MARGIN_DOWN: 'SD_FTYPE_MARGIN_DOWN',
  LOST_CUSTOMER_REVENUE: 'SD_FTYPE_LOST_CUSTOMER_REVENUE',
  QUARTER_VOLATILITY: 'SD_FTYPE_QUARTER_VOLATILITY',
  LOW_COMPLETENESS: 'SD_FTYPE_LOW_COMPLETENESS',
  BELOW_TARGET: 'SD_FTYPE_BELOW_TARGET',
  PLAN_INCONSISTENT: 'SD_FTYPE_PLAN_INCONSISTENT',
  RECORD_QUARTER: 'SD_FTYPE_RECORD_QUARTER',
  DARK_HORSE: 'SD_FTYPE_DARK_HORSE',
  ABOVE_STRETCH: 'SD_FTYPE_ABOVE_STRETCH',
} as const satisfies Record<Finding['code'], MessageCode>;

const SEVERITY_LABEL = {
  high: 'SD_SEVERITY_high',
  medium: 'SD_SEVERITY_medium',
  low: 'SD_SEVERITY_low',
  highlight: 'SD_SEVERITY_highlight',
} as const satisfies Record<Finding['severity'], MessageCode>;

const RATE_KEY =
  /share|rate|attainment|yoy|growth|margin|completeness|band|tolerance|threshold|cv|variation|pct/i;
const AMOUNT_KEY = /revenue|target|gap|actual|prior|amount|value|stretch|sum|annual|diff$/i;

/**
 * Evidence of a finding as "label value" pairs a reader understands: money in the tab's display
 * unit, rates as percentages, labels in the tab's language.
 * @example evidenceText({ share: 0.18 }, ctx) // '占比 18.0%'
 */
export function evidenceText(ev: Finding['evidence'], ctx: DocContext): string {
  const unit = ctx.unitLabel(true);
  const label = (k: string): string =>
    Object.prototype.hasOwnProperty.call(EVIDENCE_LABEL, k)
      ? ctx.L(EVIDENCE_LABEL[k as keyof typeof EVIDENCE_LABEL])
      : k;
  return Object.entries(ev)
    .filter(([k, v]) => v !== null && v !== '' && k !== 'segment')
    .map(([k, v]) => {
      if ((k === 'dimension' || k === 'field') && typeof v === 'string') {
        return isRole(v) ? ctx.dimLabel(v) : label(v);
      }
      if (typeof v !== 'number') return `${label(k)} ${v}`;
      if (RATE_KEY.test(k)) return `${label(k)} ${(v * 100).toFixed(1)}%`;
      if (AMOUNT_KEY.test(k)) {
        const d = v / ctx.factor;
        return `${label(k)} ${d.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`;
      }
      return `${label(k)} ${v.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
    })
    .join(ctx.lang === 'en' ? '; ' : '；');
}

/** The label of each evidence key. */
const EVIDENCE_LABEL = {
  revenue: 'SD_EV_revenue',
  actual: 'SD_EV_actual',
  target: 'SD_EV_target',
  prior: 'SD_EV_prior',
  priorRevenue: 'SD_EV_priorRevenue',
  share: 'SD_EV_share',
  threshold: 'SD_EV_threshold',
  attainment: 'SD_EV_attainment',
  yoy: 'SD_EV_yoy',
  band: 'SD_EV_band',
  tolerance: 'SD_EV_tolerance',
  margin: 'SD_EV_margin',
  priorMargin: 'SD_EV_priorMargin',
  change: 'SD_EV_change',
  completeness: 'SD_EV_completeness',
  customers: 'SD_EV_customers',
  lost: 'SD_EV_lost',
  quarter: 'SD_EV_quarter',
  customer: 'SD_EV_customer',
  cv: 'SD_EV_cv',
  gap: 'SD_EV_gap',
  stretchTarget: 'SD_EV_stretchTarget',
  stretchAttainment: 'SD_EV_stretchAttainment',
  shareOfPrior: 'SD_EV_shareOfPrior',
  lostPriorRevenue: 'SD_EV_lostPriorRevenue',
  grossMargin: 'SD_EV_grossMargin',
  priorGrossMargin: 'SD_EV_priorGrossMargin',
  highQuarter: 'SD_EV_highQuarter',
  lowQuarter: 'SD_EV_lowQuarter',
  coefficientOfVariation: 'SD_EV_coefficientOfVariation',
} as const satisfies Record<string, MessageCode>;

/** Findings sorted: problems by severity first, then highlights. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * Builds the findings tab.
 * @example findingsTab(ctx).key // 'findings'
 */
export function findingsTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [6, 13, 10, 60, 40, 24, 24, 28];
  writeHeader(tb, ctx, 'SD_TITLE_findings');
  tb.note(L('SD_FINDINGS_NOTE'));
  tb.blank();
  const list = sortFindings(model.findings);
  const body: Cell[][] = list.map((f, i) => [
    i + 1,
    L(TYPE_LABEL[f.code]),
    L(SEVERITY_LABEL[f.severity]),
    f.message,
    evidenceText(f.evidence, ctx),
    null,
    null,
    null,
  ]);
  const r = tb.table({
    header: [
      L('SD_COL_NO'),
      L('SD_COL_TYPE'),
      L('SD_COL_SEVERITY'),
      L('SD_COL_FINDING'),
      L('SD_COL_EVIDENCE'),
      L('SD_COL_SUBJECTIVE'),
      L('SD_COL_OBJECTIVE'),
      L('SD_COL_ACTION'),
    ],
    rows: body,
    numFmts: [null, null, null, null, null, '@', '@', '@'],
    colStyles: [
      { hAlign: 'center' },
      { hAlign: 'center', fontColor: COLOR.noteFont },
      { hAlign: 'center', bold: true },
      { wrap: true },
      { wrap: true, fontColor: COLOR.noteFont },
      { wrap: true, borderBottom: true },
      { wrap: true, borderBottom: true },
      { wrap: true, borderBottom: true },
    ],
  });
  list.forEach((f, i) => tb.formatCell(r.firstRow + i, 2, null, { fill: SEVERITY_FILL[f.severity] }));
  if (list.length > 0) tb.inputRanges.push({ r0: r.firstRow, c0: 5, r1: r.lastRow, c1: 7 });
  tb.blank();
  writeNarrative(tb, ctx, 'findings');
  return tb.build('findings', L('SD_TAB_findings'), { freezeRows: r.headerRow + 1, tabColor: COLOR.tab });
}
