/**
 * After ingest of a combined grid: every row reference points back to the row the user sees in
 * its own sheet (skipped and flagged rows name their sheet), and the data-quality report gains
 * rows and money per sheet.
 */
import { t, type Lang } from '../../i18n';
import { rowIssue } from '../issues';
import type { DataQualityReport, RowIssue, RowIssueCode, Table } from '../types';
import type { CombinedSheets, SheetPart, SplitReport } from './types';

/** The part holding 0-based combined row `g` (parts ascend by firstGridRow), or null for the header. */
function partOf(parts: readonly SheetPart[], g: number): SheetPart | null {
  let lo = 0;
  let hi = parts.length - 1;
  let found: SheetPart | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid].firstGridRow <= g) {
      found = parts[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Sheet and 1-based sheet row of a 1-based combined row. */
function locate(parts: readonly SheetPart[], row: number): { sheet: string; row: number } | null {
  const p = partOf(parts, row - 1);
  return p ? { sheet: p.sheet, row: p.firstSheetRow + (row - 1 - p.firstGridRow) } : null;
}

/**
 * A row issue of a combined grid pointed back at its own sheet (or file): its row, the sheet named
 * in the message, the row it repeats named as Excel names a row of another sheet.
 * @example relocateIssue(issue, parts, 'en').sheet // 'orders-2025-02.csv'
 */
export function relocateIssue(issue: RowIssue, parts: readonly SheetPart[], lang: Lang): RowIssue {
  const at = locate(parts, issue.row);
  if (!at) return issue;
  const firstAt = issue.first !== undefined ? locate(parts, issue.first) : null;
  // The row it repeats, in another sheet: named as Excel names a row of another sheet.
  const first = firstAt
    ? firstAt.sheet === at.sheet
      ? firstAt.row
      : `${firstAt.sheet}!${firstAt.row}`
    : undefined;
  const extra: Record<string, string | number> = {};
  if (issue.raw !== undefined) extra.raw = issue.raw;
  if (first !== undefined) extra.first = first;
  const code: RowIssueCode = issue.code;
  const local = (rowIssue as (c: RowIssueCode, r: number, a: number, l: Lang, e?: object) => RowIssue)(
    code,
    at.row,
    issue.amount,
    lang,
    extra,
  );
  const out: RowIssue = {
    ...issue,
    row: at.row,
    sheet: at.sheet,
    message: t('SPLIT_ROW_IN_SHEET', lang, { sheet: at.sheet, message: local.message }),
  };
  if (firstAt) out.first = firstAt.row;
  return out;
}

/**
 * The table and report of a combined grid with rows pointing into their own sheets, plus the
 * per-sheet report. The table's `sourceRow` is rewritten in place to each sheet's own rows.
 * @example relocateRows(ing.table, ing.quality, combined, 'en').split?.sheets[1].rowsUsed // 2
 */
export function relocateRows(
  table: Table,
  quality: DataQualityReport,
  combined: CombinedSheets,
  lang: Lang,
): DataQualityReport {
  const parts = combined.parts;
  const rowsUsed = new Float64Array(parts.length);
  const amountUsed = new Float64Array(parts.length);
  const amount = table.measures.amount?.values;
  // inline scan: rows arrive in grid order, so the part index only moves forward
  let k = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const g = table.sourceRow[i] - 1;
    while (k + 1 < parts.length && parts[k + 1].firstGridRow <= g) k++;
    const p = parts[k];
    table.sourceRow[i] = p.firstSheetRow + (g - p.firstGridRow);
    rowsUsed[k]++;
    const v = amount ? amount[i] : NaN;
    if (!Number.isNaN(v)) amountUsed[k] += v;
  }
  const nameColumn = combined.nameColumn;
  const firstPart = parts[0];
  const split: SplitReport = {
    sheets: parts.map((p, i) => ({
      name: p.sheet,
      rowsRead: p.rows,
      rowsUsed: rowsUsed[i],
      amountUsed: amountUsed[i],
    })),
    leftOut: combined.leftOut,
    nameColumn: nameColumn
      ? {
          role: nameColumn.role,
          header: nameColumn.header,
          example: firstPart?.sheet ?? '',
          value: firstPart?.nameValue ?? '',
        }
      : null,
    yearFrom: combined.yearFrom,
  };
  return {
    ...quality,
    skipped: quality.skipped.map((s) => relocateIssue(s, parts, lang)),
    flagged: quality.flagged.map((s) => relocateIssue(s, parts, lang)),
    split,
  };
}
