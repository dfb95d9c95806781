/**
 * A reviewed workbook gives back every part of the user's workbook unchanged: parts other than
 * the index parts keep their stored (compressed) bytes, and the index parts keep every element
 * and attribute the review does not own — on workbooks saved by Excel (pivot tables, a table, a
 * chart sheet), by LibreOffice, by ExcelJS (a defined name), and with an "x:"-prefixed workbook.xml.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeReviewWorkbook } from '../../../cli/write-output';
import { readXlsxFile } from '../../../cli/read-xlsx';
import { openZip, rawBytes, writeZip } from '../../../cli/zip';
import { parseContentTypes, parseRels, parseWorkbook, parseXml, renderXml } from '../../../cli/ooxml';
import type { XmlNode } from '../../../cli/ooxml';
import { OoxmlPackage } from '../../../cli/xlsx-write/package';
import { sampleDoc, userWorkbook } from '../helpers';
import { packageProblems } from '../../integration/package-check';

/** The sample review's tabs (the plan tab takes a suffix where a user tab has its name). */
const REVIEW_TABS = ['复盘-总览', expect.stringMatching(/^复盘-计划( \(2\))?$/)];
const dir = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'packages');
const REAL = join(__dirname, '..', '..', 'fixtures', 'real');
const INDEX_PARTS = new Set([
  '[content_types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docprops/app.xml',
  'xl/calcchain.xml',
]);

/** ExcelJS's workbook with a workbook-wide and a sheet-local defined name. */
async function namedWorkbook(path: string): Promise<void> {
  await userWorkbook(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.definedNames.add("'销售明细'!$C$3:$C$4", '销售额');
  wb.getWorksheet('销售明细')!.pageSetup.printArea = 'A1:C5';
  await wb.xlsx.writeFile(path);
}

/** The same workbook with workbook.xml's SpreadsheetML elements under an "x:" prefix. */
async function prefixedWorkbook(path: string): Promise<void> {
  const plain = join(dir, 'plain.xlsx');
  await userWorkbook(plain);
  const pkg = OoxmlPackage.fromZip(openZip(readFileSync(plain)));
  const doc = parseXml(pkg.text('xl/workbook.xml') ?? '');
  const prefix = (n: XmlNode): XmlNode =>
    'name' in n
      ? { ...n, name: n.name.includes(':') ? n.name : `x:${n.name}`, children: n.children.map(prefix) }
      : n;
  const root = prefix(doc.root) as typeof doc.root;
  root.attrs['xmlns:x'] = root.attrs.xmlns;
  delete root.attrs.xmlns;
  pkg.set('xl/workbook.xml', renderXml({ ...doc, root }));
  await writeZip(path, pkg.entries());
}

const cases: [string, (p: string) => Promise<string>][] = [
  ['Excel: two pivot tables, a table, a connection', async () => join(FIXTURES, 'excel-pivot-table.xlsx')],
  [
    'LibreOffice: the same pivot tables and table',
    async () => join(FIXTURES, 'libreoffice-pivot-table.xlsx'),
  ],
  ['Excel: a chart sheet and charts', async () => join(FIXTURES, 'excel-chart-sheet.xlsx')],
  ['ExcelJS: defined names', async (p) => (await namedWorkbook(p), p)],
  ['an x:-prefixed workbook.xml', async (p) => (await prefixedWorkbook(p), p)],
  // The real-sheet corpus (read only): saved by Excel (Microsoft's Financial Sample, pivot
  // summaries) and by WPS (KSOProductBuildVer; one with 15,672 formatted empty rows).
  ...readdirSync(REAL)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f): [string, (p: string) => Promise<string>] => [`real: ${f}`, async () => join(REAL, f)]),
];

describe.each(cases)('reviewing a workbook (%s)', (label, make) => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    input = await make(join(dir, `${label.replace(/\W+/g, '-')}-in.xlsx`));
    out = join(dir, `${label.replace(/\W+/g, '-')}-out.xlsx`);
    await writeReviewWorkbook({ kind: 'xlsx', path: input }, sampleDoc(), out);
  });

  it('copies every part but the index parts as stored, byte for byte', () => {
    const a = openZip(readFileSync(input));
    const b = openZip(readFileSync(out));
    const changed = a.entries
      .filter((e) => !INDEX_PARTS.has(e.name.toLowerCase()) && !e.name.endsWith('/'))
      .filter((e) => {
        const f = b.byName.get(e.name);
        return !f || f.crc32 !== e.crc32 || !rawBytes(b, f).equals(rawBytes(a, e));
      })
      .map((e) => e.name);
    expect(changed).toEqual([]);
  });

  it('keeps the tabs, names, pivot caches and everything else of workbook.xml', () => {
    const text = (p: string, name: string): string => {
      const z = openZip(readFileSync(p));
      return OoxmlPackage.fromZip(z).text(name) ?? '';
    };
    const before = parseWorkbook(text(input, 'xl/workbook.xml'));
    const after = parseWorkbook(text(out, 'xl/workbook.xml'));
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.slice(before.sheets.length).map((s) => s.name)).toEqual(REVIEW_TABS);
    expect(after.definedNames).toEqual(expect.arrayContaining(before.definedNames));
    expect(after.date1904).toBe(before.date1904);
    const others = (w: typeof before): unknown =>
      w.doc.root.children.filter(
        (c) => !('name' in c) || !/(^|:)(sheets|definedNames|calcPr|bookViews)$/.test(c.name),
      );
    expect(others(after)).toEqual(others(before));
    const relsBefore = parseRels(text(input, 'xl/_rels/workbook.xml.rels')).rels.filter(
      (r) => !r.type.endsWith('/calcChain'),
    );
    expect(parseRels(text(out, 'xl/_rels/workbook.xml.rels')).rels).toEqual(
      expect.arrayContaining(relsBefore),
    );
    const typesBefore = parseContentTypes(text(input, '[Content_Types].xml'));
    const typesAfter = parseContentTypes(text(out, '[Content_Types].xml'));
    expect(typesAfter.defaults).toEqual(typesBefore.defaults);
    expect(typesAfter.overrides).toEqual(
      expect.arrayContaining(typesBefore.overrides.filter((o) => !/calcChain/i.test(o.partName))),
    );
  });

  it('is a well-formed package', async () => {
    expect(await packageProblems(out)).toEqual([]);
  });

  it('reads back the user sheets as they were, with the review tabs after them', async () => {
    const before = await readXlsxFile(input);
    const after = await readXlsxFile(out);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((s) => s.name)).toEqual(REVIEW_TABS);
  });
});

describe('app.xml', () => {
  it('lists the review tabs among the worksheet titles', async () => {
    const out = join(dir, 'app-out.xlsx');
    await writeReviewWorkbook(
      { kind: 'xlsx', path: join(FIXTURES, 'excel-pivot-table.xlsx') },
      sampleDoc(),
      out,
    );
    const app = OoxmlPackage.fromZip(openZip(readFileSync(out))).text('docProps/app.xml') ?? '';
    expect(app).toContain('<vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>5</vt:i4>');
    expect(app).toContain(
      '<vt:lpstr>Tabelle3</vt:lpstr><vt:lpstr>复盘-总览</vt:lpstr><vt:lpstr>复盘-计划</vt:lpstr>',
    );
  });
});
