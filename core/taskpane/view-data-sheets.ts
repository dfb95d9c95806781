/** The Data step's list of the sheets read as one data set: ticked, with their rows; the ones left out. */
import { formatCount } from '../i18n';
import { h } from './dom';
import type { DataSetChoice } from './data-set';
import { checkbox, type ViewCtx } from './view-common';

/**
 * The fieldset of sheets with the chosen sheet's header (nothing when it has none).
 * @example viewDataSheets(ctx, choice) // <fieldset> Sheet1 (3 rows) ☑ Sheet2 (2 rows) ☑ …
 */
export function viewDataSheets(ctx: ViewCtx, choice: DataSetChoice | null): HTMLElement | null {
  if (!choice) return null;
  const { tr, s } = ctx;
  return h(
    'fieldset',
    { class: 'srw-field', id: 'srw-data-set' },
    h(
      'legend',
      { class: 'srw-label' },
      tr('WIZ_DATA_SET', { count: choice.sheets.filter((x) => !x.hidden || x.ticked).length }),
    ),
    choice.sheets.map((x, i) =>
      checkbox(
        `srw-data-set-${i}`,
        tr(x.hidden ? 'WIZ_DATA_SET_SHEET_HIDDEN' : 'WIZ_DATA_SET_SHEET', {
          sheet: x.name,
          rows: formatCount(x.rows, s.lang),
        }),
        x.ticked,
        (on) => ctx.a.tickSheet(x.name, on),
        { disabled: x.chosen },
      ),
    ),
    choice.leftOut.length > 0
      ? h(
          'p',
          { class: 'srw-hint', id: 'srw-data-set-left-out' },
          tr('WIZ_DATA_SET_LEFT_OUT', { sheets: choice.leftOut.join(s.lang === 'en' ? ', ' : '、') }),
        )
      : null,
  );
}
