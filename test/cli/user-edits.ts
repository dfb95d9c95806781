/**
 * Types into the cells of an .xlsx as a spreadsheet program saves them: only the edited cells of
 * the sheet parts change, every other part (the hidden SalesReview.OwnedTabs name, styles, charts)
 * is kept as it was — as Excel, WPS and LibreOffice keep a workbook's defined names. (ExcelJS
 * drops a defined name whose value is a string constant, so it cannot stand in for the user here.)
 */
import { readFileSync } from 'node:fs';
import { openZip, writeZip } from '../../cli/zip';
import { childNamed, childrenNamed, parseXml, renderXml, type XmlElement } from '../../cli/ooxml';
import { workbookIndex } from '../../cli/xlsx-read/workbook-index';
import { OoxmlPackage } from '../../cli/xlsx-write/package';

/** One typed cell: text, a number (with the style of `styleLike`, e.g. a date-formatted cell), or a formula. */
export type CellEdit =
  | { ref: string; text: string }
  | { ref: string; number: number; styleLike?: string }
  | { ref: string; formula: string }
  /**
   * A formula filled down or across as Excel saves it (a shared formula): the first cell holds the
   * text and the range it covers, the others only the group's number.
   */
  | { ref: string; shared: { si: string; text?: string; range?: string } };

/** A1 reference of 1-based row and column. */
export function refOf(row: number, col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

const rowNo = (ref: string): number => Number(/\d+$/.exec(ref)?.[0] ?? 0);
const colNo = (ref: string): number => {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
};
const el = (
  name: string,
  attrs: Record<string, string>,
  children: XmlElement['children'] = [],
): XmlElement => ({
  name,
  attrs,
  children,
});

function cellOf(sheetData: XmlElement, ref: string): XmlElement {
  const r = rowNo(ref);
  let row = childrenNamed(sheetData, 'row').find((x) => Number(x.attrs.r) === r);
  if (!row) {
    row = el('row', { r: String(r) });
    const after = sheetData.children.findIndex(
      (x) => 'name' in x && x.name === 'row' && Number(x.attrs.r) > r,
    );
    sheetData.children.splice(after < 0 ? sheetData.children.length : after, 0, row);
  }
  let c = childrenNamed(row, 'c').find((x) => x.attrs.r === ref);
  if (!c) {
    c = el('c', { r: ref });
    const after = row.children.findIndex(
      (x) => 'name' in x && x.name === 'c' && colNo(x.attrs.r) > colNo(ref),
    );
    row.children.splice(after < 0 ? row.children.length : after, 0, c);
  }
  return c;
}

/**
 * Applies the edits to the named tabs and saves the file in place.
 * @example await typeInto('out.xlsx', { '复盘-问题与亮点': [{ ref: 'H8', text: '…' }] });
 */
export async function typeInto(path: string, edits: Record<string, CellEdit[]>): Promise<void> {
  const zip = openZip(readFileSync(path));
  const index = workbookIndex(zip);
  const pkg = OoxmlPackage.fromZip(zip);
  for (const [tab, list] of Object.entries(edits)) {
    const part = index.tabs.find((t) => t.ref.name === tab)?.path;
    if (!part) throw new Error(`no tab ${tab}`);
    const doc = parseXml(pkg.text(part) ?? '');
    const data = childNamed(doc.root, 'sheetData');
    if (!data) throw new Error(`no sheetData in ${tab}`);
    for (const e of list) {
      const c = cellOf(data, e.ref);
      const s = 'styleLike' in e && e.styleLike ? cellOf(data, e.styleLike).attrs.s : c.attrs.s;
      c.attrs = { r: e.ref, ...(s !== undefined ? { s } : {}) };
      if ('text' in e) {
        c.attrs.t = 'inlineStr';
        c.children = [el('is', {}, [el('t', {}, [{ text: e.text }])])];
      } else if ('number' in e) c.children = [el('v', {}, [{ text: String(e.number) }])];
      else if ('shared' in e) {
        const { si, text, range } = e.shared;
        c.attrs.t = 'str';
        const attrs = { t: 'shared', ...(range ? { ref: range } : {}), si };
        c.children = [el('f', attrs, text ? [{ text }] : [])];
      } else {
        c.attrs.t = 'str';
        c.children = [el('f', {}, [{ text: e.formula }])];
      }
    }
    pkg.set(part, renderXml(doc));
  }
  await writeZip(path, pkg.entries());
}
