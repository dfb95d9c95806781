/**
 * mountWizard: the controller. Holds the UI state, talks to the host only through the Host port,
 * runs the review in the page, and redraws the pane (small DOM; focus kept across redraws).
 */
import type { Host } from '../host';
import { langFromLocale, LANGS, type Lang, type MessageCode } from '../i18n';
import { runReview } from '../pipeline';
import { dataSetOf, detectHeaderRow, looksLikeSales } from '../table';
import type { Grid } from '../table';
import { firstColumnOf } from '../sheetdoc';
import { analyseGrid, pickSheet, stepContext, suggestTargetSheet } from './analysis';
import { dataSetChoice, tickSheet } from './data-set';
import { h, select } from './dom';
import { generateReview, type ReviewRunner, type GenerateProgress } from '../host';
import { injectStyles } from './styles';
import { translator, type Actions, type SheetRow, type UiState, type ViewCtx } from './view-common';
import { viewColumns } from './view-columns';
import { viewData } from './view-data';
import { viewGenerate, stageLabel } from './view-generate';
import { amountReadout, viewPeriod } from './view-period';
import { splitView, viewSections } from './view-sections';
import {
  draftFromSettings,
  draftRates,
  restoreSettings,
  sectionRunnable,
  settingsFromDraft,
  STEPS,
  validateStep,
  type StepId,
} from './wizard-state';

export interface WizardOptions {
  /** UI language; default from host.displayLanguage(). */
  lang?: Lang;
  /** The review pipeline (default core/review runReview); injectable for tests. */
  runReview?: ReviewRunner;
}

export interface WizardHandle {
  /** Resolves when sheets and saved settings are loaded and the first step is drawn. */
  ready: Promise<void>;
  /** Removes the wizard's DOM and stops pending work from drawing. */
  unmount(): void;
}

const UI_LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体', 'zh-TW': '繁體' };
const STEP_NAMES = {
  data: 'WIZ_STEP_DATA',
  columns: 'WIZ_STEP_COLUMNS',
  period: 'WIZ_STEP_PERIOD',
  sections: 'WIZ_STEP_SECTIONS',
  generate: 'WIZ_STEP_GENERATE',
} as const satisfies Record<StepId, MessageCode>;
/** Sheets scored for "looks like sales" on open (each a 30-row read). */
const MAX_SCORED_SHEETS = 25;

/**
 * Mounts the wizard into `root` and drives it through `host`.
 * @example mountWizard(document.getElementById('app')!, host, { lang: 'zh-CN' });
 */
