/** [Content_Types].xml as a typed model: extension defaults and per-part overrides. */
import { childrenNamed, parseXml, renderXml } from './xml-tree';

export interface ContentTypesPart {
  defaults: { extension: string; contentType: string }[];
  overrides: { partName: string; contentType: string }[];
}

const NS_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

/**
 * Parses [Content_Types].xml.
 * @example parseContentTypes(xml).overrides.find((o) => o.partName === '/xl/workbook.xml')
 */
export function parseContentTypes(xml: string): ContentTypesPart {
  const { root } = parseXml(xml);
  return {
    defaults: childrenNamed(root, 'Default').map((d) => ({
      extension: d.attrs.Extension ?? '',
      contentType: d.attrs.ContentType ?? '',
    })),
    overrides: childrenNamed(root, 'Override').map((o) => ({
      partName: o.attrs.PartName ?? '',
      contentType: o.attrs.ContentType ?? '',
    })),
  };
}

/**
 * Renders [Content_Types].xml.
 * @example renderContentTypes({ defaults: [], overrides: [] })
 */
export function renderContentTypes(part: ContentTypesPart): string {
  return renderXml({
    declaration: { version: '1.0', encoding: 'UTF-8', standalone: 'yes' },
    root: {
      name: 'Types',
      attrs: { xmlns: NS_CT },
      children: [
        ...part.defaults.map((d) => ({
          name: 'Default',
          attrs: { Extension: d.extension, ContentType: d.contentType },
          children: [],
        })),
        ...part.overrides.map((o) => ({
          name: 'Override',
          attrs: { PartName: o.partName, ContentType: o.contentType },
          children: [],
        })),
      ],
    },
  });
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Sets the content type of a part (zip path without the leading slash), replacing any override.
 * @example setOverride(ct, 'xl/worksheets/sheet3.xml', WORKSHEET_CT)
 */
export function setOverride(part: ContentTypesPart, path: string, contentType: string): void {
  removeOverride(part, path);
  part.overrides.push({ partName: `/${path}`, contentType });
}

/** Drops the override of a part, if any. */
export function removeOverride(part: ContentTypesPart, path: string): void {
  part.overrides = part.overrides.filter((o) => !same(o.partName, `/${path}`));
}

/** Makes sure an extension has a default content type (e.g. rels, xml). */
export function ensureDefault(part: ContentTypesPart, extension: string, contentType: string): void {
  if (!part.defaults.some((d) => same(d.extension, extension)))
    part.defaults.push({ extension, contentType });
}
