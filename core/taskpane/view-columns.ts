/**
 * Step 2, Columns: every role with its header, confidence and a dropdown to change it; the unit of
 * each money column with a dropdown to change it; the date order under the date; the statuses
 * counted under the order status; how the sheet is read (amount passed over, quantity × unit price,
 * refunds …); warnings.
 */
import type { Lang, MessageCode } from '../i18n';
import { DATE_ORDERS, readingNotes, unitFromHeader, type DateOrder } from '../table';
import {
  MONEY_ROLES,
  ROLES,
  UNIT_CHOICES,
  UNIT_CHOICE_SCALE,
  type MoneyRole,
  type Role,
  type RoleDetection,
  type UnitChoice,
} from '../table';
import { h, select } from './dom';
import { checkbox, errorText, fieldErrors, message, messageOf, type ViewCtx } from './view-common';
import { formatCount } from '../i18n';
import { roleName } from './labels';

const isMoney = (role: Role): role is MoneyRole => (MONEY_ROLES as readonly Role[]).includes(role);

/** A unit as shown: 萬 and 億 in Traditional Chinese. */
function unitLabel(unit: string, lang: Lang): string {
  return lang === 'zh-TW' ? unit.replace('万', '萬').replace('亿', '億') : unit;
}

const scaleText = (scale: number): string => scale.toLocaleString('en-US');

/** The unit dropdown of a money column: the header's unit (default) or one of the unit choices. */
function unitRow(ctx: ViewCtx, role: MoneyRole, d: RoleDetection): HTMLElement {
  const { tr, s } = ctx;
  const header = unitFromHeader(d.header);
  const headerText = header.source
    ? `${header.source} ×${scaleText(header.scale)}`
    : tr('WIZ_UNIT_HEADER_NONE');
  const options: [string, string][] = [
    ['', tr('WIZ_UNIT_FROM_HEADER', { unit: headerText })],
    ...UNIT_CHOICES.map((u): [string, string] => [
      u,
      tr('WIZ_UNIT_CHOICE', { unit: unitLabel(u, s.lang), scale: scaleText(UNIT_CHOICE_SCALE[u]) }),
    ]),
  ];
  const id = `srw-unit-${role}`;
  const sel = select({ id }, options, s.draft.units[role] ?? '', (v) => {
    const units = { ...ctx.s.draft.units };
    if (v === '') delete units[role];
    else units[role] = v as UnitChoice;
    ctx.a.set({ units }, { reanalyse: true });
  });
  return h('div', { class: 'srw-unit' }, h('label', { for: id }, tr('WIZ_UNIT_LABEL')), sel);
}

/** How a column was found, in the wizard's words. */
const SOURCE_LABEL = {
  header: 'WIZ_SOURCE_header',
  content: 'WIZ_SOURCE_content',
  user: 'WIZ_SOURCE_user',
  derived: 'WIZ_SOURCE_derived',
  layout: 'WIZ_SOURCE_layout',
} as const satisfies Record<RoleDetection['source'], MessageCode>;

function meta(ctx: ViewCtx, d: RoleDetection | undefined): HTMLElement {
  if (!d) return h('div', { class: 'srw-meta' }, ctx.tr('WIZ_NOT_FOUND'));
  const pct = Math.round(d.confidence * 100);
  const parts: (HTMLElement | string)[] = [
    h('span', { class: d.confidence < 0.8 ? 'low' : null }, ctx.tr('WIZ_CONFIDENCE', { pct })),
    ` · ${ctx.tr(SOURCE_LABEL[d.source])}`,
  ];
  // Every money column says which unit its numbers are read in, also when the header names none.
  if (isMoney(d.role)) {
    const unit = d.unit;
    const params = { unit: unitLabel(unit?.source ?? '', ctx.s.lang), scale: scaleText(unit?.scale ?? 1) };
    parts.push(
      h('br'),
      unit?.origin === 'user'
        ? ctx.tr('WIZ_UNIT_USER', params)
        : unit?.source
          ? ctx.tr('WIZ_UNIT', params)
          : ctx.tr('WIZ_UNIT_NONE'),
    );
  }
  return h('div', { class: 'srw-meta' }, parts);
}

/** The dropdown value that drops the user's choice of a column (detection decides again). */
const AUTO = '\u0000auto';

