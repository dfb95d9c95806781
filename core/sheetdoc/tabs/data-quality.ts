/** Tab 8, 数据检查: the mapping used, rows read/used/skipped with reasons, completeness, reconciliation. */
import type { Lang, MessageCode } from '../../i18n';
import { readingNotes, type RoleDetection, type RowIssueCode } from '../../table';
import type { Cell, TabDoc } from '../types';
import type { DocContext } from '../context';
import { FMT, COLOR } from '../formats';
import { TabBuilder } from '../tab-builder';
import { writeHeader } from './header';
import { writeSheetsSection } from './data-quality-sheets';

/** The label of each way a column was found. */
const SOURCE_LABEL = {
  header: 'SD_SOURCE_header',
  content: 'SD_SOURCE_content',
  user: 'SD_SOURCE_user',
  derived: 'SD_SOURCE_derived',
  layout: 'SD_SOURCE_layout',
} as const satisfies Record<RoleDetection['source'], MessageCode>;

/** The reason text of each skipped or flagged row's code. */
const REASON_LABEL = {
  BLANK_ROW: 'SD_REASON_BLANK_ROW',
  REPEATED_HEADER: 'SD_REASON_REPEATED_HEADER',
  SUBTOTAL_ROW: 'SD_REASON_SUBTOTAL_ROW',
  NO_AMOUNT: 'SD_REASON_NO_AMOUNT',
  BAD_AMOUNT: 'SD_REASON_BAD_AMOUNT',
  NO_DATE: 'SD_REASON_NO_DATE',
  BAD_DATE: 'SD_REASON_BAD_DATE',
  MISSING_RATE: 'SD_REASON_MISSING_RATE',
  DUPLICATE_ROW: 'SD_REASON_DUPLICATE_ROW',
  REFUND_ROW: 'SD_REASON_REFUND_ROW',
  EXCLUDED_STATUS: 'SD_REASON_EXCLUDED_STATUS',
} as const satisfies Record<RowIssueCode, MessageCode>;

const WIDTH = 6;
/** Row-level lists are capped so a messy million-row sheet still writes a readable tab. */
export const MAX_LISTED_ROWS = 2000;

/**
 * Builds the data-quality tab.
 * @example dataQualityTab(ctx).key // 'dataQuality'
 */