export function mountWizard(root: HTMLElement, host: Host, options: WizardOptions = {}): WizardHandle {
  injectStyles(root.ownerDocument);
  const review: ReviewRunner = options.runReview ?? runReview;
  const lang = options.lang ?? langFromLocale(host.displayLanguage());
  const initial = restoreSettings(null, lang);
  const s: UiState = {
    lang,
    host: host.kind,
    step: 'data',
    sheets: [],
    dataSet: null,
    draft: draftFromSettings(initial.settings),
    notice: null,
    preview: null,
    dataOrigin: null,
    analysing: false,
    analysis: null,
    errors: [],
    run: { status: 'idle', update: null, result: null },
    lastRun: null,
    loadError: null,
  };
  const previews = new Map<string, Grid>();
  /** The data sheet and the other sheets of its data set read whole (a split workbook), by name. */
  let full: { sheet: string; grids: Map<string, Grid>; date1904?: boolean } | null = null;
  let restored = false;
  let reportLangTouched = false;
  let readToken = 0;
  let signal = { aborted: false };
  let alive = true;
  let stepChanged = false;

  const ctx = (): ViewCtx => ({ s, a: actions, tr: translator(s.lang) });

  function header(c: ViewCtx): HTMLElement {
    return h(
      'header',
      { class: 'srw-head' },
      h('h1', {}, c.tr('WIZ_TITLE')),
      select(
        { 'aria-label': c.tr('WIZ_UI_LANG'), id: 'srw-ui-lang' },
        LANGS.map((l): [string, string] => [l, UI_LANG_NAMES[l]]),
        s.lang,
        (v) => switchLang(v as Lang),
      ),
    );
  }

  function nav(c: ViewCtx): HTMLElement {
    const at = STEPS.indexOf(s.step);
    const running = s.run.status === 'running';
    return h(
      'nav',
      { class: 'srw-steps', 'aria-label': c.tr('WIZ_STEPS_NAV') },
      h(
        'ol',
        {},
        STEPS.map((step, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                id: `srw-nav-${step}`,
                class: i < at ? 'done' : null,
                'aria-current': step === s.step ? 'step' : null,
                'aria-label': c.tr('WIZ_STEP_OF', {
                  n: i + 1,
                  total: STEPS.length,
                  name: c.tr(STEP_NAMES[step]),
                }),
                title: c.tr(STEP_NAMES[step]),
                disabled: running,
                onclick: () => actions.goto(step),
              },
              String(i + 1),
            ),
          ),
        ),
      ),
    );
  }

  function body(c: ViewCtx): HTMLElement {
    const at = STEPS.indexOf(s.step);
    const title = h(
      'h2',
      { id: 'srw-step-title', tabindex: -1 },
      c.tr('WIZ_STEP_OF', { n: at + 1, total: STEPS.length, name: c.tr(STEP_NAMES[s.step]) }),
    );
    const views = {
      data: viewData,
      columns: viewColumns,
      period: viewPeriod,
      sections: viewSections,
      generate: viewGenerate,
    };
    // Information about opening the wizard (restored settings) stays on the first step; warnings show anywhere.
    const notice =
      s.notice && (s.step === 'data' || s.notice.kind === 'warn')
        ? h('div', { class: `srw-msg ${s.notice.kind}`, role: 'status' }, c.tr.message(s.notice))
        : null;
    const blocked =
      s.errors.length > 0 && s.step !== 'columns'
        ? h('div', { class: 'srw-msg error', role: 'alert' }, c.tr('WIZ_FIX_ERRORS'))
        : null;
    const content = s.loadError
      ? h('div', { class: 'srw-msg error', role: 'alert' }, s.loadError)
      : s.sheets.length === 0 && s.step === 'data' && !s.loadError && !loaded
        ? h('p', {}, c.tr('WIZ_LOADING'))
        : views[s.step](c);
    return h('main', { class: 'srw-body' }, title, notice, blocked, content);
  }

  function footer(c: ViewCtx): HTMLElement {
    const at = STEPS.indexOf(s.step);
    const running = s.run.status === 'running';
    const back = h(
      'button',
      {
        type: 'button',
        class: 'srw-btn',
        id: 'srw-back',
        disabled: at === 0 || running,
        onclick: () => actions.goto(STEPS[at - 1]),
      },
      c.tr('WIZ_BACK'),
    );
    let main: HTMLElement;
    if (s.step !== 'generate') {
      main = h(
        'button',
        {
          type: 'button',
          class: 'srw-btn primary',
          id: 'srw-next',
          disabled: !loaded,
          onclick: () => actions.goto(STEPS[at + 1]),
        },
        c.tr('WIZ_NEXT'),
      );
    } else if (running) {
      const writing = s.run.update?.stage === 'writing';
      main = h(
        'button',
        {
          type: 'button',
          class: 'srw-btn',
          id: 'srw-cancel',
          disabled: writing,
          'aria-describedby': writing ? 'srw-no-cancel' : null,
          title: writing ? c.tr('WIZ_WRITING_NO_CANCEL') : null,
          onclick: () => actions.cancel(),
        },
        c.tr('WIZ_CANCEL'),
      );
    } else {
      main = h(
        'button',
        { type: 'button', class: 'srw-btn primary', id: 'srw-generate', onclick: () => actions.generate() },
        c.tr(s.run.status === 'done' ? 'WIZ_GENERATE_AGAIN' : 'WIZ_GENERATE'),
      );
    }
    return h('footer', { class: 'srw-foot' }, back, main);
  }

  function render(): void {
    if (!alive) return;
    const doc = root.ownerDocument;
    const focusId = doc.activeElement && root.contains(doc.activeElement) ? doc.activeElement.id : '';
    const scroll = root.querySelector('.srw-body')?.scrollTop ?? 0;
    const c = ctx();
    const pane = h('div', { class: 'srw', lang: s.lang }, header(c), nav(c), body(c), footer(c));
    root.replaceChildren(pane);
    if (stepChanged) {
      stepChanged = false;
      (root.querySelector('#srw-step-title') as HTMLElement | null)?.focus();
      return;
    }
    const b = root.querySelector('.srw-body');
    if (b) b.scrollTop = scroll;
    if (focusId) (doc.getElementById(focusId) as HTMLElement | null)?.focus();
  }

  /** Updates the progress bar in place (no redraw per event: no layout jump, focus untouched). */
  function paintProgress(u: GenerateProgress): void {
    const prevStage = s.run.update?.stage;
    s.run.update = u;
    if (prevStage !== u.stage) return render();
    const fill = root.querySelector('.srw-fill') as HTMLElement | null;
    const bar = root.querySelector('[role=progressbar]');
    const label = root.querySelector('#srw-stage');
    if (fill) fill.style.width = `${(u.fraction * 100).toFixed(1)}%`;
    bar?.setAttribute('aria-valuenow', String(Math.round(u.fraction * 100)));
    if (label) label.textContent = stageLabel(ctx());
  }

  function switchLang(l: Lang): void {
    s.lang = l;
    if (!restored && !reportLangTouched) s.draft = { ...s.draft, language: l };
    reanalyse(); // the detection messages follow the new language
    render();
  }

  /** Currency, rates and unit choices the analysis reads with, as the run will. */
  function analysisMoney() {
    const b = s.draft.base;
    return {
      currency: b.currency,
      rates: draftRates(s.draft),
      units: s.draft.units,
      dateOrder: s.draft.dateOrder,
      excludeStatuses: s.draft.excludeStatuses,
      sheetName: s.draft.sheet ?? undefined,
      year: /^\d{4}$/.test(s.draft.year.trim()) ? Number(s.draft.year.trim()) : null,
    };
  }

  /** The sheets never offered as part of the data set: the targets sheet chosen. */
  function targetIgnore(): string[] {
    const d = s.draft;
    return d.targetKind === 'sheet' && d.targetSheet ? [d.targetSheet] : [];
  }

  /** The sheets read as the data set now: the ticked ones of a split workbook, else the data sheet. */
  function tickedSheets(sheet: string): string[] {
    return s.dataSet ? s.dataSet.sheets.filter((x) => x.ticked).map((x) => x.name) : [sheet];
  }

  /** Reads whole the ticked sheets not read yet; false when a newer read took over. */
  async function readTicked(token: number): Promise<boolean> {
    if (!full) return false;
    for (const name of tickedSheets(full.sheet)) {
      if (full.grids.has(name)) continue;
      const read = await host.readGrid(name);
      if (token !== readToken || !full) return false;
      full.grids.set(name, read.grid);
    }
    return true;
  }

  /** Analyses the data set as the run will read it (the ticked sheets stacked, sheet names as roles). */
  function reanalyse(): void {
    if (!full || full.sheet !== s.draft.sheet) return;
    const f = full;
    const names = tickedSheets(f.sheet).filter((n) => f.grids.has(n));
    const own = f.grids.get(f.sheet)!;
    const year = s.draft.year.trim();
    const data = dataSetOf(
      names.map((name) => ({ name, grid: f.grids.get(name)! })),
      {
        sheet: f.sheet,
        sheets: names,
        lang: s.lang,
        year: /^\d{4}$/.test(year) ? Number(year) : null,
        fiscalStartMonth: s.draft.fiscalStartMonth,
        overrides: s.draft.mapping,
      },
    );
    if (!data.ok) {
      s.analysis = {
        ok: false,
        error: { code: data.code, message: data.message },
        headerRow: detectHeaderRow(own),
        mapping: null,
        quality: null,
        totals: { months: [], revenue: [], rows: [] },
        warnings: [],
        dimensions: [],
      };
      return;
    }
    const named = data.split?.nameColumn;
    const a = analyseGrid(
      data.grid,
      named ? { [named.role]: named.header, ...s.draft.mapping } : s.draft.mapping,
      s.lang,
      { ...analysisMoney(), date1904: f.date1904 },
    );
    // The header row shown is the data sheet's own (the stacked grid has its header on top).
    s.analysis = data.split ? { ...a, headerRow: detectHeaderRow(own) } : a;
  }

  /** Defaults that depend on the data, applied once per freshly chosen sheet (never over restored settings). */
  function applyDataDefaults(): void {
    if (restored) return;
    const d = s.draft;
    if (d.targetKind === 'column' && !s.analysis?.mapping?.roles.target) {
      const target = suggestTargetSheet(s.sheets, d.sheet);
      if (target) s.draft = { ...d, targetKind: 'sheet', targetSheet: target };
    }
  }

  async function loadSheet(name: string): Promise<void> {
    const token = ++readToken;
    s.analysing = true;
    render();
    try {
      if (!previews.has(name)) previews.set(name, (await host.readGrid(name, { maxRows: 30 })).grid);
      if (token !== readToken) return;
      s.preview = { sheet: name, grid: previews.get(name)! };
      s.dataSet = dataSetChoice(s.sheets, previews, name, s.draft.sheets, targetIgnore());
      render();
      const read = await host.readGrid(name);
      if (token !== readToken) return;
      full = { sheet: name, grids: new Map([[name, read.grid]]), date1904: read.date1904 };
      s.dataOrigin = { sheet: name, column: firstColumnOf(read.address) };
      if (!(await readTicked(token))) return;
      reanalyse();
      applyDataDefaults();
      s.dataSet = dataSetChoice(s.sheets, previews, name, s.draft.sheets, targetIgnore());
    } catch (e) {
      if (token !== readToken) return;
      s.analysis = null;
      s.loadError = null;
      s.notice = {
        code: 'WIZ_HOST_READ_FAILED',
        params: { message: e instanceof Error ? e.message : String(e) },
        kind: 'warn',
      };
    }
    s.analysing = false;
    render();
  }

  /** Switches the data sheet: resets what belonged to the old one, then reads the new one. */
  function choose(name: string): Promise<void> {
    if (name === s.draft.sheet) return Promise.resolve();
    const keepMapping = restored && name === initialSheet;
    // Column choices (roles, units) belong to the old sheet's columns.
    s.draft = {
      ...s.draft,
      sheet: name || null,
      sheets: keepMapping ? s.draft.sheets : null,
      mapping: keepMapping ? s.draft.mapping : {},
      units: keepMapping ? s.draft.units : {},
    };
    s.dataSet = null;
    if (!keepMapping) restored = false;
    s.analysis = null;
    s.preview = null;
    s.errors = [];
    if (s.draft.targetSheet === name) s.draft = { ...s.draft, targetSheet: '' };
    if (name) return loadSheet(name);
    render();
    return Promise.resolve();
  }

  const actions: Actions = {
    set(patch, opts = {}) {
      if (patch.language) reportLangTouched = true;
      s.draft = { ...s.draft, ...patch };
      const cleared = s.errors.filter((e) => e.field in patch);
      s.errors = s.errors.filter((e) => !(e.field in patch));
      if (opts.reanalyse) {
        reanalyse();
        // A blocking error of the old reading (a missing rate, no year) goes with it; one that
        // still holds is said again.
        if (s.errors.some((e) => e.field === 'mapping'))
          s.errors = [
            ...s.errors.filter((e) => e.field !== 'mapping'),
            ...validateStep('columns', s.draft, stepContext(s.analysis)).filter((e) => e.field === 'mapping'),
          ];
      }
      if (opts.render !== false) return render();
      // While typing, no redraw (a redraw under the pointer would swallow the next click):
      // only the now-fixed field's error lines go.
      for (const e of cleared) {
        root.querySelectorAll(`[id^="srw-err-${e.field}-"]`).forEach((n) => n.remove());
        root.querySelectorAll('[aria-invalid]').forEach((n) => {
          if (n.getAttribute('aria-describedby')?.includes(`srw-err-${e.field}-`))
            n.removeAttribute('aria-invalid');
        });
      }
    },
    selectSheet(name) {
      void choose(name);
    },
    tickSheet(name, on) {
      const sheet = s.draft.sheet;
      if (!s.dataSet || !sheet) return;
      s.draft = { ...s.draft, sheets: tickSheet(s.dataSet, name, on) };
      s.dataSet = dataSetChoice(s.sheets, previews, sheet, s.draft.sheets, targetIgnore());
      const token = ++readToken;
      s.analysing = true;
      render();
      void readTicked(token)
        .then((current) => {
          if (!current) return;
          reanalyse();
          s.analysing = false;
          render();
        })
        .catch((e: unknown) => {
          if (token !== readToken) return;
          s.analysing = false;
          s.notice = {
            code: 'WIZ_HOST_READ_FAILED',
            params: { message: e instanceof Error ? e.message : String(e) },
            kind: 'warn',
          };
          render();
        });
    },
    goto(step) {
      const from = STEPS.indexOf(s.step);
      const to = STEPS.indexOf(step);
      if (to < 0 || s.run.status === 'running') return;
      if (to > from) {
        const sc = stepContext(s.analysis);
        for (let i = from; i < to; i++) {
          // While the sheet is still being read, the columns step waits (it shows the progress).
          if (STEPS[i] === 'columns' && s.analysing) {
            s.step = 'columns';
            s.errors = [];
            stepChanged = true;
            return render();
          }
          const errs = validateStep(STEPS[i], s.draft, sc);
          if (errs.length > 0) {
            if (s.step !== STEPS[i]) stepChanged = true;
            s.step = STEPS[i];
            s.errors = errs;
            return render();
          }
        }
      }
      s.step = step;
      s.errors = [];
      stepChanged = true;
      render();
    },
    generate() {
      const sc = stepContext(s.analysis);
      const built = settingsFromDraft(s.draft, sc);
      if (!built.ok) {
        s.errors = built.errors;
        const first = STEPS.find((st) => validateStep(st, s.draft, sc).length > 0);
        if (first && first !== s.step) {
          s.step = first;
          stepChanged = true;
        }
        return render();
      }
      const settings = built.settings;
      // Sections that need a missing column are switched off for the run, not in the saved intent.
      const hasCustomer = !!s.analysis?.mapping?.roles.customer;
      const runSettings = {
        ...settings,
        sections: settings.sections.filter((x) => sectionRunnable(x, hasCustomer)),
      };
      signal = { aborted: false };
      const info = s.sheets.find((x) => x.name === settings.sheet);
      const expectedRows = s.dataSet
        ? s.dataSet.sheets.filter((x) => x.ticked).reduce((a, x) => a + x.rows, 0)
        : (info?.rows ?? 0);
      s.run = {
        status: 'running',
        update: { stage: 'reading', fraction: 0, rows: expectedRows, tabs: 0 },
        result: null,
      };
      render();
      const mySignal = signal;
      void generateReview(host, runSettings, {
        runReview: review,
        signal: mySignal,
        expectedRows,
        // Saved with the user's intent (not the run's switched-off sections), plus the last-run summary.
        saveAs: settings,
        // lets the page paint the stage before the work of the next one starts
        pause: () => new Promise((r) => setTimeout(r, 0)),
        onProgress: (u) => {
          if (alive && s.run.status === 'running' && signal === mySignal) paintProgress(u);
        },
      }).then(async (result) => {
        if (signal !== mySignal) return;
        if (result.ok) {
          s.lastRun = result.lastRun;
          s.sheets = await scoreSheets(await host.listSheets().catch(() => s.sheets));
        }
        s.run = {
          status: result.ok ? 'done' : result.cancelled ? 'cancelled' : 'failed',
          update: s.run.update,
          result,
        };
        render();
      });
    },
    cancel() {
      signal.aborted = true;
    },
    activate(tab) {
      host.activateSheet(tab).catch(() => {
        s.notice = { code: 'WIZ_HOST_SHEET_NOT_FOUND', kind: 'warn' };
        render();
      });
    },
    refreshLive() {
      const c = ctx();
      const split = root.querySelector('[data-live=split]');
      if (split) split.replaceWith(splitView(c));
      for (const key of ['targetBase', 'targetStretch', 'newCustomerRevenue', 'revenuePerHead'] as const) {
        const el = root.querySelector(`[data-live=${key}]`);
        if (el) el.textContent = amountReadout(c, s.draft[key]);
      }
    },
  };

  async function scoreSheets(list: Awaited<ReturnType<Host['listSheets']>>): Promise<SheetRow[]> {
    const rows: SheetRow[] = [];
    let scored = 0;
    for (const info of list) {
      let score = 0;
      if (!info.owned && info.rows > 0 && scored < MAX_SCORED_SHEETS) {
        scored++;
        if (!previews.has(info.name)) {
          try {
            previews.set(info.name, (await host.readGrid(info.name, { maxRows: 30 })).grid);
          } catch {
            // An unreadable sheet simply scores 0; choosing it reports the error.
          }
        }
        const g = previews.get(info.name);
        score = g ? looksLikeSales(g) : 0;
      }
      rows.push({ ...info, score });
    }
    return rows;
  }

  let loaded = false;
  let initialSheet: string | null = null;

  async function init(): Promise<void> {
    render();
    try {
      const [list, raw] = await Promise.all([host.listSheets(), host.loadSettings()]);
      const loadedSettings = restoreSettings(raw, lang);
      restored = loadedSettings.kind === 'restored';
      s.draft = draftFromSettings(loadedSettings.settings);
      s.lastRun = loadedSettings.settings.lastRun;
      if (loadedSettings.kind === 'restored') s.notice = { code: 'WIZ_SETTINGS_RESTORED', kind: 'info' };
      if (loadedSettings.kind === 'invalid') s.notice = { code: 'WIZ_SETTINGS_INVALID', kind: 'warn' };
      s.sheets = await scoreSheets(list);
      const saved = loadedSettings.settings.sheet;
      const usable = s.sheets.filter((x) => !x.owned && x.rows > 0);
      if (saved && !usable.some((x) => x.name === saved)) {
        s.notice = { code: 'WIZ_SAVED_SHEET_GONE', params: { sheet: saved }, kind: 'warn' };
        restored = false;
      }
      const pick = pickSheet(usable, restored ? saved : null);
      initialSheet = restored ? saved : null;
      loaded = true;
      s.draft = { ...s.draft, sheet: null };
      if (pick) await choose(pick);
      else render();
    } catch (e) {
      loaded = true;
      s.loadError =
        s.lang &&
        translator(s.lang)('WIZ_HOST_READ_FAILED', { message: e instanceof Error ? e.message : String(e) });
      render();
    }
  }

  const ready = init();
  return {
    ready,
    unmount() {
      alive = false;
      signal.aborted = true;
      root.replaceChildren();
    },
  };
}
