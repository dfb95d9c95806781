/**
 * Step 4, Sections and plan: sections, dimensions, report language, display unit, growth, quarter
 * weights, and the plan details (view-plan-drivers.ts).
 */
import { LANGS } from '../i18n';
import { ALL_SECTIONS, DisplayUnitSchema, type Section } from '../settings';
import { yearsOf } from './analysis';
import { defaultBreakdowns } from '../table';
import { h, select } from './dom';
import { formatCount, formatPercent } from '../i18n';
import { splitPreview } from './preview';
import { checkbox, field, fieldErrors, moneyText, paren, radio, type ViewCtx } from './view-common';
import { roleName, SECTION_LABEL, WEIGHTS_LABEL } from './labels';
import { sectionRunnable, type WeightsChoice } from './wizard-state';
import { viewPlanDrivers } from './view-plan-drivers';

const LANG_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};
const WEIGHTS: readonly WeightsChoice[] = ['3322', 'equal', 'seasonal', 'custom'];

/** The live split table (redrawn while the custom weights or growth are typed). */
export function splitView(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const years = s.analysis ? yearsOf(s.analysis.totals, s.draft.fiscalStartMonth) : [];
  const p = splitPreview(s.draft, years);
  const box = h('div', { 'data-live': 'split', 'aria-live': 'polite', id: 'srw-split' });
  if (!p) {
    box.append(h('p', { class: 'srw-hint' }, tr('WIZ_SPLIT_NO_BASE')));
    return box;
  }
  const max = Math.max(...p.shares);
  box.append(h('p', { class: 'srw-hint' }, tr('WIZ_SPLIT_PREVIEW', { total: moneyText(ctx, p.total) })));
  if (p.seasonalFallback) box.append(h('p', { class: 'srw-hint' }, tr('WIZ_SEASONAL_FALLBACK')));
  box.append(
    h(
      'table',
      { class: 'srw-split' },
      h(
        'tbody',
        {},
        p.parts.map((v, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `Q${i + 1}`),
            h('td', { 'data-q': i + 1 }, moneyText(ctx, v)),
            h(
              'td',
              { style: 'width:40%' },
              formatPercent(p.shares[i], s.lang),
              h('span', { class: 'bar', style: `width:${max > 0 ? (p.shares[i] / max) * 100 : 0}%` }),
            ),
          ),
        ),
      ),
    ),
  );
  return box;
}

/** "Region (区域)"; just the header for extra columns, or when the header already says the role. */
function dimensionLabel(ctx: ViewCtx, x: { key: string; header: string }): string {
  if (x.key === x.header) return x.header;
  const role = roleName(ctx.tr, x.key);
  return role === x.header.trim() ? role : `${role}${paren(ctx.s.lang, x.header)}`;
}

function textInput(ctx: ViewCtx, key: 'growth' | 'customWeights', live: boolean): HTMLInputElement {
  return h('input', {
    type: 'text',
    inputmode: key === 'growth' ? 'decimal' : 'text',
    autocomplete: 'off',
    value: ctx.s.draft[key],
    oninput: (e: Event) => {
      ctx.a.set({ [key]: (e.target as HTMLInputElement).value }, { render: false });
      if (live) ctx.a.refreshLive();
    },
  });
}

/** Renders the sections and plan step. */
export function viewSections(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const d = s.draft;
  const hasCustomer = !!s.analysis?.mapping?.roles.customer;
  // Every dimension the data offers, with its value count; ticked by default are the recognised
  // ones with 2–30 values (what the review breaks down when the user chooses nothing).
  const dims = s.analysis?.dimensions ?? [];
  const defaults = defaultBreakdowns(dims);
  const dimOn = (key: string): boolean =>
    d.dimensions.length === 0 ? defaults.includes(key) : d.dimensions.includes(key);
  const toggleDim = (key: string, on: boolean): void => {
    const current = dims.map((x) => x.key).filter(dimOn);
    const next = dims.map((x) => x.key).filter((k) => (k === key ? on : current.includes(k)));
    const same = next.length === defaults.length && next.every((k) => defaults.includes(k));
    ctx.a.set({ dimensions: same ? [] : next });
  };
  const toggleSection = (sec: Section, on: boolean): void => {
    const next = on ? [...d.sections, sec] : d.sections.filter((x) => x !== sec);
    ctx.a.set({ sections: ALL_SECTIONS.filter((x) => next.includes(x)) });
  };
  const secErrs = fieldErrors(ctx, 'sections');
  const units: [string, string][] = [
    ['auto', tr('WIZ_UNIT_AUTO')],
    ...DisplayUnitSchema.options.map((u): [string, string] => [u, u]),
  ];
  return h(
    'div',
    {},
    h(
      'fieldset',
      { 'aria-describedby': secErrs.ids || null },
      h('legend', {}, tr('WIZ_SECTIONS')),
      ALL_SECTIONS.map((sec) => {
        const off = !sectionRunnable(sec, hasCustomer);
        return checkbox(
          `srw-sec-${sec}`,
          tr(SECTION_LABEL[sec]),
          !off && d.sections.includes(sec),
          (v) => toggleSection(sec, v),
          { disabled: off, note: off ? tr('WIZ_SECTION_NEEDS_CUSTOMER') : undefined },
        );
      }),
      secErrs.nodes,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('WIZ_DIMENSIONS')),
      dims.length === 0
        ? h('p', { class: 'srw-hint' }, tr('WIZ_NO_DIMENSIONS'))
        : dims.map((x, i) =>
            checkbox(`srw-dim-${i}`, dimensionLabel(ctx, x), dimOn(x.key), (v) => toggleDim(x.key, v), {
              note: tr('WIZ_DIM_VALUES', { n: formatCount(x.values, s.lang) }),
            }),
          ),
    ),
    h(
      'div',
      { class: 'srw-row' },
      field(
        ctx,
        'srw-report-lang',
        tr('WIZ_REPORT_LANG'),
        select(
          {},
          LANGS.map((l): [string, string] => [l, LANG_NAMES[l]]),
          d.language,
          (v) => ctx.a.set({ language: v as typeof d.language }),
        ),
      ),
      field(
        ctx,
        'srw-unit',
        tr('WIZ_DISPLAY_UNIT'),
        select({}, units, d.displayUnit, (v) => ctx.a.set({ displayUnit: v as typeof d.displayUnit })),
      ),
    ),
    field(ctx, 'srw-growth', tr('WIZ_GROWTH'), textInput(ctx, 'growth', true), { errorsOf: 'growth' }),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('WIZ_WEIGHTS')),
      WEIGHTS.map((w) =>
        radio('srw-weights', `srw-w-${w}`, tr(WEIGHTS_LABEL[w]), d.weights === w, () =>
          ctx.a.set({ weights: w }),
        ),
      ),
    ),
    d.weights === 'custom'
      ? field(ctx, 'srw-custom-weights', tr('WIZ_CUSTOM_WEIGHTS'), textInput(ctx, 'customWeights', true), {
          errorsOf: 'customWeights',
          hint: tr('WIZ_CUSTOM_HINT'),
        })
      : null,
    splitView(ctx),
    viewPlanDrivers(ctx),
  );
}