export function dataQualityTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const dq = model.dataQuality;
  const a = ctx.amountFmt;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [26, 24, 14, 60, 12, 16];
  writeHeader(tb, ctx, 'SD_TITLE_dataQuality');

  tb.section(L('SD_SECTION_MAPPING'));
  const roles = Object.values(model.mappingDetail.roles).filter((d) => d !== undefined);
  tb.table({
    header: [
      L('SD_COL_ROLE'),
      L('SD_COL_HEADER'),
      L('SD_COL_SOURCE'),
      L('SD_COL_RUNNER_UP'),
      L('SD_COL_CONFIDENCE'),
      L('SD_COL_UNIT'),
    ],
    rows: roles.map((d) => [
      ctx.dimLabel(d.role),
      d.header,
      L(SOURCE_LABEL[d.source]),
      runnerUpText(d, L.lang),
      d.confidence,
      unitText(d.unit),
    ]),
    numFmts: [null, '@', null, '@', FMT.percent, null],
    colStyles: [{ bold: true }, null, { hAlign: 'center' }, { wrap: true }, null, { hAlign: 'center' }],
  });
  tb.blank();

  // How the sheet was read: the amount passed over, the date order and why, statuses left out,
  // refunds, a decimal comma; each a sentence with the option and the wizard control that change it.
  const notes = readingNotes(model.mappingDetail, dq, L.lang);
  if (notes.length > 0) {
    tb.section(L('SD_SECTION_READING'));
    for (const n of notes) tb.note(n.text);
    tb.blank();
  }
  const statuses = dq.statuses ?? [];
  if (statuses.length > 0) {
    tb.section(L('SD_SECTION_STATUSES'));
    tb.table({
      header: [L('SD_COL_STATUS'), L('SD_COL_ROWS'), L('SD_COL_AMOUNT'), L('SD_COL_COUNTED')],
      rows: statuses.map((s): Cell[] => [
        s.status,
        s.rows,
        ctx.amt(s.amount),
        L(s.excluded ? 'SD_COUNTED_NO' : 'SD_COUNTED_YES'),
      ]),
      numFmts: ['@', FMT.integer, a, null],
      colStyles: [{ bold: true }, null, null, { hAlign: 'center' }],
    });
    tb.blank();
  }

  tb.section(L('SD_SECTION_ROWS'));
  const summary: [string, number, string][] = [
    [L('SD_DQ_ROWS_READ'), dq.rowsRead, FMT.integer],
    [L('SD_DQ_ROWS_USED'), dq.rowsUsed, FMT.integer],
    [L('SD_DQ_ROWS_SKIPPED'), dq.rowsSkipped, FMT.integer],
    [L('SD_DQ_COMPLETE_RATE'), dq.rowsRead > 0 ? dq.rowsUsed / dq.rowsRead : 0, FMT.percent],
    [L('SD_DQ_AMOUNT_READ'), ctx.amt(dq.amountRead) ?? 0, a],
    [L('SD_DQ_AMOUNT_USED'), ctx.amt(dq.amountUsed) ?? 0, a],
    [L('SD_DQ_AMOUNT_SKIPPED'), ctx.amt(dq.amountSkipped) ?? 0, a],
  ];
  const sr = tb.table({
    header: [L('SD_COL_ITEM'), L('SD_COL_VALUE')],
    rows: summary.map(([k, v]) => [k, v]),
    numFmts: [null, null],
    colStyles: [{ bold: true }, null],
  });
  summary.forEach(([, , f], i) => tb.formatCell(sr.firstRow + i, 1, f));
  // A live check the reader can trust: used + skipped − read, computed by the spreadsheet itself.
  const readRow = sr.firstRow + 4;
  const reconRow = tb.add([
    L('SD_DQ_RECONCILE'),
    {
      formula: `=ROUND(B${readRow + 2}+B${readRow + 3}-B${readRow + 1},6)`,
      value: Math.round(((dq.amountUsed + dq.amountSkipped - dq.amountRead) / ctx.factor) * 1e6) / 1e6,
    },
  ]);
  tb.formatCell(reconRow, 0, null, { bold: true });
  tb.formatCell(reconRow, 1, a, { bold: true });
  tb.add([L('SD_DQ_REFUNDS'), dq.refunds.rows, ctx.amt(dq.refunds.amount)]);
  tb.formatCell(tb.row - 1, 2, a);
  tb.add([L('SD_DQ_DUPLICATES'), dq.duplicates.rows, ctx.amt(dq.duplicates.amount)]);
  tb.formatCell(tb.row - 1, 2, a);
  tb.format({ r0: tb.row - 2, c0: 0, r1: tb.row - 1, c1: 0 }, null, { bold: true });
  tb.blank();
  writeSheetsSection(tb, ctx);

  const byCode = new Map<string, { rows: number; amount: number; message: string }>();
  for (const s of [...dq.skipped, ...dq.flagged]) {
    const e = byCode.get(s.code) ?? { rows: 0, amount: 0, message: L(REASON_LABEL[s.code]) };
    e.rows += 1;
    e.amount += s.amount;
    byCode.set(s.code, e);
  }
  if (byCode.size > 0) {
    tb.section(L('SD_SECTION_REASONS'));
    tb.table({
      header: [L('SD_COL_CODE'), L('SD_COL_ROWS'), L('SD_COL_AMOUNT'), L('SD_COL_REASON')],
      rows: [...byCode.entries()].map(([code, e]): Cell[] => [code, e.rows, ctx.amt(e.amount), e.message]),
      numFmts: [null, FMT.integer, a, null],
      colStyles: [{ bold: true }, null, null, { wrap: true }],
    });
    tb.blank();
  }

  const completeness = Object.entries(dq.completeness).filter(([, v]) => v !== undefined);
  if (completeness.length > 0) {
    tb.section(L('SD_SECTION_COMPLETENESS'));
    const cr = tb.table({
      header: [L('SD_COL_ROLE'), L('SD_COL_COMPLETENESS')],
      rows: completeness.map(([role, v]) => [ctx.dimLabel(role), v ?? null]),
      numFmts: [null, FMT.percent],
      colStyles: [{ bold: true }, null],
    });
    completeness.forEach(([, v], i) => {
      if ((v ?? 1) < ctx.model.layout.completenessThreshold)
        tb.formatCell(cr.firstRow + i, 1, null, { fill: COLOR.redFill, bold: true });
    });
    tb.blank();
  }

  if (dq.conversions.length > 0) {
    tb.section(L('SD_SECTION_CONVERSIONS'));
    tb.table({
      header: [L('ROLE_currency'), L('SD_COL_VALUE'), L('SD_COL_ROWS'), L('SD_COL_AMOUNT')],
      rows: dq.conversions.map((c): Cell[] => [c.currency, c.rate, c.rows, c.amountOriginal]),
      numFmts: [null, '0.0000', FMT.integer, '#,##0.00'],
    });
    tb.blank();
  }

  if (dq.skipped.length > 0) {
    const n = Math.min(MAX_LISTED_ROWS, dq.skipped.length);
    tb.section(L('SD_SECTION_SKIPPED', { n }));
    tb.table({
      header: [L('SD_COL_ROW'), L('SD_COL_CODE'), L('SD_COL_AMOUNT'), L('SD_COL_REASON'), '', ''],
      rows: dq.skipped
        .slice(0, n)
        .map((s): Cell[] => [
          s.row,
          s.code,
          ctx.amt(s.amount),
          s.raw ? `${s.message} [${s.raw}]` : s.message,
          null,
          null,
        ]),
      numFmts: [FMT.integer, null, a, null, null, null],
      colStyles: [{ hAlign: 'center' }, null, null, { wrap: false }, null, null],
    });
  }
  return tb.build('dataQuality', L('SD_TAB_dataQuality'), { freezeRows: 3, tabColor: COLOR.tabQuality });
}

