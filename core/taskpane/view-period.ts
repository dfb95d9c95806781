/** Step 3, Period and targets: review year, fiscal start, where targets come from, prior-year comparison. */
import { yearsOf } from './analysis';
import { chooseReviewYear } from '../review';
import { h, select } from './dom';
import { formatCount } from '../i18n';
import { checkbox, field, fieldErrors, message, moneyText, radio, type ViewCtx } from './view-common';
import { MONTH_LABEL, TARGET_LABEL } from './labels';
import { parseTypedAmount, type TargetKind } from './wizard-state';

const KINDS: readonly TargetKind[] = ['column', 'sheet', 'typed', 'none'];

/** The "Read as 12.00亿" line under a typed amount; updated live while typing. */
export function amountReadout(ctx: ViewCtx, text: string): string {
  const v = parseTypedAmount(text);
  return v === null ? '' : ctx.tr('WIZ_AMOUNT_READ', { value: moneyText(ctx, v) });
}

function amountInput(ctx: ViewCtx, key: 'targetBase' | 'targetStretch', label: string): HTMLElement {
  const id = `srw-${key}`;
  const input = h('input', {
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    value: ctx.s.draft[key],
    placeholder: ctx.tr('WIZ_AMOUNT_HINT'),
    oninput: (e: Event) => {
      ctx.a.set({ [key]: (e.target as HTMLInputElement).value }, { render: false });
      ctx.a.refreshLive();
    },
  });
  const readout = h('span', { 'data-live': key }, amountReadout(ctx, ctx.s.draft[key]));
  return field(ctx, id, label, input, { hint: readout, errorsOf: key });
}

/** Renders the period and targets step. */
export function viewPeriod(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const d = s.draft;
  const years = s.analysis ? yearsOf(s.analysis.totals, d.fiscalStartMonth) : [];
  // The default the review takes: the latest year with substantial data (said why when a later one is thin).
  const choice = years.length > 0 ? chooseReviewYear(years, null) : null;
  const latest = choice ? (years.find((y) => y.year === choice.year) ?? null) : null;
  const yearOptions: [string, string][] = [['', latest ? tr('WIZ_YEAR_AUTO', { year: latest.year }) : '—']];
  for (const y of [...years].reverse()) {
    yearOptions.push([
      String(y.year),
      tr('WIZ_YEAR_OPTION', { year: y.year, months: y.months, rows: formatCount(y.rows, s.lang) }),
    ]);
  }
  if (d.year !== '' && !years.some((y) => String(y.year) === d.year))
    yearOptions.push([d.year, `FY${d.year}`]);
  const chosen = years.find((y) => String(y.year) === d.year) ?? latest;
  const months: [string, string][] = Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    tr(MONTH_LABEL[i]),
  ]);
  const otherSheets = s.sheets.filter((x) => !x.owned && x.name !== d.sheet);
  const hasTargetColumn = !!s.analysis?.mapping?.roles.target;
  const targetErrs = fieldErrors(ctx, 'targetSheet');
  return h(
    'div',
    {},
    field(
      ctx,
      'srw-year',
      tr('WIZ_YEAR'),
      select({}, yearOptions, d.year, (v) => ctx.a.set({ year: v })),
      {
        errorsOf: 'year',
        hint:
          d.year === '' && choice?.passedOver
            ? tr('YEAR_PASSED_OVER', {
                year: choice.year,
                later: choice.passedOver.year,
                months: choice.passedOver.months,
                rows: formatCount(choice.passedOver.rows, s.lang),
              })
            : chosen && chosen.months < 12
              ? tr('WIZ_YEAR_PARTIAL', { year: chosen.year, months: chosen.months })
              : undefined,
      },
    ),
    field(
      ctx,
      'srw-fy',
      tr('WIZ_FY_START'),
      select({}, months, String(d.fiscalStartMonth), (v) =>
        ctx.a.set({ fiscalStartMonth: Number(v), year: '' }),
      ),
      { hint: tr('WIZ_FY_NOTE') },
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('WIZ_TARGETS')),
      KINDS.map((k) =>
        radio('srw-target-kind', `srw-tk-${k}`, tr(TARGET_LABEL[k]), d.targetKind === k, () =>
          ctx.a.set({ targetKind: k }),
        ),
      ),
    ),
    d.targetKind === 'column' && !hasTargetColumn ? message('warn', tr('WIZ_TARGET_NO_COLUMN')) : null,
    d.targetKind === 'sheet'
      ? field(
          ctx,
          'srw-target-sheet',
          tr('WIZ_TARGET_SHEET'),
          select(
            {},
            [['', '—'], ...otherSheets.map((x): [string, string] => [x.name, x.name])],
            d.targetSheet,
            (v) => ctx.a.set({ targetSheet: v }),
          ),
          { errorsOf: 'targetSheet' },
        )
      : targetErrs.nodes.length > 0
        ? h('div', {}, targetErrs.nodes)
        : null,
    d.targetKind === 'typed' ? amountInput(ctx, 'targetBase', tr('WIZ_TARGET_BASE')) : null,
    d.targetKind === 'typed' ? amountInput(ctx, 'targetStretch', tr('WIZ_TARGET_STRETCH')) : null,
    checkbox('srw-prior', tr('WIZ_PRIOR'), d.comparePriorYear, (v) => ctx.a.set({ comparePriorYear: v })),
  );
}
