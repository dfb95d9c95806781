/**
 * A relationships part (`_rels/*.rels`): parse → typed list → render. Targets are resolved against
 * the part that owns the relationships (OPC part names, "/" absolute or relative with "..").
 */
import { childrenNamed, parseXml, renderXml } from './xml-tree';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** "External" for links outside the package (their target is a URL, not a part). */
  targetMode?: string;
}

export interface RelsPart {
  rels: Relationship[];
}

const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * Parses a .rels part.
 * @example parseRels('<Relationships><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships>').rels[0].id // 'rId1'
 */
export function parseRels(xml: string): RelsPart {
  const { root } = parseXml(xml);
  return {
    rels: childrenNamed(root, 'Relationship').map((r) => ({
      id: r.attrs.Id ?? '',
      type: r.attrs.Type ?? '',
      target: r.attrs.Target ?? '',
      ...(r.attrs.TargetMode ? { targetMode: r.attrs.TargetMode } : {}),
    })),
  };
}

/**
 * Renders a .rels part.
 * @example renderRels({ rels: [] }).includes('<Relationships') // true
 */
export function renderRels(part: RelsPart): string {
  return renderXml({
    declaration: { version: '1.0', encoding: 'UTF-8', standalone: 'yes' },
    root: {
      name: 'Relationships',
      attrs: { xmlns: NS_PKG_RELS },
      children: part.rels.map((r) => ({
        name: 'Relationship',
        attrs: {
          Id: r.id,
          Type: r.type,
          Target: r.target,
          ...(r.targetMode ? { TargetMode: r.targetMode } : {}),
        },
        children: [],
      })),
    },
  });
}

/**
 * The .rels part name of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels.
 * @example relsPathOf('xl/worksheets/sheet1.xml') // 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target segment is a URI: %20 and the like name the part's characters (malformed escapes kept). */
function decodeSegment(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/**
 * The zip path a relationship target of `fromPart` points to ("/xl/x.xml" absolute, else relative).
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(fromPart: string, target: string): string {
  const parts = target.startsWith('/')
    ? target.slice(1).split('/')
    : [...fromPart.split('/').slice(0, -1), ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.map(decodeSegment).join('/');
}

/**
 * A free relationship id with a stem ("rIdSr1", "rIdSr2" …).
 * @example freeRelId({ rels: [{ id: 'rIdSr1', type: '', target: '' }] }, 'rIdSr') // 'rIdSr2'
 */
export function freeRelId(part: RelsPart, stem: string): string {
  const used = new Set(part.rels.map((r) => r.id));
  for (let k = 1; ; k++) if (!used.has(`${stem}${k}`)) return `${stem}${k}`;
}