/**
 * The column that came next for a role (for the amount, every amount column passed over).
 * @example runnerUpText({ role: 'amount', passedOver: [{ header: '总金额', column: 4 }] }, 'zh-CN') // '总金额'
 */
export function runnerUpText(
  d: Pick<RoleDetection, 'role' | 'runnerUp' | 'passedOver'>,
  lang: Lang,
): string | null {
  const headers =
    d.passedOver && d.passedOver.length > 0
      ? d.passedOver.map((p) => p.header)
      : d.runnerUp
        ? [d.runnerUp.header]
        : [];
  return headers.length > 0 ? headers.join(lang === 'en' ? ', ' : '、') : null;
}

/**
 * A column's unit as read: scale, the unit word, and the currency when the word does not say it.
 * @example unitText({ scale: 10000, source: '万', currency: 'USD' }) // '×10,000 (万, USD)'
 */
export function unitText(
  unit: { scale: number; source: string | null; currency: string | null } | undefined,
): string | null {
  if (!unit) return null;
  if (unit.scale === 1 && !unit.source) return unit.currency;
  const word = unit.source ?? '';
  const cur = unit.currency !== null && !word.toUpperCase().includes(unit.currency) ? unit.currency : '';
  const inner = [word, cur].filter((x) => x !== '').join(', ');
  return `×${unit.scale.toLocaleString('en-US')}${inner ? ` (${inner})` : ''}`;
}
