/** Step 1, Data: which sheet, its detected header row and a preview of the first rows. */
import { detectHeaderRow, sheetMonth } from '../table';
import { h, select } from './dom';
import { formatCount } from '../i18n';
import { cellText } from './format';
import { field, message, paren, type ViewCtx } from './view-common';
import { viewDataSheets } from './view-data-sheets';

const PREVIEW_ROWS = 12;
const PREVIEW_COLS = 12;

function sheetLabel(ctx: ViewCtx, name: string): string {
  const s = ctx.s.sheets.find((x) => x.name === name);
  if (!s) return name;
  const tags: string[] = [];
  if (s.isActive) tags.push(ctx.tr('WIZ_SHEET_ACTIVE'));
  if (s.score >= 0.5) tags.push(ctx.tr('WIZ_SHEET_LIKELY'));
  if (s.hidden) tags.push(ctx.tr('WIZ_SHEET_HIDDEN'));
  return tags.length > 0 ? `${name}${paren(ctx.s.lang, tags.join(ctx.s.lang === 'en' ? ', ' : '，'))}` : name;
}

function previewTable(ctx: ViewCtx, headerRow: number): HTMLElement | null {
  const p = ctx.s.preview;
  if (!p || p.sheet !== ctx.s.draft.sheet) return null;
  const rows = p.grid.slice(0, PREVIEW_ROWS);
  const width = Math.min(PREVIEW_COLS, Math.max(0, ...rows.map((r) => r.length)));
  return h(
    'div',
    { class: 'srw-preview', tabindex: 0, role: 'region', 'aria-label': ctx.tr('WIZ_PREVIEW') },
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        rows.map((r, i) =>
          h(
            'tr',
            { class: i === headerRow ? 'hdr' : null },
            h('th', { scope: 'row' }, i + 1),
            Array.from({ length: width }, (_, c) => {
              const text = cellText(r[c]);
              return h('td', { title: text }, text);
            }),
          ),
        ),
      ),
    ),
  );
}

/** Month sheets without a year (1月, 2月 …): the year asked right here, where the sheets are chosen. */
function yearOfMonthSheets(ctx: ViewCtx): HTMLElement | null {
  const { s, tr } = ctx;
  const monthsWithoutYear = !!s.dataSet && s.dataSet.sheets.every((x) => sheetMonth(x.name)?.year === null);
  if (s.analysis?.error?.code !== 'SPLIT_NO_YEAR' && !monthsWithoutYear) return null;
  const input = h('input', {
    type: 'number',
    min: 1900,
    max: 2200,
    inputmode: 'numeric',
    value: s.draft.year,
    onchange: (e: Event) =>
      ctx.a.set({ year: (e.target as HTMLInputElement).value.trim() }, { reanalyse: true }),
  });
  return h(
    'div',
    {},
    s.analysis?.error?.code === 'SPLIT_NO_YEAR' ? message('warn', s.analysis.error.message) : null,
    field(ctx, 'srw-data-set-year', tr('WIZ_DATA_SET_YEAR'), input),
  );
}

/** Renders the data step. */
export function viewData(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const sheets = s.sheets.filter((x) => !x.owned);
  if (sheets.length === 0) return h('div', {}, message('warn', tr('WIZ_NO_SHEETS')));
  const current = s.draft.sheet ?? '';
  const options: [string, string][] = sheets.map((x) => [x.name, sheetLabel(ctx, x.name)]);
  if (!current) options.unshift(['', '—']);
  const info = sheets.find((x) => x.name === current);
  const headerRow =
    s.analysis?.headerRow ??
    (s.preview && s.preview.sheet === current ? detectHeaderRow(s.preview.grid) : -1);
  return h(
    'div',
    {},
    field(
      ctx,
      'srw-sheet',
      tr('WIZ_SHEET_LABEL'),
      select({}, options, current, (v) => ctx.a.selectSheet(v)),
      {
        hint: info
          ? tr('WIZ_SHEET_SIZE', { rows: formatCount(info.rows, s.lang), cols: info.cols })
          : undefined,
        errorsOf: 'sheet',
      },
    ),
    viewDataSheets(ctx, s.dataSet),
    yearOfMonthSheets(ctx),
    current && headerRow >= 0
      ? h('p', { class: 'srw-label' }, tr('WIZ_HEADER_ROW', { row: headerRow + 1 }))
      : null,
    current && !s.analysing && s.preview?.sheet === current && headerRow < 0
      ? message('error', tr('NO_HEADER'))
      : null,
    previewTable(ctx, headerRow),
    h(
      'p',
      { class: 'srw-hint', 'aria-live': 'polite' },
      s.analysing
        ? tr('WIZ_ANALYSING')
        : s.analysis?.quality
          ? tr('WIZ_ROWS_USABLE', { rows: formatCount(s.analysis.quality.rowsUsed, s.lang) })
          : '',
    ),
  );
}
