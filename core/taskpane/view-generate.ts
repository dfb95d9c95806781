/** Step 5, Generate: what will run, the progress bar with named stages, then tabs, headline and data quality. */
import type { Lang } from '../i18n';
import type { ReviewModel } from '../review';
import type { LastRun } from '../settings';
import { h } from './dom';
import { failureMessage } from './generate';
import { formatCount, formatPercent } from '../i18n';
import { formatRunTime } from './format';
import { message, moneyText, type ViewCtx } from './view-common';
import { SECTION_LABEL, SKIP_LABEL, TARGET_LABEL, WEIGHTS_LABEL } from './labels';
import { DIMENSION_ROLES, type RowIssueCode } from '../table';
import { parseTypedAmount, sectionRunnable } from './wizard-state';
import { formulaExamples } from './formula-examples';
import { planDriverErrors, planDriverSettings } from './plan-inputs';

/** The label of the current stage ("Reading 18,926 rows…"). */
export function stageLabel(ctx: ViewCtx): string {
  const { run, lang } = ctx.s;
  const u = run.update;
  if (run.status === 'cancelled') return ctx.tr('WIZ_CANCELLED');
  if (run.status === 'done' && run.result?.ok) {
    return ctx.tr('WIZ_STAGE_done', { tabs: run.result.tabs.length, seconds: run.result.seconds.toFixed(1) });
  }
  if (run.status !== 'running' || !u) return run.status === 'idle' ? ctx.tr('WIZ_STAGE_IDLE') : '';
  if (u.stage === 'reading') return ctx.tr('WIZ_STAGE_reading', { rows: formatCount(u.rows, lang) });
  if (u.stage === 'writing') return ctx.tr('WIZ_STAGE_writing', { tabs: u.tabs });
  return ctx.tr('WIZ_STAGE_computing');
}

function qualityList(ctx: ViewCtx, m: ReviewModel): HTMLElement {
  const q = m.dataQuality;
  const lang = ctx.s.lang;
  const items: string[] = [
    ctx.tr('WIZ_QUALITY_ROWS', {
      used: formatCount(q.rowsUsed, lang),
      read: formatCount(q.rowsRead, lang),
      skipped: formatCount(q.rowsSkipped, lang),
    }),
    ctx.tr('WIZ_QUALITY_AMOUNT', {
      used: moneyText(ctx, q.amountUsed),
      read: moneyText(ctx, q.amountRead),
    }),
  ];
  const byCode = new Map<RowIssueCode, number>();
  for (const r of q.skipped) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
  for (const [code, count] of byCode) {
    items.push(ctx.tr('WIZ_QUALITY_SKIPPED_CODE', { count, reason: ctx.tr(SKIP_LABEL[code]) }));
  }
  if (q.refunds.rows > 0) {
    items.push(
      ctx.tr('WIZ_QUALITY_REFUNDS', { rows: q.refunds.rows, amount: moneyText(ctx, q.refunds.amount) }),
    );
  }
  if (q.duplicates.rows > 0) {
    items.push(
      ctx.tr('WIZ_QUALITY_DUPLICATES', {
        rows: q.duplicates.rows,
        amount: moneyText(ctx, q.duplicates.amount),
      }),
    );
  }
  return h(
    'ul',
    { class: 'srw-quality' },
    items.map((x) => h('li', {}, x)),
  );
}

const LANG_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

/** A list of tab names, each a link that brings the tab to front. */
function tabLinks(ctx: ViewCtx, id: string, names: readonly string[]): HTMLElement {
  return h(
    'ul',
    { class: 'srw-tabs', id },
    names.map((name) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'srw-link', onclick: () => ctx.a.activate(name) }, name),
      ),
    ),
  );
}

/**
 * The lines of the last run's summary in the UI language: when, the headline (as it was written),
 * and rows used / skipped.
 * @example lastRunLines(lastRun, 'en', tr).quality // 'Data quality: 18,900 rows used, 26 skipped.'
 */
