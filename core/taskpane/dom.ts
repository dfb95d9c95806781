/** A tiny element builder: h('button', { class: 'x', onclick: f }, 'Label'). */

type Attr = string | number | boolean | null | undefined | ((e: Event) => void);
export type Child = Node | string | number | null | undefined | false;

/** Properties set as DOM properties rather than attributes (live form state). */
const PROPS = new Set(['value', 'checked', 'selected', 'disabled', 'indeterminate']);

/**
 * Creates an element with attributes, `on*` listeners and children (falsy children skipped).
 * @example h('label', { for: 'year' }, 'Review year')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (PROPS.has(k)) (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k === 'className' ? 'class' : k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
  return el;
}

/**
 * A select with options; `value` preselects one.
 * @example select({ id: 'unit' }, [['万', '万'], ['亿', '亿']], '万', (v) => {})
 */
export function select(
  attrs: Record<string, Attr>,
  options: readonly (readonly [value: string, label: string])[],
  value: string,
  onChange: (v: string) => void,
): HTMLSelectElement {
  const el = h(
    'select',
    { ...attrs, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
  el.value = value;
  return el;
}
