/**
 * Tab 6, 问题与亮点: each finding with its evidence, and a problem log for the user (causes, action,
 * owner, deadline, status) that a refresh carries over by the finding's key (core/sheetdoc/notes).
 */
import type { Cell, TabDoc } from '../types';
import type { Evidence, EvidenceKey, Finding } from '../../review';
import type { DocContext } from '../context';
import { COLOR, FMT } from '../formats';
import { formatCount, formatPercent, formatPoints, type MessageCode } from '../../i18n';
import { findingSentence } from '../../narrative';
import { findingKey } from '../../review';
import { withNoteKeys } from '../notes/key-column';
import { TabBuilder } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';
import { basisNote } from './basis-note';

const WIDTH = 8;
/** The columns the user writes: subjective and objective cause, action, owner, deadline, status. */
const USER_COLS = [5, 6, 7, 8, 9, 10];
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
  TOTAL_MISMATCH: 'SD_FTYPE_TOTAL_MISMATCH',
} as const satisfies Record<Finding['code'], MessageCode>;

const SEVERITY_LABEL = {
  high: 'SD_SEVERITY_high',
  medium: 'SD_SEVERITY_medium',
  low: 'SD_SEVERITY_low',
  highlight: 'SD_SEVERITY_highlight',
} as const satisfies Record<Finding['severity'], MessageCode>;

/**
 * The label of each evidence key; null for the items that name themselves (a dimension or field
 * is shown by its name, the segment is already in the finding's sentence).
 */
const EVIDENCE_LABEL = {
  dimension: null,
  field: null,
  segment: null,
  revenue: 'SD_EV_revenue',
  target: 'SD_EV_target',
  attainment: 'SD_EV_attainment',
  gap: 'SD_EV_gap',
  band: 'SD_EV_band',
  priorRevenue: 'SD_EV_priorRevenue',
  yoy: 'SD_EV_yoy',
  customer: 'SD_EV_customer',
  share: 'SD_EV_share',
  threshold: 'SD_EV_threshold',
  grossMargin: 'SD_EV_grossMargin',
  priorGrossMargin: 'SD_EV_priorGrossMargin',
  change: 'SD_EV_change',
  lost: 'SD_EV_lost',
  lostPriorRevenue: 'SD_EV_lostPriorRevenue',
  shareOfPrior: 'SD_EV_shareOfPrior',
  coefficientOfVariation: 'SD_EV_coefficientOfVariation',
  highQuarter: 'SD_EV_highQuarter',
  highRevenue: 'SD_EV_highRevenue',
  lowQuarter: 'SD_EV_lowQuarter',
  lowRevenue: 'SD_EV_lowRevenue',
  completeness: 'SD_EV_completeness',
  check: 'SD_EV_check',
  quarter: 'SD_EV_quarter',
  stretchTarget: 'SD_EV_stretchTarget',
  stretchAttainment: 'SD_EV_stretchAttainment',
  stated: 'SD_EV_stated',
  column: 'SD_EV_column',
  sheetRow: 'SD_EV_sheetRow',
  annual: 'SD_EV_annual',
  sum: 'SD_EV_sum',
  diff: 'SD_EV_diff',
  diffPct: 'SD_EV_diffPct',
  index: 'SD_EV_index',
  value: 'SD_EV_value',
  parts: 'SD_EV_parts',
  margins: 'SD_EV_margins',
  weightedMargin: 'SD_EV_weightedMargin',
  marginTarget: 'SD_EV_marginTarget',
  gapPp: 'SD_EV_gapPp',
} as const satisfies Record<EvidenceKey, MessageCode | null>;

/**
 * Evidence of a finding as "label value" pairs a reader understands, by the table rule of
 * core/i18n/format: money in the tab's display unit, rates as percentages, point changes in points,
 * counts grouped, names of roles in the tab's language.
 * @example evidenceText([rate('share', 0.18)], ctx) // '占比 18.0%'
 */
