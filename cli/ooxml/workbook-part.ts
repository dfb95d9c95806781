/**
 * xl/workbook.xml as a typed model: the tabs (name, id, relationship, visibility), the defined
 * names, the 1904 date system, the active and first tab, full recalculation on load. Everything
 * else in the part stays in the parsed tree and is written back as it was, whatever prefix the
 * writer gave the SpreadsheetML namespace ("x:workbook" from some generators).
 */
import {
  attrLocal,
  childNamed,
  childrenNamed,
  localName,
  ns,
  parseXml,
  renderXml,
  textContent,
} from './xml-tree';
import type { XmlDocument, XmlElement } from './xml-tree';

export const NS_MAIN = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];
export const NS_REL = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetRef {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  /** The formula text, e.g. 'Sales'!$A$1:$D$20. */
  value: string;
  /** Index of the tab the name is local to, or null for a workbook-wide name. */
  localSheetId: number | null;
  /** Other attributes (hidden, comment, function …), kept as written. */
  attrs: Record<string, string>;
}

export interface WorkbookPart {
  /** The parsed part: the elements the model does not cover are kept here. */
  doc: XmlDocument;
  sheets: SheetRef[];
  definedNames: DefinedName[];
  date1904: boolean;
  /** workbookView activeTab / firstSheet (0 when absent). */
  activeTab: number;
  firstSheet: number;
  fullCalcOnLoad: boolean;
}

/** Schema order of CT_Workbook's children, to insert an element the part did not have. */
const ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'absPath',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

/**
 * Parses workbook.xml.
 * @example parseWorkbook(xml).sheets.map((s) => s.name) // ['销售明细', '目标']
 */
export function parseWorkbook(xml: string): WorkbookPart {
  const doc = parseXml(xml);
  const root = doc.root;
  if (localName(root.name) !== 'workbook') throw new Error('xl/workbook.xml is not a workbook');
  const r = ns(root, NS_REL);
  const sheets = childrenNamed(childNamed(root, 'sheets') ?? root, 'sheet').map((s) => ({
    name: s.attrs.name ?? '',
    sheetId: Number(s.attrs.sheetId ?? 0),
    relId: (r !== null ? s.attrs[`${r}id`] : undefined) ?? attrLocal(s, 'id') ?? '',
    state: (s.attrs.state === 'hidden' || s.attrs.state === 'veryHidden'
      ? s.attrs.state
      : 'visible') as SheetState,
  }));
  const definedNames = childrenNamed(childNamed(root, 'definedNames') ?? root, 'definedName').map((d) => {
    const { name = '', localSheetId, ...attrs } = d.attrs;
    return {
      name,
      value: textContent(d),
      localSheetId: localSheetId === undefined ? null : Number(localSheetId),
      attrs,
    };
  });
  const view = childNamed(childNamed(root, 'bookViews') ?? root, 'workbookView');
  return {
    doc,
    sheets,
    definedNames,
    date1904: truthy(childNamed(root, 'workbookPr')?.attrs.date1904),
    activeTab: Number(view?.attrs.activeTab ?? 0),
    firstSheet: Number(view?.attrs.firstSheet ?? 0),
    fullCalcOnLoad: truthy(childNamed(root, 'calcPr')?.attrs.fullCalcOnLoad),
  };
}

/** Replaces the child with a local name (or inserts it in schema order); null removes it. */
function putChild(root: XmlElement, el: XmlElement | null, local: string): void {
  const at = root.children.findIndex((c) => 'name' in c && localName(c.name) === local);
  if (at >= 0) {
    if (el) root.children[at] = el;
    else root.children.splice(at, 1);
    return;
  }
  if (!el) return;
  const later = new Set(ORDER.slice(ORDER.indexOf(local) + 1));
  const next = root.children.findIndex((c) => 'name' in c && later.has(localName(c.name)));
  root.children.splice(next < 0 ? root.children.length : next, 0, el);
}

/** The relationships prefix, declared on the root when the part had none. */
function relPrefix(root: XmlElement): string {
  const found = ns(root, NS_REL);
  if (found !== null) return found;
  const p = root.attrs['xmlns:r'] === undefined ? 'r' : 'sr';
  root.attrs[`xmlns:${p}`] = NS_REL[0];
  return `${p}:`;
}

/**
 * Renders the model back into workbook.xml (the tree is copied; the model is not changed).
 * @example renderWorkbook({ ...wb, sheets: [...wb.sheets, added] })
 */
export function renderWorkbook(part: WorkbookPart): string {
  const root: XmlElement = structuredClone(part.doc.root);
  const m = ns(root, NS_MAIN) ?? '';
  const r = relPrefix(root);
  const el = (
    local: string,
    attrs: Record<string, string>,
    children: XmlElement['children'] = [],
  ): XmlElement => ({
    name: `${m}${local}`,
    attrs,
    children,
  });
  const oldSheets = childNamed(root, 'sheets');
  putChild(
    root,
    el(
      'sheets',
      oldSheets?.attrs ?? {},
      part.sheets.map((s) =>
        el('sheet', {
          name: s.name,
          sheetId: String(s.sheetId),
          ...(s.state !== 'visible' ? { state: s.state } : {}),
          [`${r}id`]: s.relId,
        }),
      ),
    ),
    'sheets',
  );
  putChild(
    root,
    part.definedNames.length === 0
      ? null
      : el(
          'definedNames',
          {},
          part.definedNames.map((d) =>
            el(
              'definedName',
              {
                name: d.name,
                ...(d.localSheetId !== null ? { localSheetId: String(d.localSheetId) } : {}),
                ...d.attrs,
              },
              [{ text: d.value }],
            ),
          ),
        ),
    'definedNames',
  );
  for (const v of childrenNamed(childNamed(root, 'bookViews') ?? el('bookViews', {}), 'workbookView')) {
    if (v.attrs.activeTab !== undefined || part.activeTab !== 0) v.attrs.activeTab = String(part.activeTab);
    if (v.attrs.firstSheet !== undefined || part.firstSheet !== 0)
      v.attrs.firstSheet = String(part.firstSheet);
  }
  const calc = childNamed(root, 'calcPr');
  if (part.fullCalcOnLoad) {
    if (calc) calc.attrs.fullCalcOnLoad = '1';
    else putChild(root, el('calcPr', { fullCalcOnLoad: '1' }), 'calcPr');
  } else if (calc) {
    delete calc.attrs.fullCalcOnLoad;
  }
  return renderXml({ declaration: part.doc.declaration, root });
}
