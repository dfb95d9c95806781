/** The title block every tab opens with: title, unit/source line, blank. */
import type { MessageCode } from '../../i18n';
import type { NarrativeSection } from '../../narrative';
import type { DocContext } from '../context';
import type { TabBuilder } from '../tab-builder';

/**
 * Writes the title and "单位:万元 · 数据来源 …" line.
 * @example writeHeader(tb, ctx, 'SD_TITLE_overview')
 */
export function writeHeader(
  tb: TabBuilder,
  ctx: DocContext,
  titleCode: Extract<MessageCode, `SD_TITLE_${string}`>,
  year?: number,
): void {
  const y = year ?? ctx.model.year;
  const yearText = ctx.model.fiscalStartMonth === 1 ? String(y) : `FY${y}`;
  tb.title(ctx.L(titleCode, { year: yearText }));
  tb.note(
    ctx.L('SD_UNIT_LINE', {
      unit: ctx.unitLabel(),
      sheet: ctx.model.sheet ?? '-',
      date: ctx.model.generatedAt.slice(0, 10),
    }),
  );
  tb.blank();
}

/**
 * Writes a section's narrative sentences under a "要点" heading, each merged across the tab.
 * @example writeNarrative(tb, ctx, 'overview')
 */
export function writeNarrative(tb: TabBuilder, ctx: DocContext, section: NarrativeSection): void {
  const lines = ctx.narratives[section] ?? [];
  if (lines.length === 0) return;
  tb.section(ctx.L('SD_KEY_POINTS'));
  for (const s of lines) tb.line(`• ${s}`, { wrap: true }, true);
  tb.blank();
}
