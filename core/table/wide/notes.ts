/**
 * How a wide sheet was read, in sentences: what was understood ("12 month columns, 48 rows by
 * 城市, year 2019 from the title"), the totals left out, every total that does not add up, and
 * why order counts are absent. Part of readingNotes (CLI stderr, wizard, data-quality tab).
 */
import { t, type Lang } from '../../i18n';
import type { ReadingNote } from '../reading-notes';
import type { WideReport } from './report';
import { WIDE_COLUMNS } from './read';

/** Mismatches the CLI prints; the rest are detail (the tab and the wizard list every one). */
const SHOWN = 3;

const money = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
const quote = (x: string, lang: Lang): string =>
  lang === 'en' ? `"${x}"` : lang === 'zh-TW' ? `「${x}」` : `“${x}”`;
const list = (items: readonly string[], lang: Lang): string =>
  items.map((x) => quote(x, lang)).join(lang === 'en' ? ', ' : '、');

/**
 * The reading notes of a wide sheet.
 * @example wideNotes(report, 'en')[0].text // 'Periods across the columns: 12 month columns (Jan…Dec), …'
 */
export function wideNotes(w: WideReport, lang: Lang): ReadingNote[] {
  const count = w.periodColumns;
  const notes: ReadingNote[] = [
    {
      kind: 'wide',
      text: t('NOTE_WIDE_READ', lang, {
        periods: t(WIDE_COLUMNS[w.kind], lang, { count }),
        first: w.firstPeriod,
        last: w.lastPeriod,
        rows: w.rows.toLocaleString('en-US'),
        labels: list(w.labels, lang),
        years: w.years.join(lang === 'en' ? ', ' : '、'),
        source: t(`WIDE_YEAR_${w.yearSource}`, lang, { from: w.yearFrom ?? '' }),
      }),
    },
  ];
  if (w.totalColumns.length > 0 || w.totalRows > 0)
    notes.push({
      kind: 'wideTotals',
      text: t('NOTE_WIDE_TOTALS', lang, {
        columns: w.totalColumns.length > 0 ? list(w.totalColumns, lang) : lang === 'en' ? 'none' : '无',
        rows: w.totalRows,
      }),
    });
  if (w.ignoredColumns.length > 0)
    notes.push({
      kind: 'wideTotals',
      text: t('NOTE_WIDE_IGNORED', lang, { columns: list(w.ignoredColumns, lang) }),
    });
  w.mismatches.forEach((m, i) => {
    const note: ReadingNote = {
      kind: 'wideMismatch',
      text: t('NOTE_WIDE_MISMATCH', lang, {
        row: m.sheetRow,
        label: m.row === '' ? (lang === 'en' ? 'no label' : '无标签') : m.row,
        column: m.column,
        stated: money(m.stated),
        computed: money(m.computed),
      }),
    };
    if (i >= SHOWN) note.detail = true;
    notes.push(note);
  });
  if (w.mismatches.length > SHOWN)
    notes.push({
      kind: 'wideMismatch',
      text: t('NOTE_WIDE_MISMATCH_MORE', lang, { count: w.mismatches.length - SHOWN }),
    });
  notes.push({ kind: 'wide', text: t(w.kind === 'year' ? 'NOTE_WIDE_ANNUAL' : 'NOTE_WIDE_NO_ORDERS', lang) });
  return notes;
}
