/** Tab 6, 问题与亮点: each finding with its evidence, and empty columns for causes and action. */
import type { Cell, TabDoc } from '../types';
import type { Finding } from '../../review/model';
import type { DocContext } from '../context';
import { COLOR } from '../formats';
import { hasMessage } from '../../i18n/messages';
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
  const label = (k: string): string => (hasMessage(`SD_EV_${k}`) ? ctx.L(`SD_EV_${k}`) : k);
  return Object.entries(ev)
    .filter(([k, v]) => v !== null && v !== '' && k !== 'segment')
    .map(([k, v]) => {
      if ((k === 'dimension' || k === 'field') && typeof v === 'string') {
        return hasMessage(`ROLE_${v}`) ? ctx.dimLabel(v) : label(v);
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
    L(`SD_FTYPE_${f.code}`),
    L(`SD_SEVERITY_${f.severity}`),
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
