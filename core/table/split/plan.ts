/**
 * Which sheets of a workbook are one data set: the sheet the user chose (or the one that looks
 * most like sales rows) and every other sheet whose header is equal after normalisation (trim,
 * case, full/half width). A sheet with another header (notes, a summary, targets) is left out and
 * named; a hidden sheet joins only when asked for.
 */
import { t, type Lang } from '../../i18n';
import { looksLikeSales } from '../looks-like-sales';
import { headerCellKey, sheetHead } from './sheet-head';
import type { SheetHead, SplitPlan, WorkbookSheet } from './types';

export interface PlanOptions {
  /** Sheets asked for by name (tab order is kept), `all` (hidden ones too), or null: detect. */
  choose?: readonly string[] | 'all' | null;
  /** The data set is the one of this sheet (the saved or active sheet); default: the best-looking one. */
  primary?: string | null;
  /** Sheets that are never data (the targets sheet, the review's own tabs). */
  ignore?: readonly string[];
  lang?: Lang;
}

export type PlanResult =
  | { ok: true; plan: SplitPlan }
  | {
      ok: false;
      code: 'SPLIT_HEADER_DIFFERS' | 'SHEET_NOT_FOUND';
      message: string;
      params: Record<string, string>;
    };

/** How the header of `other` differs from `first`, in a few words. */
function difference(first: SheetHead, other: SheetHead, lang: Lang): string {
  if (other.headerRow < 0) return t('SPLIT_DIFF_NO_HEADER', lang);
  const a = new Set(first.headers.map(headerCellKey));
  const b = new Set(other.headers.map(headerCellKey));
  const missing = first.headers.find((h) => h !== '' && !b.has(headerCellKey(h)));
  if (missing !== undefined) return t('SPLIT_DIFF_MISSING', lang, { header: missing.trim() });
  const extra = other.headers.find((h) => h !== '' && !a.has(headerCellKey(h)));
  if (extra !== undefined) return t('SPLIT_DIFF_EXTRA', lang, { header: extra.trim() });
  return t('SPLIT_DIFF_ORDER', lang);
}

/**
 * The sheets read as one data set and the ones left out.
 * @example planSplit(sheets).plan.used.map((s) => s.name) // ['Sheet1', 'Sheet2']
 */
export function planSplit(sheets: readonly WorkbookSheet[], options: PlanOptions = {}): PlanResult {
  const lang = options.lang ?? 'zh-CN';
  const ignore = new Set(options.ignore ?? []);
  const candidates = sheets.filter((s) => !ignore.has(s.name));
  const heads = new Map<string, SheetHead>();
  const head = (s: WorkbookSheet): SheetHead => {
    let h = heads.get(s.name);
    if (!h) heads.set(s.name, (h = sheetHead(s.name, s.grid)));
    return h;
  };
  const choose = options.choose ?? null;

  if (Array.isArray(choose) && choose.length > 0) {
    const wanted = new Set(choose);
    for (const name of choose)
      if (!sheets.some((s) => s.name === name))
        return {
          ok: false,
          code: 'SHEET_NOT_FOUND',
          message: name,
          params: { sheet: name, sheets: sheets.map((s) => s.name).join(', ') },
        };
    const used = sheets.filter((s) => wanted.has(s.name)).map(head);
    const first = used[0];
    for (const other of used.slice(1)) {
      if (other.key === first.key) continue;
      const params = { sheet: other.name, first: first.name, difference: difference(first, other, lang) };
      return {
        ok: false,
        code: 'SPLIT_HEADER_DIFFERS',
        message: t('SPLIT_HEADER_DIFFERS', lang, params),
        params,
      };
    }
    return { ok: true, plan: { used, leftOut: [] } };
  }

  const all = choose === 'all';
  const pool = candidates.filter((s) => s.grid.length > 0 && (all || !s.hidden));
  const primarySheet =
    (options.primary ? candidates.find((s) => s.name === options.primary) : undefined) ??
    bestLooking(pool.length > 0 ? pool : candidates);
  if (!primarySheet) return { ok: true, plan: { used: [], leftOut: [] } };
  const primary = head(primarySheet);
  if (primary.headerRow < 0) return { ok: true, plan: { used: [primary], leftOut: [] } };
  const used: SheetHead[] = [];
  const leftOut: SplitPlan['leftOut'] = [];
  for (const s of candidates) {
    if (s.name === primary.name) {
      used.push(primary);
      continue;
    }
    if (s.grid.length === 0) continue;
    const h = head(s);
    if (h.key !== primary.key) {
      // A sheet without a header (a blank or notes-only tab) or another table: named, never read.
      if (!s.hidden) leftOut.push({ name: s.name, reason: 'header' });
    } else if (s.hidden && !all) leftOut.push({ name: s.name, reason: 'hidden' });
    else used.push(h);
  }
  return { ok: true, plan: { used, leftOut } };
}

/** The sheet that looks most like sales rows (the first wins a tie). */
function bestLooking(sheets: readonly WorkbookSheet[]): WorkbookSheet | undefined {
  let best: WorkbookSheet | undefined;
  let bestScore = -1;
  for (const s of sheets) {
    const score = looksLikeSales(s.grid);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
