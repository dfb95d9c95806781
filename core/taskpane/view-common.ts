/** What every step view receives, and the small pieces they share (fields, messages, errors). */
import type { SheetInfo } from '../host/port';
import { t } from '../i18n';
import type { Lang } from '../i18n/lang';
import type { LastRun } from '../settings/schema';
import type { Grid } from '../table/types';
import type { Analysis } from './analysis';
import { h, type Child } from './dom';
import type { PipelineResult, StageUpdate } from './generate';
import type { Draft, FieldError, StepId } from './wizard-state';

/** A sheet as listed, with how much it looks like sales data (0..1). */
export interface SheetRow extends SheetInfo {
  score: number;
}

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  update: StageUpdate | null;
  result: PipelineResult | null;
}

/** The whole UI state; views read it and call actions, never mutate it. */
export interface UiState {
  lang: Lang;
  step: StepId;
  sheets: SheetRow[];
  draft: Draft;
  notice: { code: string; params?: Record<string, string | number>; kind: 'info' | 'warn' } | null;
  preview: { sheet: string; grid: Grid } | null;
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
  tr: (code: string, params?: Record<string, string | number>) => string;
}

/** Builds the translate function of a language. */
export function translator(lang: Lang): ViewCtx['tr'] {
  return (code, params) => t(code, lang, params);
}

/**
 * An aside in parentheses, full-width in Chinese.
 * @example paren('zh-CN', '区域') // '（区域）'
 */
export function paren(lang: Lang, text: string): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

/** The text of a field error: the catalogue's message, or the ingest's own when it has parameters. */
export function errorText(e: FieldError, tr: ViewCtx['tr']): string {
  const text = tr(e.code, e.params);
  if (e.text && (text === e.code || /\{\w+\}/.test(text))) return e.text;
  return text;
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
