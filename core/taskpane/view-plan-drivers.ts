/**
 * Part of step 4: the plan details besides growth and weights — four quarterly margin targets in
 * one row, new customers and their revenue, salespeople and revenue per head. Empty = seeded from
 * this year; amounts are typed and read back as the targets are (1,200万, 12M).
 */
import { h } from './dom';
import { amountReadout } from './view-period';
import { field, fieldErrors, type ViewCtx } from './view-common';
import type { FieldError } from './wizard-state';

type TextKey = 'newCustomers' | 'newCustomerRevenue' | 'headcount' | 'revenuePerHead';

function textField(ctx: ViewCtx, key: TextKey, label: string, amount: boolean): HTMLElement {
  const input = h('input', {
    type: 'text',
    inputmode: amount ? 'decimal' : 'numeric',
    autocomplete: 'off',
    value: ctx.s.draft[key],
    placeholder: amount ? ctx.tr('WIZ_AMOUNT_SHORT_HINT') : null,
    oninput: (e: Event) => {
      ctx.a.set({ [key]: (e.target as HTMLInputElement).value }, { render: false });
      if (amount) ctx.a.refreshLive();
    },
  });
  const hint = amount ? h('span', { 'data-live': key }, amountReadout(ctx, ctx.s.draft[key])) : undefined;
  const el = field(ctx, `srw-${key}`, label, input, { hint });
  // The errors go under the pair, full width (a sentence in half the pane wraps to many lines).
  const errs = fieldErrors(ctx, key);
  if (errs.ids) {
    const described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', [described, errs.ids].filter(Boolean).join(' '));
    input.setAttribute('aria-invalid', 'true');
  }
  return el;
}

/** Two fields side by side, their errors under both. */
function pair(ctx: ViewCtx, a: [TextKey, string, boolean], b: [TextKey, string, boolean]): HTMLElement {
  return h(
    'div',
    { class: 'srw-field srw-pair' },
    h('div', { class: 'srw-row' }, textField(ctx, ...a), textField(ctx, ...b)),
    fieldErrors(ctx, a[0]).nodes,
    fieldErrors(ctx, b[0]).nodes,
  );
}

/** Whether an error names this quarter's input (a bad value, or an empty one of a partial row). */
function marksQuarter(e: FieldError, i: number, text: string): boolean {
  if (e.code === 'WIZ_ERR_MARGIN') return e.params?.quarter === `Q${i + 1}`;
  return e.code === 'WIZ_ERR_MARGINS_PARTIAL' && text.trim() === '';
}

/** The four quarter margins as one row of labelled inputs, with their errors under the row. */
function marginRow(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const errs = fieldErrors(ctx, 'quarterMargins');
  const mine = s.errors.filter((e) => e.field === 'quarterMargins');
  const cells = s.draft.quarterMargins.map((text, i) => {
    const q = `Q${i + 1}`;
    const bad = mine.some((e) => marksQuarter(e, i, text));
    return h(
      'div',
      { class: 'srw-quad-cell' },
      h('label', { for: `srw-qm-${i + 1}` }, q),
      h('input', {
        type: 'text',
        id: `srw-qm-${i + 1}`,
        inputmode: 'decimal',
        autocomplete: 'off',
        value: text,
        'aria-label': tr('WIZ_QUARTER_MARGIN', { quarter: q }),
        'aria-invalid': bad ? 'true' : null,
        'aria-describedby': ['srw-qm-hint', bad ? errs.ids : ''].filter(Boolean).join(' '),
        oninput: (e: Event) => {
          const next = [...ctx.s.draft.quarterMargins] as [string, string, string, string];
          next[i] = (e.target as HTMLInputElement).value;
          ctx.a.set({ quarterMargins: next }, { render: false });
        },
      }),
    );
  });
  return h(
    'fieldset',
    { id: 'srw-margins' },
    h('legend', {}, tr('WIZ_QUARTER_MARGINS')),
    h('div', { class: 'srw-quad' }, cells),
    errs.nodes,
  );
}

/** Renders the plan details (optional inputs of the plan tab). */
export function viewPlanDrivers(ctx: ViewCtx): HTMLElement {
  const { tr } = ctx;
  return h(
    'section',
    { class: 'srw-plan', 'aria-labelledby': 'srw-plan-h' },
    h('h3', { id: 'srw-plan-h' }, tr('WIZ_PLAN_DRIVERS')),
    h('p', { class: 'srw-hint', id: 'srw-qm-hint' }, tr('WIZ_PLAN_DRIVERS_HINT')),
    marginRow(ctx),
    pair(
      ctx,
      ['newCustomers', tr('WIZ_NEW_CUSTOMERS'), false],
      ['newCustomerRevenue', tr('WIZ_NEW_CUSTOMER_REVENUE'), true],
    ),
    pair(
      ctx,
      ['headcount', tr('WIZ_HEADCOUNT'), false],
      ['revenuePerHead', tr('WIZ_REVENUE_PER_HEAD'), true],
    ),
  );
}