/** The date order of year-last dates (05-02-2010): automatic per column, or the user's. */
const DATE_ORDER_CHOICE = {
  auto: 'WIZ_DATE_ORDER_auto',
  ymd: 'WIZ_DATE_ORDER_ymd',
  mdy: 'WIZ_DATE_ORDER_mdy',
  dmy: 'WIZ_DATE_ORDER_dmy',
} as const satisfies Record<DateOrder, MessageCode>;

function dateOrderRow(ctx: ViewCtx): HTMLElement {
  const { tr, s } = ctx;
  const id = 'srw-date-order';
  const options = DATE_ORDERS.map((o): [string, string] => [o, tr(DATE_ORDER_CHOICE[o])]);
  const sel = select({ id }, options, s.draft.dateOrder, (v) =>
    ctx.a.set({ dateOrder: v as DateOrder }, { reanalyse: true }),
  );
  return h('div', { class: 'srw-unit' }, h('label', { for: id }, tr('WIZ_DATE_ORDER')), sel);
}

/**
 * The year of a wide sheet's months when the sheet states none (NO_YEAR), or the one the user
 * gave: the same draft year as the Period step's Review year, asked here where the sheet is read.
 */
function wideYearRow(ctx: ViewCtx): HTMLElement | null {
  const { tr, s } = ctx;
  const a = s.analysis;
  const asked = a?.error?.code === 'NO_YEAR' || a?.quality?.wide?.yearSource === 'user';
  if (!asked) return null;
  const id = 'srw-wide-year';
  const now = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => String(now + 1 - i));
  if (s.draft.year !== '' && !years.includes(s.draft.year)) years.unshift(s.draft.year);
  const options: [string, string][] = [['', '—'], ...years.map((y): [string, string] => [y, y])];
  const sel = select({ id }, options, s.draft.year, (v) => ctx.a.set({ year: v }, { reanalyse: true }));
  return h('div', { class: 'srw-unit' }, h('label', { for: id }, tr('WIZ_WIDE_YEAR')), sel);
}

/**
 * The exchange rate of each other currency in the data (1 USD = [7.2] CNY): shown when a rate is
 * missing (MISSING_RATE names this control), when amounts were converted, or when rates were typed.
 */
function ratesRow(ctx: ViewCtx): HTMLElement | null {
  const { tr, s } = ctx;
  const a = s.analysis;
  const missing =
    a?.error?.code === 'MISSING_RATE' ? String(a.error.params?.currency ?? '').split(/,\s*/) : [];
  const converted = (a?.quality?.conversions ?? []).map((c) => c.currency);
  const currencies = [...new Set([...missing, ...converted, ...Object.keys(s.draft.rates)])].filter(
    (c) => c !== '',
  );
  if (currencies.length === 0) return null;
  const target = s.draft.base.currency;
  const errs = fieldErrors(ctx, 'rates');
  return h(
    'fieldset',
    { class: 'srw-field', id: 'srw-rates' },
    h('legend', { class: 'srw-label' }, tr('WIZ_RATES')),
    h('p', { class: 'srw-hint' }, tr('WIZ_RATE_HINT', { target })),
    currencies.map((c) => {
      const id = `srw-rate-${c}`;
      return h(
        'div',
        { class: 'srw-unit' },
        h('label', { for: id }, tr('WIZ_RATE_ROW', { currency: c })),
        h('input', {
          type: 'text',
          id,
          inputmode: 'decimal',
          autocomplete: 'off',
          value: s.draft.rates[c] ?? '',
          'aria-describedby': errs.ids || null,
          onchange: (e: Event) =>
            ctx.a.set(
              { rates: { ...ctx.s.draft.rates, [c]: (e.target as HTMLInputElement).value } },
              { reanalyse: true },
            ),
        }),
        h('span', {}, ` ${target}`),
      );
    }),
    errs.nodes,
  );
}

/** One tick per status value with its row count: ticked = counted. */
function statusRows(ctx: ViewCtx): HTMLElement | null {
  const { tr, s } = ctx;
  const statuses = s.analysis?.quality?.statuses ?? [];
  if (statuses.length === 0) return null;
  const toggle = (status: string, counted: boolean): void => {
    const out = statuses.filter((x) => (x.status === status ? !counted : x.excluded)).map((x) => x.status);
    ctx.a.set({ excludeStatuses: out }, { reanalyse: true });
  };
  return h(
    'fieldset',
    { class: 'srw-statuses' },
    h('legend', {}, tr('WIZ_STATUSES')),
    statuses.map((x, i) =>
      checkbox(
        `srw-status-${i}`,
        tr('WIZ_STATUS_ROW', { status: x.status, rows: formatCount(x.rows, s.lang) }),
        !x.excluded,
        (v) => toggle(x.status, v),
      ),
    ),
    s.draft.excludeStatuses !== null
      ? h(
          'button',
          {
            type: 'button',
            class: 'srw-link',
            onclick: () => ctx.a.set({ excludeStatuses: null }, { reanalyse: true }),
          },
          tr('WIZ_STATUSES_AUTO'),
        )
      : null,
  );
}

