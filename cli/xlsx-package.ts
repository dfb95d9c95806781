/**
 * Adds rendered review sheets to the user's .xlsx package at the zip level. The user's sheet
 * parts are copied byte for byte; only the workbook index parts (workbook.xml, its rels,
 * [Content_Types].xml, styles.xml append-only) change. Tabs written by an earlier run are listed in
 * a hidden defined name and replaced; a user tab with a clashing name is never touched (the new
 * tab takes a suffix).
 */
import JSZip from 'jszip';
import type { ChartSpec } from '../core/sheetdoc/types';
import { inlineSharedStrings, mergeStyles, remapSheetStyles, sharedStringItems } from './xlsx-styles';
import { chartXml, drawingXml, withDrawing } from './xlsx-charts';

/** Hidden workbook name listing the tabs Sales Review owns ("name|name|…"). */
export const OWNED_NAME = 'SalesReview.OwnedTabs';

const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL}/worksheet`;
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** What the added tabs need beyond their cells, by final tab name: charts and rows to repeat when printing. */
export interface TabExtras {
  tabs: ReadonlyMap<string, { charts: readonly ChartSpec[]; printTitleRows: number }>;
  /** Language of chart text. */
  lang: string;
}

/** The first unused numbered part name, e.g. xl/charts/chart3.xml. */
function freePart(zip: JSZip, dir: string, stem: string): string {
  for (let k = 1; ; k++) {
    const p = `${dir}/${stem}${k}.xml`;
    if (!zip.file(p)) return p;
  }
}

export interface SheetEntry {
  /** The full <sheet .../> element. */
  el: string;
  name: string;
  sheetId: number;
  rid: string;
}

const xmlUnescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The <sheet> entries of workbook.xml, in tab order. */
export function sheetsOf(workbookXml: string): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (const el of workbookXml.match(/<sheet\s[^>]*?\/>/g) ?? []) {
    const name = /\sname="([^"]*)"/.exec(el)?.[1] ?? '';
    const sheetId = Number(/\ssheetId="(\d+)"/.exec(el)?.[1] ?? 0);
    const rid = /\s[\w]+:id="([^"]*)"/.exec(el)?.[1] ?? '';
    out.push({ el, name: xmlUnescape(name), sheetId, rid });
  }
  return out;
}

/** The relationships of a .rels part. */
export function relsOf(relsXml: string): { el: string; id: string; target: string; type: string }[] {
  return (relsXml.match(/<Relationship\s[^>]*?\/>/g) ?? []).map((el) => ({
    el,
    id: /\sId="([^"]*)"/.exec(el)?.[1] ?? '',
    target: /\sTarget="([^"]*)"/.exec(el)?.[1] ?? '',
    type: /\sType="([^"]*)"/.exec(el)?.[1] ?? '',
  }));
}

/** Resolves a relationship target of xl/workbook.xml to a zip path. */
export function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/**
 * The tab names an earlier run recorded as owned.
 * @example ownedTabs(workbookXml) // ['复盘-总览', '复盘-季度']
 */
export function ownedTabs(workbookXml: string): string[] {
  const re = new RegExp(
    `<definedName\\s[^>]*name="${OWNED_NAME.replace('.', '\\.')}"[^>]*>([^<]*)</definedName>`,
  );
  const m = re.exec(workbookXml);
  if (!m) return [];
  const v = xmlUnescape(m[1]).replace(/^"|"$/g, '').replace(/""/g, '"');
  return v.length > 0 ? v.split('|') : [];
}

/**
 * A tab name not clashing (case-insensitively) with `taken`: "名称", then "名称 (2)" …, ≤ 31 chars.
 * @example uniqueName('Data', ['data']) // 'Data (2)'
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Resolves a relationship target relative to the part that holds the relationship. */
function relTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = [...fromPart.split('/').slice(0, -1), ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Removes a sheet part with the drawings and charts only it uses; returns the updated content types. */
async function removePartTree(zip: JSZip, path: string, ctXml: string): Promise<string> {
  let ct = ctXml;
  const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = zip.file(relsPath) ? relsOf(await text(zip, relsPath)) : [];
  for (const r of rels) {
    if (/\/(drawing|chart|chartUserShapes)$/.test(r.type) && !r.el.includes('TargetMode="External"')) {
      ct = await removePartTree(zip, relTarget(path, r.target), ct);
    }
  }
  zip.remove(path);
  zip.remove(relsPath);
  return ct.replace(
    new RegExp(`<Override\\s[^>]*PartName="/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`),
    '',
  );
}

