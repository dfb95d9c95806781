/**
 * What a reviewer should know about how the sheet was read, one sentence each, in the user's
 * language: the amount chosen and the ones passed over (or quantity × unit price), a date order
 * taken by default, statuses left out, refunds subtracted or already netted, a decimal comma; for a
 * data set read from several sheets, which sheets were combined and which were left out; for one
 * sheet read, the hidden sheets with its header left out (old copies) and how to include them.
 * The CLI prints them on stderr, the wizard shows them on the Columns step, the data-quality tab lists them.
 */
import { t, type Lang } from '../i18n';
import type { ColumnMapping, DataQualityReport } from './types';
import type { DayOrder } from './date';
import { DATE_ORDER_LABEL } from './all-skipped';
import { wideNotes } from './wide/notes';
import { splitNotes } from './split/notes';

/** A note: its kind, its sentence, and whether it is detail (the tab and wizard show it, the CLI does not). */
export interface ReadingNote {
  kind:
    | 'split'
    | 'hiddenCopy'
    | 'amount'
    | 'derived'
    | 'dateOrder'
    | 'dateConflicts'
    | 'status'
    | 'refund'
    | 'decimalComma'
    | 'ownCurrency'
    | 'wide'
    | 'wideTotals'
    | 'wideMismatch';
  text: string;
  detail?: true;
}

const money = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
const list = (items: readonly string[], lang: Lang): string =>
  items
    .map((x) => (lang === 'en' ? `"${x}"` : lang === 'zh-TW' ? `「${x}」` : `“${x}”`))
    .join(lang === 'en' ? ', ' : '、');

/**
 * The notes on how a sheet was read (empty when nothing needs saying).
 * @example readingNotes(mapping, quality, 'en')[0].text // 'Amount: "Sales"; passed over "Gross Sales". …'
 */
export function readingNotes(mapping: ColumnMapping, quality: DataQualityReport, lang: Lang): ReadingNote[] {
  // Which sheets were combined comes first: every other note is about the data set they make.
  const notes: ReadingNote[] = splitNotes(quality.split, lang).map((text) => ({ kind: 'split', text }));
  // One sheet read and a hidden copy of it left out: say so, and how to take it too.
  const copies = quality.split ? undefined : quality.hiddenCopies;
  if (copies && copies.hidden.length > 0)
    notes.push({
      kind: 'hiddenCopy',
      text: t('NOTE_HIDDEN_COPY', lang, {
        sheet: copies.sheet,
        sheets: list(copies.hidden, lang),
        both: [copies.sheet, ...copies.hidden].join(','),
      }),
    });
  if (quality.wide) notes.push(...wideNotes(quality.wide, lang));
  // All the money in one other currency and no rate: the review is in it, and how to convert
  if (quality.ownCurrency)
    notes.push({ kind: 'ownCurrency', text: t('NOTE_OWN_CURRENCY', lang, quality.ownCurrency) });
  const amount = quality.wide ? undefined : mapping.roles.amount;
  if (amount?.source === 'derived' && quality.derivedAmount) {
    notes.push({ kind: 'derived', text: t('NOTE_AMOUNT_DERIVED', lang, quality.derivedAmount) });
  } else if (amount && amount.passedOver && amount.passedOver.length > 0) {
    const others = amount.passedOver.map((p) => p.header.trim());
    notes.push({
      kind: 'amount',
      text: t('NOTE_AMOUNT_PASSED_OVER', lang, {
        amount: amount.header.trim(),
        others: list(others, lang),
        first: others[0],
      }),
    });
  }
  for (const d of quality.dateOrders ?? []) {
    const order = t(DATE_ORDER_LABEL[d.order], lang);
    if (d.basis === 'evidence')
      notes.push({
        kind: 'dateOrder',
        detail: true,
        text: t('NOTE_DATE_EVIDENCE', lang, { header: d.header.trim(), example: d.example ?? '', order }),
      });
    if (d.basis === 'user')
      notes.push({
        kind: 'dateOrder',
        detail: true,
        text: t('NOTE_DATE_USER', lang, { header: d.header.trim(), order }),
      });
    if (d.basis === 'default') {
      const other: DayOrder = d.order === 'dmy' ? 'mdy' : 'dmy';
      notes.push({
        kind: 'dateOrder',
        text: t('NOTE_DATE_DEFAULT', lang, {
          header: d.header.trim(),
          example: d.example ?? '',
          order: t(DATE_ORDER_LABEL[d.order], lang),
          other: t(DATE_ORDER_LABEL[other], lang),
          option: `--date-order ${other}`,
        }),
      });
    }
    if (d.conflicts > 0)
      notes.push({
        kind: 'dateConflicts',
        text: t('NOTE_DATE_CONFLICTS', lang, {
          count: d.conflicts,
          header: d.header.trim(),
          order: t(DATE_ORDER_LABEL[d.order], lang),
        }),
      });
  }
  const out = (quality.statuses ?? []).filter((s) => s.excluded);
  if (out.length > 0) {
    notes.push({
      kind: 'status',
      text: t('NOTE_STATUS_EXCLUDED', lang, {
        rows: out.reduce((a, s) => a + s.rows, 0).toLocaleString('en-US'),
        statuses: list(
          out.map((s) => s.status),
          lang,
        ),
        amount: money(out.reduce((a, s) => a + s.amount, 0)),
      }),
    });
  }
  const refund = quality.refundsSubtracted;
  if (refund?.alreadyNetIn)
    notes.push({
      kind: 'refund',
      text: t('NOTE_REFUND_ALREADY_NET', lang, {
        header: refund.header.trim(),
        amount: refund.alreadyNetIn.trim(),
      }),
    });
  else if (refund)
    notes.push({
      kind: 'refund',
      text: t('NOTE_REFUND_SUBTRACTED', lang, {
        header: refund.header.trim(),
        rows: refund.rows.toLocaleString('en-US'),
        amount: money(refund.amount),
      }),
    });
  for (const header of quality.decimalCommas ?? [])
    notes.push({ kind: 'decimalComma', text: t('NOTE_DECIMAL_COMMA', lang, { header: header.trim() }) });
  return notes;
}
