/** Step 2, Columns: every role with its header, confidence and a dropdown to change it; units; warnings. */
import { ROLES, type Role, type RoleDetection } from '../table/types';
import { h, select } from './dom';
import { errorText, message, type ViewCtx } from './view-common';

const MEASURES_WITH_UNIT: readonly Role[] = ['amount', 'cost', 'grossProfit', 'target', 'stretchTarget'];

function meta(ctx: ViewCtx, d: RoleDetection | undefined): HTMLElement {
  if (!d) return h('div', { class: 'srw-meta' }, ctx.tr('WIZ_NOT_FOUND'));
  const pct = Math.round(d.confidence * 100);
  const parts: (HTMLElement | string)[] = [
    h('span', { class: d.confidence < 0.8 ? 'low' : null }, ctx.tr('WIZ_CONFIDENCE', { pct })),
    ` · ${ctx.tr(`WIZ_SOURCE_${d.source}`)}`,
  ];
  // Every money column says which unit its numbers are read in, also when the header names none.
  if (MEASURES_WITH_UNIT.includes(d.role)) {
    const unit = d.unit;
    parts.push(
      h('br'),
      unit?.source
        ? ctx.tr('WIZ_UNIT', { unit: unit.source, scale: unit.scale.toLocaleString('en-US') })
        : ctx.tr('WIZ_UNIT_NONE'),
    );
  }
  return h('div', { class: 'srw-meta' }, parts);
}

function roleRow(ctx: ViewCtx, role: Role, headers: readonly string[]): HTMLElement {
  const d = ctx.s.analysis?.mapping?.roles[role];
  const override = ctx.s.draft.mapping[role];
  const value = override === null ? '' : (override ?? d?.header ?? '');
  const seen = new Set<string>();
  const options: [string, string][] = [['', ctx.tr('WIZ_COL_NONE')]];
  for (const hd of headers) {
    if (hd === '' || seen.has(hd)) continue;
    seen.add(hd);
    options.push([hd, hd]);
  }
  const id = `srw-role-${role}`;
  const sel = select({ id, 'aria-describedby': `${id}-meta` }, options, value, (v) => {
    ctx.a.set({ mapping: { ...ctx.s.draft.mapping, [role]: v === '' ? null : v } }, { reanalyse: true });
  });
  const m = meta(ctx, d);
  m.id = `${id}-meta`;
  return h('div', { class: 'srw-role' }, h('label', { for: id }, ctx.tr(`WIZ_ROLE_${role}`)), sel, m);
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
    a.warnings.map((w) =>
      message(
        'warn',
        tr(
          w.code,
          w.code === 'WIZ_WARN_GUESSED'
            ? { ...w.params, role: tr(`WIZ_ROLE_${String(w.params?.role)}`) }
            : w.params,
        ),
      ),
    ),
    found.map((r) => roleRow(ctx, r, headers)),
    missing.length > 0
      ? h(
          'details',
          {},
          h(
            'summary',
            {},
            tr('WIZ_MORE_ROLES', {
              roles: missing.map((r) => tr(`WIZ_ROLE_${r}`)).join(s.lang === 'en' ? ', ' : '、'),
            }),
          ),
          missing.map((r) => roleRow(ctx, r, headers)),
        )
      : null,
    h('p', { class: 'srw-hint' }, tr('WIZ_UNIT_HINT')),
  );
}
