/**
 * docProps/app.xml as a typed model: the heading pairs (a group name such as "Worksheets" or
 * "工作表" with a count) and the titles they count (the tab names, then named ranges …). The rest
 * of the part stays in the parsed tree.
 */
import { childNamed, childrenNamed, localName, ns, parseXml, renderXml, textContent } from './xml-tree';
import type { XmlDocument, XmlElement } from './xml-tree';

export interface AppPart {
  doc: XmlDocument;
  headingPairs: { name: string; count: number }[];
  titles: string[];
}

const NS_VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/**
 * Parses docProps/app.xml.
 * @example parseApp(xml).titles // ['销售明细', '目标']
 */
export function parseApp(xml: string): AppPart {
  const doc = parseXml(xml);
  const vector = (local: string): XmlElement | undefined => {
    const holder = childNamed(doc.root, local);
    return holder ? childNamed(holder, 'vector') : undefined;
  };
  const variants = childrenNamed(vector('HeadingPairs') ?? doc.root, 'variant').map((v) => {
    const inner = v.children.find((c): c is XmlElement => 'name' in c);
    return inner ? textContent(inner) : '';
  });
  const headingPairs: AppPart['headingPairs'] = [];
  for (let i = 0; i + 1 < variants.length; i += 2)
    headingPairs.push({ name: variants[i], count: Number(variants[i + 1]) || 0 });
  const titles = (vector('TitlesOfParts')?.children ?? [])
    .filter((c): c is XmlElement => 'name' in c && localName(c.name) === 'lpstr')
    .map(textContent);
  return { doc, headingPairs, titles };
}

/**
 * Renders app.xml from the model (the tree is copied).
 * @example renderApp({ ...app, titles: [...app.titles, '复盘-总览'] })
 */
export function renderApp(part: AppPart): string {
  const root: XmlElement = structuredClone(part.doc.root);
  const vt = ns(root, [NS_VT]) ?? 'vt:';
  if (ns(root, [NS_VT]) === null) root.attrs['xmlns:vt'] = NS_VT;
  const el = (name: string, attrs: Record<string, string>, children: XmlElement['children']): XmlElement => ({
    name,
    attrs,
    children,
  });
  const put = (local: string, vector: XmlElement): void => {
    const holder = childNamed(root, local);
    if (holder) holder.children = [vector];
  };
  put(
    'HeadingPairs',
    el(
      `${vt}vector`,
      { size: String(part.headingPairs.length * 2), baseType: 'variant' },
      part.headingPairs.flatMap((h) => [
        el(`${vt}variant`, {}, [el(`${vt}lpstr`, {}, [{ text: h.name }])]),
        el(`${vt}variant`, {}, [el(`${vt}i4`, {}, [{ text: String(h.count) }])]),
      ]),
    ),
  );
  put(
    'TitlesOfParts',
    el(
      `${vt}vector`,
      { size: String(part.titles.length), baseType: 'lpstr' },
      part.titles.map((t) => el(`${vt}lpstr`, {}, [{ text: t }])),
    ),
  );
  return renderXml({ declaration: part.doc.declaration, root });
}

/**
 * The model with the worksheet group's titles replaced: the group whose titles are exactly the
 * workbook's worksheet names before the change. Unchanged (null) when no group matches, since
 * the part is informational and a guess could mislabel another group.
 * @example withWorksheetTitles(app, ['明细'], ['明细', '复盘-总览'])
 */
export function withWorksheetTitles(
  part: AppPart,
  before: readonly string[],
  after: readonly string[],
): AppPart | null {
  let offset = 0;
  for (let g = 0; g < part.headingPairs.length; g++) {
    const { count } = part.headingPairs[g];
    const slice = part.titles.slice(offset, offset + count);
    if (count === before.length && slice.every((t, i) => t === before[i])) {
      return {
        ...part,
        headingPairs: part.headingPairs.map((h, i) => (i === g ? { ...h, count: after.length } : h)),
        titles: [...part.titles.slice(0, offset), ...after, ...part.titles.slice(offset + count)],
      };
    }
    offset += count;
  }
  return null;
}