/** Names the new tabs will get in `baseXlsx`: owned tabs are replaced, user tabs keep theirs. */
export async function plannedNames(base: JSZip, wanted: readonly string[]): Promise<string[]> {
  const wbXml = await text(base, 'xl/workbook.xml');
  const owned = new Set(ownedTabs(wbXml));
  const taken = sheetsOf(wbXml)
    .map((s) => s.name)
    .filter((n) => !owned.has(n));
  const out: string[] = [];
  for (const w of wanted) {
    const n = uniqueName(w, [...taken, ...out]);
    out.push(n);
  }
  return out;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`xlsx part missing: ${path}`);
  return f.async('string');
}

/**
 * Merges the review workbook (only review tabs, written by ExcelJS without shared strings) into
 * the base package; returns the base zip, modified in place.
 * @example await addReviewSheets(baseZip, reviewZip);
 */
export async function addReviewSheets(base: JSZip, review: JSZip, extras?: TabExtras): Promise<JSZip> {
  let wbXml = await text(base, 'xl/workbook.xml');
  let relsXml = await text(base, 'xl/_rels/workbook.xml.rels');
  let ctXml = await text(base, '[Content_Types].xml');
  const rels = relsOf(relsXml);
  const sheets = sheetsOf(wbXml);
  const owned = new Set(ownedTabs(wbXml));

  // 1. Remove the tabs an earlier run wrote; re-index sheet-local defined names.
  const keep = sheets.filter((s) => !owned.has(s.name));
  const removed = sheets.filter((s) => owned.has(s.name));
  for (const s of removed) {
    const rel = rels.find((r) => r.id === s.rid);
    wbXml = wbXml.replace(s.el, '');
    if (!rel) continue;
    relsXml = relsXml.replace(rel.el, '');
    ctXml = await removePartTree(base, partPath(rel.target), ctXml);
  }
  const newIndex = sheets.map((s) => keep.indexOf(s));
  wbXml = wbXml.replace(
    /<definedName\s[^>]*?localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g,
    (el, id: string) => {
      const ni = newIndex[Number(id)];
      return ni === undefined || ni < 0 ? '' : el.replace(/localSheetId="\d+"/, `localSheetId="${ni}"`);
    },
  );
  wbXml = wbXml.replace(
    /(<workbookView\s[^>]*?activeTab=")(\d+)(")/,
    (_m, a: string, n: string, b: string) => {
      const ni = newIndex[Number(n)];
      return `${a}${ni === undefined || ni < 0 ? 0 : ni}${b}`;
    },
  );
  wbXml = wbXml.replace(/(<workbookView\s[^>]*?firstSheet=")(\d+)(")/, '$10$3');

  // 2. Styles: append the review's styles to the user's.
  const reviewStyles = await text(review, 'xl/styles.xml');
  const baseStyles = base.file('xl/styles.xml') ? await text(base, 'xl/styles.xml') : null;
  let maps = { xf: (i: number) => i, dxf: (i: number) => i };
  if (baseStyles === null) {
    base.file('xl/styles.xml', reviewStyles);
    relsXml = relsXml.replace(
      '</Relationships>',
      `<Relationship Id="rIdSrStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    );
    ctXml = ctXml.replace(
      '</Types>',
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    );
  } else {
    const merged = mergeStyles(baseStyles, reviewStyles);
    base.file('xl/styles.xml', merged.xml);
    maps = merged.maps;
  }

  // 3. Add the review sheets.
  const rSheets = sheetsOf(await text(review, 'xl/workbook.xml'));
  const rRels = relsOf(await text(review, 'xl/_rels/workbook.xml.rels'));
  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId));
  const usedRids = new Set(relsOf(relsXml).map((r) => r.id));
  const sstRel = rRels.find((r) => r.type.endsWith('/sharedStrings'));
  const sst =
    sstRel && review.file(partPath(sstRel.target))
      ? sharedStringItems(await text(review, partPath(sstRel.target)))
      : [];
  let fileNo = 1;
  const addedEls: string[] = [];
  const names: string[] = [];
  for (const rs of rSheets) {
    const rel = rRels.find((r) => r.id === rs.rid);
    if (!rel) continue;
    const raw = await text(review, partPath(rel.target));
    let xml = inlineSharedStrings(remapSheetStyles(raw, maps), sst).replace(/\stabSelected="1"/g, '');
    while (base.file(`xl/worksheets/sheet${fileNo}.xml`)) fileNo++;
    const path = `xl/worksheets/sheet${fileNo}.xml`;
    const specs = extras?.tabs.get(rs.name)?.charts ?? [];
    if (specs.length > 0) {
      const drawing = freePart(base, 'xl/drawings', 'drawing');
      const drawingRels: string[] = [];
      for (let i = 0; i < specs.length; i++) {
        const chart = freePart(base, 'xl/charts', 'chart');
        base.file(chart, chartXml(specs[i], rs.name, extras?.lang ?? 'en'));
        ctXml = ctXml.replace(
          '</Types>',
          `<Override PartName="/${chart}" ContentType="${CHART_CT}"/></Types>`,
        );
        drawingRels.push(
          `<Relationship Id="rIdC${i + 1}" Type="${REL}/chart" Target="../charts/${chart.split('/').pop()}"/>`,
        );
      }
      base.file(drawing, drawingXml(specs));
      base.file(
        drawing.replace(/([^/]+)$/, '_rels/$1.rels'),
        `${RELS_HEAD}${drawingRels.join('')}</Relationships>`,
      );
      ctXml = ctXml.replace(
        '</Types>',
        `<Override PartName="/${drawing}" ContentType="${DRAWING_CT}"/></Types>`,
      );
      base.file(
        path.replace(/([^/]+)$/, '_rels/$1.rels'),
        `${RELS_HEAD}<Relationship Id="rIdDr1" Type="${REL}/drawing" Target="../drawings/${drawing.split('/').pop()}"/></Relationships>`,
      );
      xml = withDrawing(xml, 'rIdDr1');
    }
    base.file(path, xml);
    let k = 1;
    while (usedRids.has(`rIdSr${k}`)) k++;
    const rid = `rIdSr${k}`;
    usedRids.add(rid);
    sheetId++;
    relsXml = relsXml.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${fileNo}.xml"/></Relationships>`,
    );
    ctXml = ctXml.replace(
      '</Types>',
      `<Override PartName="/${path}" ContentType="${WORKSHEET_CT}"/></Types>`,
    );
    addedEls.push(`<sheet name="${xmlEscape(rs.name)}" sheetId="${sheetId}" r:id="${rid}"/>`);
    names.push(rs.name);
  }
  wbXml = wbXml.replace('</sheets>', `${addedEls.join('')}</sheets>`);
  const printTitles = names
    .map((n, i) => ({ n, i: keep.length + i, rows: extras?.tabs.get(n)?.printTitleRows ?? 0 }))
    .filter((t) => t.rows > 0)
    .map(
      (t) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${t.i}">${xmlEscape(`'${t.n.replace(/'/g, "''")}'!$1:$${t.rows}`)}</definedName>`,
    )
    .join('');
  if (!/xmlns:r="/.test(wbXml)) {
    wbXml = wbXml.replace(
      '<workbook ',
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );
  }

  // 4. Record the owned tabs (hidden defined name).
  wbXml = wbXml.replace(
    new RegExp(`<definedName\\s[^>]*name="${OWNED_NAME.replace('.', '\\.')}"[^>]*>[^<]*</definedName>`),
    '',
  );
  const ownedEl = `${printTitles}<definedName name="${OWNED_NAME}" hidden="1">${xmlEscape(`"${names.join('|').replace(/"/g, '""')}"`)}</definedName>`;
  if (/<definedNames\s*\/>/.test(wbXml))
    wbXml = wbXml.replace(/<definedNames\s*\/>/, `<definedNames>${ownedEl}</definedNames>`);
  else if (wbXml.includes('</definedNames>'))
    wbXml = wbXml.replace('</definedNames>', `${ownedEl}</definedNames>`);
  else {
    const anchor = wbXml.includes('</externalReferences>') ? '</externalReferences>' : '</sheets>';
    wbXml = wbXml.replace(anchor, `${anchor}<definedNames>${ownedEl}</definedNames>`);
  }
  wbXml = wbXml.replace(/<definedNames>\s*<\/definedNames>/, '');

  // 5. Recalculate on open; drop the calc chain (it may name removed cells; Excel rebuilds it).
  if (/<calcPr\b/.test(wbXml)) {
    wbXml = wbXml.replace(
      /<calcPr\b([^>]*?)(\/?)>/,
      (_m, a: string, slash: string) =>
        `<calcPr${a.replace(/\sfullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${slash}>`,
    );
  } else {
    wbXml = wbXml.replace('</definedNames>', '</definedNames><calcPr fullCalcOnLoad="1"/>');
  }
  const chain = relsOf(relsXml).find((r) => r.type.endsWith('/calcChain'));
  if (chain) {
    relsXml = relsXml.replace(chain.el, '');
    base.remove(partPath(chain.target));
    ctXml = ctXml.replace(/<Override\s[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, '');
  }

  base.file('xl/workbook.xml', wbXml);
  base.file('xl/_rels/workbook.xml.rels', relsXml);
  base.file('[Content_Types].xml', ctXml);
  return base;
}