export function evidenceText(ev: readonly Evidence[], ctx: DocContext): string {
  const label = (k: EvidenceKey): string => {
    const code = EVIDENCE_LABEL[k];
    return code === null ? '' : `${ctx.L(code)} `;
  };
  return ev
    .filter((e) => e.value !== null && e.value !== '' && e.key !== 'segment')
    .map((e) => {
      // A quarter is a dimension of the tolerance check but no column role.
      if (e.kind === 'role')
        return e.value === 'quarter' ? ctx.L('SD_EV_quarter') : ctx.dimLabel(String(e.value));
      if (typeof e.value !== 'number') return `${label(e.key)}${e.value}`;
      const v = e.value;
      if (e.kind === 'money') return `${label(e.key)}${ctx.amountText(v)}`;
      if (e.kind === 'rate') return `${label(e.key)}${formatPercent(v, ctx.lang)}`;
      if (e.kind === 'points') return `${label(e.key)}${formatPoints(v, ctx.lang, { signed: v < 0 })}`;
      return `${label(e.key)}${formatCount(v, ctx.lang)}`;
    })
    .join(ctx.lang === 'en' ? '; ' : '；');
}

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
  tb.colWidths = [6, 13, 10, 60, 40, 24, 24, 28, 12, 12, 10];
  writeHeader(tb, ctx, 'SD_TITLE_findings');
  tb.note(L('SD_FINDINGS_NOTE'));
  // A partial year: the segments' changes are over the months both years have (as on the breakdowns tab).
  basisNote(tb, ctx);
  tb.blank();
  const list = sortFindings(model.findings);
  const body: Cell[][] = list.map((f, i) => [
    i + 1,
    L(TYPE_LABEL[f.code]),
    L(SEVERITY_LABEL[f.severity]),
    findingSentence(f, model, ctx.words),
    evidenceText(f.evidence, ctx),
    null,
    null,
    null,
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
      L('SD_COL_OWNER'),
      L('SD_COL_DEADLINE'),
      L('SD_COL_STATUS'),
    ],
    rows: body,
    // A deadline typed as a date stays a date (a text format would keep "2027-03-31" as text).
    numFmts: [null, null, null, null, null, '@', '@', '@', '@', FMT.date, '@'],
    colStyles: [
      { hAlign: 'center' },
      { hAlign: 'center', fontColor: COLOR.noteFont },
      { hAlign: 'center', bold: true },
      { wrap: true },
      { wrap: true, fontColor: COLOR.noteFont },
      { wrap: true, borderBottom: true },
      { wrap: true, borderBottom: true },
      { wrap: true, borderBottom: true },
      { wrap: true, borderBottom: true },
      { hAlign: 'center', borderBottom: true },
      { hAlign: 'center', borderBottom: true },
    ],
  });
  list.forEach((f, i) => tb.formatCell(r.firstRow + i, 2, null, { fill: SEVERITY_FILL[f.severity] }));
  if (list.length > 0)
    tb.inputRanges.push({
      r0: r.firstRow,
      c0: USER_COLS[0],
      r1: r.lastRow,
      c1: USER_COLS[USER_COLS.length - 1],
    });
  tb.blank();
  writeNarrative(tb, ctx, 'findings');
  const tab = tb.build('findings', L('SD_TAB_findings'), {
    freezeRows: r.headerRow + 1,
    tabColor: COLOR.tab,
  });
  return withNoteKeys(tab, {
    tables: [
      {
        headerRow: r.headerRow,
        rows: uniqueKeys(list.map(findingKey)).map((key, i) => ({ row: r.firstRow + i, key })),
        userCols: USER_COLS,
        labelCols: [1, 3],
        closedTitle: L('SD_CLOSED_findings'),
      },
    ],
    inputs: [],
    headerRows: [r.headerRow],
    labels: { key: L('SD_COL_KEY'), suggested: L('SD_COL_SUGGESTED') },
  });
}

/**
 * Keys made unique within one table: a second finding with the same key gets " #2" (a note must
 * never land on two rows).
 * @example uniqueKeys(['MARGIN_DOWN', 'MARGIN_DOWN']) // ['MARGIN_DOWN', 'MARGIN_DOWN #2']
 */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k} #${n}`;
  });
}