export function lastRunLines(
  r: LastRun,
  lang: Lang,
  tr: ViewCtx['tr'],
): { when: string; headline: string | null; quality: string } {
  return {
    when: tr('WIZ_LAST_RUN', { when: formatRunTime(r.at) }),
    headline: r.headline,
    quality: tr('WIZ_LAST_RUN_ROWS', {
      used: formatCount(r.rowsUsed, lang),
      skipped: formatCount(r.rowsSkipped, lang),
    }),
  };
}

/** The last completed run saved in the document: when, its headline and its data quality. */
function lastRunView(ctx: ViewCtx, r: LastRun): (HTMLElement | null)[] {
  const lines = lastRunLines(r, ctx.s.lang, ctx.tr);
  return [
    h('h3', { id: 'srw-last-run' }, lines.when),
    lines.headline
      ? h('p', { class: 'srw-headline', id: 'srw-last-headline', lang: r.lang }, lines.headline)
      : null,
    h('p', { id: 'srw-last-quality' }, lines.quality),
  ];
}

/** The plan details the user typed, in one line ("gross margin 27.0% / 28.0% …; 12 salespeople"); null when none. */
function planDetails(ctx: ViewCtx): string | null {
  const { s, tr } = ctx;
  if (planDriverErrors(s.draft).length > 0) return null;
  const p = planDriverSettings(s.draft);
  const count = (n: number): string => formatCount(n, s.lang);
  const parts = [
    p.quarterMargins &&
      tr('WIZ_SUM_MARGINS', { margins: p.quarterMargins.map((m) => formatPercent(m, s.lang)).join(' / ') }),
    p.newCustomers !== null && tr('WIZ_SUM_NEW_CUSTOMERS', { count: count(p.newCustomers) }),
    p.newCustomerRevenue !== null &&
      tr('WIZ_SUM_NEW_REVENUE', { amount: moneyText(ctx, p.newCustomerRevenue) }),
    p.headcount !== null && tr('WIZ_SUM_HEADCOUNT', { count: count(p.headcount) }),
    p.revenuePerHead !== null && tr('WIZ_SUM_PER_HEAD', { amount: moneyText(ctx, p.revenuePerHead) }),
  ].filter((x): x is string => typeof x === 'string');
  return parts.length === 0 ? null : parts.join(s.lang === 'en' ? '; ' : '；');
}

