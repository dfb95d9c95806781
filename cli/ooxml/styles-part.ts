/**
 * styles.xml merging, on the parsed tree: the review's number formats, fonts, fills, borders,
 * cell formats and differential formats are appended to the user's, so every existing style index
 * keeps its meaning, and the maps say where each review index went.
 */
import { childrenNamed, isElement, localName, ns, parseXml, renderXml } from './xml-tree';
import type { XmlElement, XmlNode } from './xml-tree';
import { NS_MAIN } from './workbook-part';

export interface StyleMaps {
  /** review cellXfs index → merged index */
  xf: (i: number) => number;
  /** review dxf index → merged index */
  dxf: (i: number) => number;
}

/** Schema order of CT_Stylesheet's children, to insert a section the base did not have. */
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

/** An element (and its descendants) moved into a part that spells the main namespace `prefix`. */
function withPrefix(n: XmlNode, from: string, prefix: string): XmlNode {
  if (!isElement(n)) return n;
  const bare =
    n.name.startsWith(from) && !n.name.slice(from.length).includes(':') ? n.name.slice(from.length) : null;
  return {
    name: bare === null ? n.name : `${prefix}${bare}`,
    attrs: { ...n.attrs },
    children: n.children.map((c) => withPrefix(c, from, prefix)),
  };
}

function section(root: XmlElement, local: string): XmlElement | undefined {
  return root.children.find((c): c is XmlElement => isElement(c) && localName(c.name) === local);
}

/** The section with a local name, created in schema order when missing. */
function sectionOrNew(root: XmlElement, local: string, prefix: string): XmlElement {
  const found = section(root, local);
  if (found) return found;
  const el: XmlElement = { name: `${prefix}${local}`, attrs: { count: '0' }, children: [] };
  const later = new Set(ORDER.slice(ORDER.indexOf(local) + 1));
  const next = root.children.findIndex((c) => isElement(c) && later.has(localName(c.name)));
  root.children.splice(next < 0 ? root.children.length : next, 0, el);
  return el;
}

/**
 * Appends the review styles to the base styles; returns the merged XML and the index maps.
 * @example const { xml, maps } = mergeStyles(baseStylesXml, reviewStylesXml);
 */
export function mergeStyles(baseXml: string, reviewXml: string): { xml: string; maps: StyleMaps } {
  const base = parseXml(baseXml);
  const review = parseXml(reviewXml).root;
  const root = base.root;
  const p = ns(root, NS_MAIN) ?? '';
  const rp = ns(review, NS_MAIN) ?? '';
  const items = (el: XmlElement, sectionName: string, child: string): XmlElement[] => {
    const s = section(el, sectionName);
    return s ? childrenNamed(s, child) : [];
  };
  /** Appends review items to a base section; returns the offset (the base's item count). */
  const append = (
    sectionName: string,
    child: string,
    transform: (el: XmlElement) => void = () => {},
  ): number => {
    const add = items(review, sectionName, child);
    const target = sectionOrNew(root, sectionName, p);
    const offset = childrenNamed(target, child).length;
    for (const el of add) {
      const moved = withPrefix(el, rp, p) as XmlElement;
      transform(moved);
      target.children.push(moved);
    }
    target.attrs.count = String(childrenNamed(target, child).length);
    return offset;
  };

  // Number formats: reuse an identical code, else a fresh custom id (≥ 164).
  const codeToId = new Map<string, number>();
  let nextFmt = 164;
  for (const f of items(root, 'numFmts', 'numFmt')) {
    const id = Number(f.attrs.numFmtId);
    codeToId.set(f.attrs.formatCode ?? '', id);
    nextFmt = Math.max(nextFmt, id + 1);
  }
  const fmtMap = new Map<number, number>();
  const reviewFmts = items(review, 'numFmts', 'numFmt');
  const newFmts: XmlElement[] = [];
  for (const f of reviewFmts) {
    const code = f.attrs.formatCode ?? '';
    let id = codeToId.get(code);
    if (id === undefined) {
      id = nextFmt++;
      codeToId.set(code, id);
      newFmts.push({ name: `${p}numFmt`, attrs: { ...f.attrs, numFmtId: String(id) }, children: [] });
    }
    fmtMap.set(Number(f.attrs.numFmtId), id);
  }
  if (newFmts.length > 0) {
    const fmts = sectionOrNew(root, 'numFmts', p);
    fmts.children.push(...newFmts);
    fmts.attrs.count = String(childrenNamed(fmts, 'numFmt').length);
  }
  const mapFmt = (id: number): number => (id >= 164 ? (fmtMap.get(id) ?? 0) : id);

  const fontOff = append('fonts', 'font');
  const fillOff = append('fills', 'fill');
  const borderOff = append('borders', 'border');
  const xfOff = append('cellXfs', 'xf', (xf) => {
    const shift = (a: string, off: number): void => {
      if (xf.attrs[a] !== undefined) xf.attrs[a] = String(Number(xf.attrs[a]) + off);
    };
    shift('fontId', fontOff);
    shift('fillId', fillOff);
    shift('borderId', borderOff);
    if (xf.attrs.numFmtId !== undefined) xf.attrs.numFmtId = String(mapFmt(Number(xf.attrs.numFmtId)));
    // The review's cell styles are not copied: its formats hang off the base's Normal style.
    if (xf.attrs.xfId !== undefined) xf.attrs.xfId = '0';
  });
  const dxfOff = items(review, 'dxfs', 'dxf').length > 0 ? append('dxfs', 'dxf') : 0;
  return { xml: renderXml(base), maps: { xf: (i) => i + xfOff, dxf: (i) => i + dxfOff } };
}
