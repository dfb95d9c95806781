/**
 * Merges the review workbook's styles.xml into the user's, so the review sheets can be added to
 * the user's package without rewriting any of the user's parts except styles.xml (append only:
 * existing style indices keep their meaning).
 */

/** Child elements of a styles section, e.g. every <font> inside <fonts>. */
function children(sectionInner: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?=[\\s>/])(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</${tag}>)`, 'g');
  return sectionInner.match(re) ?? [];
}

function section(xml: string, tag: string): { inner: string; start: number; end: number } | null {
  const open = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>`);
  const m = open.exec(xml);
  if (!m) return null;
  if (m[1] === '/') return { inner: '', start: m.index, end: m.index + m[0].length };
  const close = `</${tag}>`;
  const endIdx = xml.indexOf(close, m.index);
  if (endIdx < 0) return null;
  return { inner: xml.slice(m.index + m[0].length, endIdx), start: m.index, end: endIdx + close.length };
}

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** Replaces (or inserts, in schema order) a section with the given children. */
function putSection(xml: string, tag: string, items: string[]): string {
  const built = `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
  const s = section(xml, tag);
  if (s) return xml.slice(0, s.start) + built + xml.slice(s.end);
  const after = ORDER.slice(ORDER.indexOf(tag) + 1);
  for (const next of after) {
    const n = new RegExp(`<${next}(?=[\\s>/])`).exec(xml);
    if (n) return xml.slice(0, n.index) + built + xml.slice(n.index);
  }
  const endTag = xml.lastIndexOf('</styleSheet>');
  return xml.slice(0, endTag) + built + xml.slice(endTag);
}

const attr = (el: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(el);
  return m ? m[1] : null;
};
const setAttr = (el: string, name: string, value: string | number): string =>
  el.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${value}$2`);

export interface StyleMaps {
  /** review cellXfs index → merged index */
  xf: (i: number) => number;
  /** review dxf index → merged index */
  dxf: (i: number) => number;
}

/**
 * Appends the review styles to the base styles; returns the merged XML and the index maps.
 * @example const { xml, maps } = mergeStyles(baseStylesXml, reviewStylesXml);
 */
export function mergeStyles(baseXml: string, reviewXml: string): { xml: string; maps: StyleMaps } {
  const get = (xml: string, tag: string, child: string): string[] =>
    children(section(xml, tag)?.inner ?? '', child);

  // Number formats: reuse an identical code, else a fresh custom id (≥ 164).
  const baseFmts = get(baseXml, 'numFmts', 'numFmt');
  const codeToId = new Map<string, number>();
  let nextFmt = 164;
  for (const f of baseFmts) {
    const id = Number(attr(f, 'numFmtId'));
    codeToId.set(attr(f, 'formatCode') ?? '', id);
    nextFmt = Math.max(nextFmt, id + 1);
  }
  const fmtMap = new Map<number, number>();
  const newFmts = [...baseFmts];
  for (const f of get(reviewXml, 'numFmts', 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode') ?? '';
    let target = codeToId.get(code);
    if (target === undefined) {
      target = nextFmt++;
      codeToId.set(code, target);
      newFmts.push(setAttr(f, 'numFmtId', target));
    }
    fmtMap.set(id, target);
  }
  const mapFmt = (id: number): number => (id >= 164 ? (fmtMap.get(id) ?? 0) : id);

  let xml = baseXml;
  if (newFmts.length > 0) xml = putSection(xml, 'numFmts', newFmts);

  const append = (tag: string, child: string, transform: (el: string) => string = (e) => e): number => {
    const base = get(xml, tag, child);
    const add = get(reviewXml, tag, child).map(transform);
    xml = putSection(xml, tag, [...base, ...add]);
    return base.length;
  };
  const fontOff = append('fonts', 'font');
  const fillOff = append('fills', 'fill');
  const borderOff = append('borders', 'border');
  const xfOff = append('cellXfs', 'xf', (el) => {
    let e = el;
    for (const [a, off] of [
      ['fontId', fontOff],
      ['fillId', fillOff],
      ['borderId', borderOff],
    ] as const) {
      const v = attr(e, a);
      if (v !== null) e = setAttr(e, a, Number(v) + off);
    }
    const nf = attr(e, 'numFmtId');
    if (nf !== null) e = setAttr(e, 'numFmtId', mapFmt(Number(nf)));
    const xfId = attr(e, 'xfId');
    if (xfId !== null) e = setAttr(e, 'xfId', 0);
    return e;
  });
  const reviewDxfs = get(reviewXml, 'dxfs', 'dxf');
  let dxfOff = 0;
  if (reviewDxfs.length > 0) dxfOff = append('dxfs', 'dxf');
  return { xml, maps: { xf: (i) => i + xfOff, dxf: (i) => i + dxfOff } };
}

/**
 * Rewrites a review sheet's style references (cell s=, row s=, col style=, dxfId=) to merged indices.
 * @example remapSheetStyles('<c r="A1" s="1"/>', maps)
 */
export function remapSheetStyles(sheetXml: string, maps: StyleMaps): string {
  return sheetXml
    .replace(
      /<(c|row)(\s[^>]*?)\ss="(\d+)"/g,
      (_m, tag: string, pre: string, n: string) => `<${tag}${pre} s="${maps.xf(Number(n))}"`,
    )
    .replace(
      /<col(\s[^>]*?)\sstyle="(\d+)"/g,
      (_m, pre: string, n: string) => `<col${pre} style="${maps.xf(Number(n))}"`,
    )
    .replace(/\sdxfId="(\d+)"/g, (_m, n: string) => ` dxfId="${maps.dxf(Number(n))}"`);
}

/**
 * Replaces shared-string cells (t="s") with inline strings, so a sheet can move to another
 * package without its shared-string table.
 * @example inlineSharedStrings('<c r="A1" t="s"><v>0</v></c>', ['<t>x</t>'])
 */
export function inlineSharedStrings(sheetXml: string, items: readonly string[]): string {
  return sheetXml.replace(
    /<c(\s[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, a: string, b: string, n: string) => {
      return `<c${a} t="inlineStr"${b}><is>${items[Number(n)] ?? '<t></t>'}</is></c>`;
    },
  );
}

/**
 * The <si> contents of a sharedStrings.xml, in order.
 * @example sharedStringItems('<sst><si><t>a</t></si></sst>') // ['<t>a</t>']
 */
export function sharedStringItems(sstXml: string): string[] {
  return (sstXml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((si) =>
    si.replace(/^<si>|<\/si>$|^<si\/>$/g, ''),
  );
}
