/**
 * An XML part as a small ordered tree (elements, text, comments, CDATA, processing instructions),
 * parsed by fast-xml-parser and rendered back by `renderXml`. The index parts of a package are
 * read and edited through this tree and the typed models built on it, never by string replacement.
 * Names keep their prefixes ("x:sheet"); `ns` finds which prefix a document gives a namespace.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string } | { comment: string } | { cdata: string };

export interface XmlDocument {
  /** Attributes of the <?xml ...?> declaration, or null when the part has none. */
  declaration: Record<string, string> | null;
  root: XmlElement;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Character references (&#x4E00;) are decoded with the XML entities.
  htmlEntities: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

type Raw = Record<string, unknown>;

function textOfRaw(list: unknown): string {
  return Array.isArray(list) ? list.map((n) => String((n as Raw)['#text'] ?? '')).join('') : '';
}

function fromRaw(list: readonly Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of list) {
    if ('#text' in n) out.push({ text: String(n['#text']) });
    else if ('#comment' in n) out.push({ comment: textOfRaw(n['#comment']) });
    else if ('#cdata' in n) out.push({ cdata: textOfRaw(n['#cdata']) });
    else {
      const name = Object.keys(n).find((k) => k !== ':@');
      if (name === undefined || name.startsWith('?')) continue;
      out.push({
        name,
        attrs: { ...((n[':@'] as Record<string, string> | undefined) ?? {}) },
        children: fromRaw((n[name] as Raw[]) ?? []),
      });
    }
  }
  return out;
}

/**
 * Parses an XML part. Throws on a document without a root element or with a DTD (OOXML forbids them).
 * @example parseXml('<a x="1"><b/></a>').root.children.length // 1
 */
export function parseXml(xml: string): XmlDocument {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new Error('XML part with a DTD');
  const list = parser.parse(xml) as Raw[];
  const decl = list.find((n) => '?xml' in n);
  const root = fromRaw(list).find((n): n is XmlElement => 'name' in n);
  if (!root) throw new Error('XML part without a root element');
  return {
    declaration: decl ? { ...((decl[':@'] as Record<string, string> | undefined) ?? {}) } : null,
    root,
  };
}

const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string): string =>
  escText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

function renderNode(n: XmlNode, out: string[]): void {
  if ('text' in n) out.push(escText(n.text));
  else if ('comment' in n) out.push(`<!--${n.comment}-->`);
  else if ('cdata' in n) out.push(`<![CDATA[${n.cdata}]]>`);
  else {
    let head = `<${n.name}`;
    for (const [k, v] of Object.entries(n.attrs)) head += ` ${k}="${escAttr(v)}"`;
    if (n.children.length === 0) {
      out.push(`${head}/>`);
      return;
    }
    out.push(`${head}>`);
    for (const c of n.children) renderNode(c, out);
    out.push(`</${n.name}>`);
  }
}

/**
 * Renders a document back to XML text (the declaration kept, UTF-8).
 * @example renderXml(parseXml('<a><b>x &amp; y</b></a>')) // '<a><b>x &amp; y</b></a>'
 */
export function renderXml(doc: XmlDocument): string {
  const out: string[] = [];
  if (doc.declaration) {
    const attrs = Object.entries(doc.declaration)
      .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
      .join('');
    out.push(`<?xml${attrs}?>\n`);
  }
  renderNode(doc.root, out);
  return out.join('');
}

/** The local part of a prefixed name: "x:sheet" → "sheet". */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * The prefix (with its colon, or '') the root element binds to one of `uris`, or null if unbound.
 * @example ns(parseXml('<x:a xmlns:x="u"/>').root, ['u']) // 'x:'
 */
export function ns(root: XmlElement, uris: readonly string[]): string | null {
  for (const [k, v] of Object.entries(root.attrs)) {
    if (!uris.includes(v)) continue;
    if (k === 'xmlns') return '';
    if (k.startsWith('xmlns:')) return `${k.slice(6)}:`;
  }
  return null;
}

export const isElement = (n: XmlNode): n is XmlElement => 'name' in n;

/**
 * Child elements with a given local name (any prefix).
 * @example childrenNamed(root, 'sheet')
 */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && localName(c.name) === local);
}

/** The first child element with a local name, or undefined. */
export function childNamed(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && localName(c.name) === local);
}

/** The concatenated text of an element's direct text and CDATA children. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : 'cdata' in c ? c.cdata : '')).join('');
}

/** An attribute by local name (any prefix), e.g. "id" finds r:id. */
export function attrLocal(el: XmlElement, local: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local) return v;
  return undefined;
}