/** What the run will do, one line per choice. */
function summary(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const d = s.draft;
  const colon = s.lang === 'en' ? ': ' : '：';
  let targets = tr(TARGET_LABEL[d.targetKind]);
  if (d.targetKind === 'sheet' && d.targetSheet) targets += `${colon}${d.targetSheet}`;
  const base = parseTypedAmount(d.targetBase);
  if (d.targetKind === 'typed' && base !== null) targets += `${colon}${moneyText(ctx, base)}`;
  const weights = d.weights === 'custom' ? d.customWeights : tr(WEIGHTS_LABEL[d.weights]);
  // What will run: the customer sections are off without a customer column (as the run does).
  const hasCustomer = !!s.analysis?.mapping?.roles.customer;
  const sections = d.sections.filter((x) => sectionRunnable(x, hasCustomer));
  const rows: [string, string][] = [
    [tr('WIZ_TARGETS'), targets],
    [tr('WIZ_SECTIONS'), sections.map((x) => tr(SECTION_LABEL[x])).join(s.lang === 'en' ? ', ' : '、')],
    [tr('WIZ_WEIGHTS'), weights],
    [tr('WIZ_REPORT_LANG'), LANG_NAMES[d.language]],
  ];
  const plan = planDetails(ctx);
  if (plan !== null) rows.splice(3, 0, [tr('WIZ_SUM_PLAN'), plan]);
  return h(
    'dl',
    { class: 'srw-summary' },
    rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

/** Two formulas over the reviewed sheet that the user can paste (they recalculate with the data). */
function formulaView(ctx: ViewCtx, m: ReviewModel, sheet: string): HTMLElement[] {
  // the dimension as the user reads it (区域, Region): the formulas take a role's label in any language
  const dim = Object.keys(m.breakdowns)[0] ?? null;
  const role = DIMENSION_ROLES.find((r) => r === dim);
  const examples = formulaExamples({
    host: ctx.s.host,
    sheet,
    columns: m.mappingDetail.headers.length,
    firstColumn: ctx.s.dataOrigin?.sheet === sheet ? ctx.s.dataOrigin.column : 0,
    year: m.year,
    dimension: role ? ctx.tr(`ROLE_${role}`) : dim,
  });
  return [
    h('h3', {}, ctx.tr('WIZ_FORMULAS')),
    h('p', { class: 'srw-hint' }, ctx.tr('WIZ_FORMULAS_HINT')),
    h(
      'ul',
      { class: 'srw-formulas', id: 'srw-formulas' },
      examples.map((f) => h('li', {}, h('code', { class: 'srw-formula' }, f))),
    ),
  ];
}

/** Renders the generate step. */
export function viewGenerate(ctx: ViewCtx): HTMLElement {
  const { s, tr } = ctx;
  const run = s.run;
  const d = s.draft;
  const fraction = run.status === 'running' ? (run.update?.fraction ?? 0) : run.status === 'done' ? 1 : 0;
  const result = run.result;
  const progress = h(
    'div',
    { class: 'srw-progress', id: 'srw-progress' },
    h('div', { class: 'label', id: 'srw-stage', 'aria-live': 'polite' }, stageLabel(ctx)),
    h(
      'div',
      {
        class: 'srw-track',
        role: 'progressbar',
        'aria-labelledby': 'srw-stage',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(fraction * 100),
      },
      h('div', { class: 'srw-fill', style: `width:${(fraction * 100).toFixed(1)}%` }),
    ),
  );
  const out: (HTMLElement | null)[] = [
    h(
      'p',
      { id: 'srw-ready' },
      run.status === 'done' && result?.ok
        ? tr('WIZ_DONE_REVIEW', { sheet: d.sheet ?? '' })
        : d.year === ''
          ? tr('WIZ_READY_AUTO', { sheet: d.sheet ?? '' })
          : tr('WIZ_READY', { sheet: d.sheet ?? '', year: d.year }),
    ),
    summary(ctx),
    progress,
  ];
  // Cancel is disabled while tabs are written (all or nothing): say why, under the bar.
  if (run.status === 'running' && run.update?.stage === 'writing') {
    out.push(h('p', { class: 'srw-hint', id: 'srw-no-cancel' }, tr('WIZ_WRITING_NO_CANCEL')));
  }
  // Rebuilt from the code, so the message follows a later switch of the UI language.
  if (result && !result.ok && !result.cancelled) {
    out.push(message('error', failureMessage(result.code, result.detail, s.lang)));
  }
  // Reopened after a run: what it showed (the current run's results replace it once done).
  if (run.status !== 'done' && s.lastRun) out.push(...lastRunView(ctx, s.lastRun));
  const existing = s.sheets.filter((x) => x.owned).map((x) => x.name);
  if (run.status !== 'done' && existing.length > 0) {
    // Reopened on a workbook that already has a review: show it, and say what generating does.
    out.push(
      h('h3', {}, tr('WIZ_TABS_EXISTING')),
      tabLinks(ctx, 'srw-existing-tabs', existing),
      h('p', { class: 'srw-hint' }, tr('WIZ_TABS_REPLACED')),
    );
  }
  if (result && result.ok) {
    const headline = result.lastRun.headline;
    const qualityTab = result.tabs.find((x) => x.key === 'dataQuality');
    out.push(
      h('h3', {}, tr('WIZ_TABS_CREATED')),
      tabLinks(
        ctx,
        'srw-tabs',
        result.tabs.map((x) => x.name),
      ),
      headline ? h('h3', {}, tr('WIZ_HEADLINE')) : null,
      headline ? h('p', { class: 'srw-headline', id: 'srw-headline' }, headline) : null,
      h('h3', {}, tr('WIZ_QUALITY')),
      qualityList(ctx, result.model),
      qualityTab
        ? h(
            'p',
            { class: 'srw-hint' },
            tr('WIZ_QUALITY_SEE_TAB'),
            s.lang === 'en' ? ' ' : '',
            h(
              'button',
              { type: 'button', class: 'srw-link', onclick: () => ctx.a.activate(qualityTab.name) },
              qualityTab.name,
            ),
          )
        : null,
      ...formulaView(ctx, result.model, result.model.sheet ?? d.sheet ?? ''),
    );
  }
  return h('div', {}, out);
}
