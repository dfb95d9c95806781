/**
 * The CLI's part of "notes survive a refresh": when the output workbook exists already, its owned
 * findings and plan tabs (listed in the hidden SalesReview.OwnedTabs name) are read as the user
 * left them — values, dates as Dates, formulas as typed — and carried into the new tabs by key
 * (core/sheetdoc/notes), before the file is replaced.
 */
import { readFile } from 'node:fs/promises';
import { previousTab, previousTabNames } from '../core/host';
import { carryNotes, type SheetDoc } from '../core/sheetdoc';
import type { CellValue } from '../core/table';
import { openZip, type ZipArchive } from './zip';
import { childNamed, childrenNamed, dateStyles, parseXml, textContent, type XmlElement } from './ooxml';
import { partEntry, partText, workbookIndex } from './xlsx-read/workbook-index';
import { scanEntry } from './xlsx-read/scan-entry';
import { SharedStringItems } from './xlsx-read/shared-strings';
import { SheetRows } from './xlsx-read/sheet-rows';
import { shiftFormula } from './xlsx-read/shift-formula';
import { ownedTabs } from './xlsx-write/owned-tabs';

/** 0-based [row, col] of an A1 reference such as "J12". */
function cellRef(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/**
 * Each formula cell's formula ("=…") of a sheet part: a review tab is small, so it is parsed whole.
 * A formula Excel shares over a range (t="shared") keeps its text on the first cell, the master;
 * each other cell of the range is the master's formula with its relative references moved by the
 * cell's offset from the master (ECMA-376 Part 1 §18.3.1.40; cli/xlsx-read/shift-formula.ts).
 * @example sheetFormulas('<worksheet><sheetData><row><c r="B2"><f>A1*2</f></c></row></sheetData></worksheet>')[1][1] // '=A1*2'
 */
export function sheetFormulas(xml: string): CellValue[][] {
  const out: CellValue[][] = [];
  const data = childNamed(parseXml(xml).root, 'sheetData');
  const cells: { at: [number, number]; f: XmlElement }[] = [];
  const masters = new Map<string, { text: string; at: [number, number] }>();
  for (const row of data ? childrenNamed(data, 'row') : [])
    for (const c of childrenNamed(row, 'c')) {
      const f: XmlElement | undefined = childNamed(c, 'f');
      const at = cellRef(c.attrs.r ?? '');
      if (!f || !at) continue;
      cells.push({ at, f });
      const si = f.attrs.si;
      const text = textContent(f);
      // the master is the cell that holds the text (and the ref of the range it covers)
      if (f.attrs.t === 'shared' && si !== undefined && text && !masters.has(si))
        masters.set(si, { text, at });
    }
  for (const { at, f } of cells) {
    let text = textContent(f);
    const master = f.attrs.t === 'shared' && !text ? masters.get(f.attrs.si ?? '') : undefined;
    if (master) text = shiftFormula(master.text, at[0] - master.at[0], at[1] - master.at[1]);
    if (!text) continue;
    (out[at[0]] ??= [])[at[1]] = `=${text}`;
  }
  return Array.from(out, (r) => r ?? []);
}

async function tabGrid(
  zip: ZipArchive,
  path: string,
  ctx: { sharedStrings: readonly string[]; dateStyles: Uint8Array; date1904: boolean },
): Promise<CellValue[][]> {
  const entry = partEntry(zip, path);
  return entry ? (await scanEntry(zip, entry, (p) => new SheetRows(p, ctx))).grid : [];
}

/**
 * The doc with the notes of the workbook at `out` carried in; the doc itself when there is no
 * such file or it has no owned tab with notes. A file that cannot be read as a workbook throws:
 * writing over it would lose the notes (the caller says so and writes nothing).
 * @example doc = await withFileNotes('examples/out/sales-review-2025.xlsx', doc);
 */
export async function withFileNotes(out: string, doc: SheetDoc): Promise<SheetDoc> {
  if (!doc.tabs.some((t) => t.notes)) return doc;
  let bytes: Buffer;
  try {
    bytes = await readFile(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return doc;
    throw e;
  }
  const zip = openZip(bytes);
  const index = workbookIndex(zip);
  const owned = new Set(ownedTabs(index.workbook));
  const wanted = doc.tabs.map((t) =>
    t.notes
      ? index.tabs.find((p) => owned.has(p.ref.name) && previousTabNames(t).includes(p.ref.name))
      : undefined,
  );
  if (wanted.every((p) => p?.path == null)) return doc;
  const stylesPath = index.partOfType('styles');
  const stylesXml = stylesPath === null ? null : partText(zip, stylesPath);
  const sstPath = index.partOfType('sharedStrings');
  const sstEntry = sstPath === null ? undefined : partEntry(zip, sstPath);
  const ctx = {
    sharedStrings: sstEntry ? (await scanEntry(zip, sstEntry, (p) => new SharedStringItems(p))).items : [],
    dateStyles: stylesXml === null ? new Uint8Array(0) : dateStyles(stylesXml),
    date1904: index.workbook.date1904,
  };
  const tabs = [];
  for (let i = 0; i < doc.tabs.length; i++) {
    const part = wanted[i];
    const path = part?.path;
    if (!part || !path) {
      tabs.push(doc.tabs[i]);
      continue;
    }
    const grid = await tabGrid(zip, path, ctx);
    const formulas = sheetFormulas(partText(zip, path) ?? '<worksheet/>');
    const read = { sheet: part.ref.name, address: 'A1', grid, formulas, date1904: ctx.date1904 };
    tabs.push(carryNotes(previousTab(read), doc.tabs[i]));
  }
  return { ...doc, tabs };
}
