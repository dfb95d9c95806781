/**
 * What a reviewer should know about a data set read from several sheets, one sentence each in the
 * user's language: which sheets were read (with their rows), which were left out, and what the
 * sheet names gave each row. The CLI prints them on stderr, the data-quality tab lists them.
 */
import { formatCount, t, type Lang, type MessageCode } from '../../i18n';
import type { SheetNameKind } from './sheet-name';
import type { SplitReport } from './types';

const NAME_NOTE = {
  period: 'SPLIT_NOTE_NAME_period',
  region: 'SPLIT_NOTE_NAME_region',
  channel: 'SPLIT_NOTE_NAME_channel',
} as const satisfies Record<SheetNameKind, MessageCode>;

const quote = (x: string, lang: Lang): string =>
  lang === 'en' ? `"${x}"` : lang === 'zh-TW' ? `「${x}」` : `“${x}”`;
const list = (items: readonly string[], lang: Lang): string => items.join(lang === 'en' ? ', ' : '、');

/**
 * The notes on a split data set (empty for a single sheet).
 * @example splitNotes(report, 'en')[0] // 'Read 3 sheets with the same header as one data set: …'
 */
export function splitNotes(report: SplitReport | undefined, lang: Lang): string[] {
  if (!report || report.sheets.length < 2) return [];
  const sheets = list(
    report.sheets.map((s) => t('SPLIT_ROWS', lang, { sheet: s.name, rows: formatCount(s.rowsRead, lang) })),
    lang,
  );
  const notes = [t('SPLIT_NOTE_COMBINED', lang, { count: report.sheets.length, sheets })];
  const out = report.leftOut.filter((l) => l.reason === 'header').map((l) => quote(l.name, lang));
  if (out.length > 0) notes.push(t('SPLIT_NOTE_LEFT_OUT', lang, { sheets: list(out, lang) }));
  const hidden = report.leftOut.filter((l) => l.reason === 'hidden').map((l) => quote(l.name, lang));
  if (hidden.length > 0) notes.push(t('SPLIT_NOTE_HIDDEN', lang, { sheets: list(hidden, lang) }));
  const nc = report.nameColumn;
  if (nc?.role === 'period') notes.push(t(NAME_NOTE.period, lang, { example: nc.example, value: nc.value }));
  else if (nc) notes.push(t(NAME_NOTE[nc.role], lang, { example: nc.example }));
  const y = report.yearFrom;
  if (y?.source === 'title')
    notes.push(t('SPLIT_NOTE_YEAR_TITLE', lang, { year: y.year, title: y.title ?? '' }));
  if (y?.source === 'user') notes.push(t('SPLIT_NOTE_YEAR_USER', lang, { year: y.year }));
  return notes;
}
