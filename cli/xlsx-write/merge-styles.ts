/**
 * The review's styles into the user's styles.xml (appended: the user's indices keep their
 * meaning); a package without styles takes the review's part as it is.
 */
import { freeRelId } from '../ooxml';
import { setOverride } from '../ooxml/content-types-part';
import { mergeStyles, type StyleMaps } from '../ooxml/styles-part';
import { CT, REL, targetOf, type WorkbookEdit } from './workbook-edit';

const identity: StyleMaps = { xf: (i) => i, dxf: (i) => i };

/**
 * Merges `reviewStyles` into the package; returns where each review style index went.
 * @example const maps = mergeReviewStyles(edit, reviewStylesXml);
 */
export function mergeReviewStyles(edit: WorkbookEdit, reviewStyles: string): StyleMaps {
  const rel = edit.rels.rels.find((r) => r.type.endsWith('/styles'));
  const path = rel ? targetOf(edit, rel.id) : null;
  const base = path === null ? null : edit.pkg.text(path);
  if (path !== null && base !== null) {
    const merged = mergeStyles(base, reviewStyles);
    edit.pkg.set(path, merged.xml);
    return merged.maps;
  }
  const target = edit.pkg.freeName('xl', 'styles').replace(/styles1\.xml$/, 'styles.xml');
  edit.pkg.set(target, reviewStyles);
  edit.rels.rels = edit.rels.rels.filter((r) => r !== rel);
  edit.rels.rels.push({
    id: freeRelId(edit.rels, 'rIdSrStyles'),
    type: `${REL}/styles`,
    target: target.slice(3),
  });
  setOverride(edit.types, target, CT.styles);
  return identity;
}
