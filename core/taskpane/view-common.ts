/** What every step view receives, and the small pieces they share (fields, messages, errors). */
import type { Host, SheetInfo } from '../host';
import type { DataSetChoice } from './data-set';
import { formatAmount, localize, plainMessage, type Lang, type Localize, type Message } from '../i18n';
import type { LastRun } from '../settings';
import type { Grid } from '../table';
import type { Analysis } from './analysis';
import { roleName } from './labels';
import { h, type Child } from './dom';
import type { GenerateProgress, GenerateResult } from '../host';
import type { Draft, FieldError, StepId } from './wizard-state';

/** A sheet as listed, with how much it looks like sales data (0..1). */
export interface SheetRow extends SheetInfo {
  score: number;
}

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  update: GenerateProgress | null;
  result: GenerateResult | null;
}

/** The whole UI state; views read it and call actions, never mutate it. */
export interface UiState {
  lang: Lang;
  /** The host the wizard runs in (the formula examples use its function names). */
  host: Host['kind'];
  step: StepId;
  sheets: SheetRow[];
  /** The sheets with the data sheet's header (a split workbook), ticked with their rows; null for one sheet. */
  dataSet: DataSetChoice | null;
  draft: Draft;
  notice: (Message & { kind: 'info' | 'warn' }) | null;
  preview: { sheet: string; grid: Grid } | null;
  /** The data sheet's used range starts at this 0-based column (Excel: a table from C3); for the formula examples. */
  dataOrigin: { sheet: string; column: number } | null;
  analysing: boolean;
  analysis: Analysis | null;
  /** Errors shown after a blocked Next (cleared when the user edits). */
  errors: FieldError[];
  run: RunState;
  /** The last completed run saved in the document (shown on step 5 when the wizard is reopened). */
  lastRun: LastRun | null;
  loadError: string | null;
}

export interface Actions {
  /** Patches the draft; `reanalyse` re-reads the mapping, `render` (default true) redraws. */
  set(patch: Partial<Draft>, opts?: { reanalyse?: boolean; render?: boolean }): void;
  selectSheet(name: string): void;
  /** Ticks or unticks a sheet of the data set (the data sheet itself stays ticked). */
  tickSheet(name: string, on: boolean): void;
  goto(step: StepId): void;
  generate(): void;
  cancel(): void;
  activate(tab: string): void;
  /** Redraws only the live parts (the split preview, parsed amounts) while typing. */
  refreshLive(): void;
}

export interface ViewCtx {
  s: UiState;
  a: Actions;
  tr: Localize;
}

/** Builds the translate function of a language. */
export function translator(lang: Lang): ViewCtx['tr'] {
  return localize(lang);
}

/**
 * An aside in parentheses, full-width in Chinese.
 * @example paren('zh-CN', '区域') // '（区域）'
 */
export function paren(lang: Lang, text: string): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

/**
 * The text of a message held as data, role keys named (`{role}`, `{a}`, `{b}`).
 * @example messageOf(translator('en'), { code: 'WIZ_WARN_NO_CUSTOMER' })
 */
export function messageOf(tr: ViewCtx['tr'], m: Message): string {
  if (m.code === 'WIZ_WARN_GUESSED') return tr(m.code, { ...m.params, role: roleName(tr, m.params.role) });
  if (m.code === 'WIZ_ERR_SAME_COLUMN')
    return tr(m.code, { ...m.params, a: roleName(tr, m.params.a), b: roleName(tr, m.params.b) });
  return tr.message(m);
}

/**
 * The text of a field error: its catalogue message; for an ingest failure, the catalogue's text of
 * its code in the current language when it takes no parameters (the errors outlive a language
 * switch), else the failure's own text.
 */
export function errorText(e: FieldError, tr: ViewCtx['tr']): string {
  if ('text' in e && e.text !== undefined) return plainMessage(e.code, tr.lang) ?? e.text;
  return messageOf(tr, e as Message);
}

/** Shown errors of one field as inline messages, ids for aria-describedby. */
export function fieldErrors(ctx: ViewCtx, field: keyof Draft): { nodes: HTMLElement[]; ids: string } {
  const errs = ctx.s.errors.filter((e) => e.field === field);
  const nodes = errs.map((e, i) =>
    h('p', { class: 'srw-err', id: `srw-err-${field}-${i}` }, errorText(e, ctx.tr)),
  );
  return { nodes, ids: nodes.map((n) => n.id).join(' ') };
}

/** A labelled field: label, control, hint and errors, wired with aria attributes. */
export function field(
  ctx: ViewCtx,
  id: string,
  label: string,
  control: HTMLElement,
  opts: { hint?: Child; errorsOf?: keyof Draft } = {},
): HTMLElement {
  control.id = id;
  const errs = opts.errorsOf ? fieldErrors(ctx, opts.errorsOf) : { nodes: [], ids: '' };
  const hintId = opts.hint ? `${id}-hint` : '';
  const described = [hintId, errs.ids].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  if (errs.nodes.length > 0) control.setAttribute('aria-invalid', 'true');
  return h(
    'div',
    { class: 'srw-field' },
    h('label', { for: id }, label),
    control,
    opts.hint ? h('p', { class: 'srw-hint', id: hintId }, opts.hint) : null,
    errs.nodes,
  );
}

/** A message box; `alert` for errors so screen readers announce them. */
export function message(kind: 'info' | 'warn' | 'error' | 'ok', ...children: Child[]): HTMLElement {
  return h('div', { class: `srw-msg ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** A checkbox with its label text (and optional note under it). */
export function checkbox(
  id: string,
  label: string,
  checked: boolean,
  onChange: (v: boolean) => void,
  opts: { disabled?: boolean; note?: string } = {},
): HTMLElement {
  return h(
    'label',
    { class: `srw-check${opts.disabled ? ' disabled' : ''}`, for: id },
    h('input', {
      type: 'checkbox',
      id,
      checked,
      disabled: opts.disabled,
      onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
    }),
    h('span', {}, label, opts.note ? h('small', {}, opts.note) : null),
  );
}

/** A radio button with its label. */
export function radio(
  name: string,
  id: string,
  label: string,
  checked: boolean,
  onChange: () => void,
): HTMLElement {
  return h(
    'label',
    { class: 'srw-check', for: id },
    h('input', { type: 'radio', name, id, checked, onchange: () => onChange() }),
    h('span', {}, label),
  );
}

/**
 * An amount in a wizard sentence, by the sentence rule, in the run's report currency.
 * @example moneyText(ctx, 1.2e9) // '12亿元'
 */
export function moneyText(ctx: ViewCtx, v: number | null): string {
  return formatAmount(v, ctx.s.lang, { currency: ctx.s.draft.base.currency });
}