function roleRow(ctx: ViewCtx, role: Role, headers: readonly string[]): HTMLElement {
  const d = ctx.s.analysis?.mapping?.roles[role];
  const override = ctx.s.draft.mapping[role];
  const value = override === null ? '' : (override ?? d?.header ?? '');
  const seen = new Set<string>();
  const options: [string, string][] = [['', ctx.tr('WIZ_COL_NONE')]];
  // A derived amount (quantity × unit price) is its own choice, shown as the sheet's two headers;
  // after a change, "automatic" returns to what detection finds.
  if (d?.source === 'derived' && override === undefined) options.push([d.header, d.header]);
  if (override !== undefined) options.push([AUTO, ctx.tr('WIZ_COL_AUTO')]);
  for (const hd of headers) {
    if (hd === '' || seen.has(hd)) continue;
    seen.add(hd);
    options.push([hd, hd]);
  }
  const id = `srw-role-${role}`;
  const sel = select({ id, 'aria-describedby': `${id}-meta` }, options, value, (v) => {
    // A unit chosen for the old column does not carry over to the newly chosen one.
    const units = { ...ctx.s.draft.units };
    if (isMoney(role)) delete units[role];
    const mapping = { ...ctx.s.draft.mapping, [role]: v === '' ? null : v };
    if (v === AUTO || (d?.source === 'derived' && v === d.header)) delete mapping[role];
    ctx.a.set({ mapping, units }, { reanalyse: true });
  });
  const m = meta(ctx, d);
  m.id = `${id}-meta`;
  return h(
    'div',
    { class: 'srw-role' },
    h('label', { for: id }, roleName(ctx.tr, role)),
    sel,
    m,
    d && isMoney(role) && d.source !== 'derived' ? unitRow(ctx, role, d) : null,
    // A wide sheet's periods are its headers (1月, 2025Q1, FY2025), not dates written day-first or
    // month-first: no date order to choose.
    (role === 'date' || role === 'period') && d && d.source !== 'layout' ? dateOrderRow(ctx) : null,
    role === 'status' && d ? statusRows(ctx) : null,
  );
}

/** Renders the columns step. */
export function viewColumns(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const a = s.analysis;
  if (s.analysing || !a) return h('p', { 'aria-live': 'polite' }, tr('WIZ_ANALYSING'));
  const headers = a.mapping?.headers ?? [];
  const roles = a.mapping?.roles ?? {};
  const found = ROLES.filter(
    (r) => roles[r] || r === 'amount' || r === 'date' || s.draft.mapping[r] !== undefined,
  );
  const missing = ROLES.filter((r) => !found.includes(r));
  const blocking = s.errors.filter((e) => e.field === 'mapping');
  const ingestError = a.error && blocking.length === 0 ? message('error', a.error.message) : null;
  return h(
    'div',
    {},
    h('p', { class: 'srw-hint' }, tr('WIZ_COLUMNS_INTRO')),
    blocking.map((e) => message('error', errorText(e, tr))),
    ingestError,
    wideYearRow(ctx),
    ratesRow(ctx),
    a.warnings.map((w) => message('warn', messageOf(tr, w))),
    // How the sheet is read, in the same sentences as the CLI and the data-quality tab.
    a.mapping && a.quality
      ? readingNotes(a.mapping, a.quality, s.lang).map((n) => message('info', n.text))
      : null,
    found.map((r) => roleRow(ctx, r, headers)),
    missing.length > 0
      ? h(
          'details',
          {},
          h(
            'summary',
            {},
            tr('WIZ_MORE_ROLES', {
              roles: missing.map((r) => roleName(tr, r)).join(s.lang === 'en' ? ', ' : '、'),
            }),
          ),
          missing.map((r) => roleRow(ctx, r, headers)),
        )
      : null,
    h('p', { class: 'srw-hint' }, tr('WIZ_UNIT_HINT')),
  );
}
