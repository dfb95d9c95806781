/**
 * The demo review rendered through each translation of the render plan — Excel (Microsoft's client
 * library against the local request server), Google Sheets (the Apps Script fake), the xlsx file
 * (ExcelJS) and the browser demo (HTML) — and read back cell by cell: every one shows the same
 * fonts (bold, italic, size, colour), the same horizontal border lines and the same column widths,
 * the ones the plan says. (Sheets keeps its own font family: the plan's DengXian / Calibri are not
 * Sheets fonts; the other three name the plan's.)
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../cli/read-xlsx';
import { renderSheetDoc } from '../../cli/render-xlsx';
import { runReview } from '../../core/pipeline';
import { ReviewSettingsSchema } from '../../core/settings/schema';
import { columnPx, planDoc, type SheetDoc, type TabPlan } from '../../core/sheetdoc';
import type { Grid } from '../../core/table/types';
import { ExcelHost } from '../../excel-addin/host';
import { renderTab as renderHtml } from '../../examples/browser-host/render-doc';
import { renderTab as renderSheets } from '../../sheets-addon/server/render-tab';
import { FakeExcel, type FakeSheet } from '../excel-addin/fake-excel';
import { realExcelRun } from '../excel-addin/office-js/load-office-js';
import { WireServer } from '../excel-addin/office-js/wire-server';
import { officeFake } from '../excel-addin/office-fake';
import { createFakeGas } from '../sheets-addon/fake-spreadsheet-app';

/** What is compared: per cell "r,c" its font; the horizontal lines as "r,c" (a line above row r); widths in px. */
interface Looks {
  fonts: Map<string, string>;
  lines: Set<string>;
  widths: Map<number, number>;
  fontName?: string;
}

const fontKey = (bold: boolean, italic: boolean, size: number, color: string | null) =>
  `${bold ? 'b' : '-'}${italic ? 'i' : '-'} ${size} ${color && color.toUpperCase() !== '#000000' ? color.toUpperCase() : 'auto'}`;

function looks(_p: TabPlan): Looks {
  return { fonts: new Map(), lines: new Set(), widths: new Map() };
}

/** The plan's own answer. */
function fromPlan(p: TabPlan): Looks {
  const out = looks(p);
  for (let r = 0; r < p.rows; r++)
    for (let c = 0; c < p.cols; c++) out.fonts.set(`${r},${c}`, fontKey(false, false, p.fontSize, null));
  for (const run of p.runs.fonts)
    for (let r = run.range.r0; r <= run.range.r1; r++)
      for (let c = run.range.c0; c <= run.range.c1; c++)
        out.fonts.set(`${r},${c}`, fontKey(run.look.bold, run.look.italic, run.look.size, run.look.color));
  for (const run of p.runs.borders)
    for (let r = run.range.r0; r <= run.range.r1; r++)
      for (let c = run.range.c0; c <= run.range.c1; c++) {
        if (run.look.top) out.lines.add(`${r},${c}`);
        if (run.look.bottom) out.lines.add(`${r + 1},${c}`);
      }
  p.widths.forEach((w, c) => w && out.widths.set(c, w.px));
  out.fontName = p.fontName;
  return out;
}

/** Excel, from the calls the real client library sent (the server logs them per sheet). */
function fromExcel(p: TabPlan, sheet: FakeSheet): Looks {
  const out = looks(p);
  const parse = (a1: string) => {
    const [, c0, r0, c1, r1] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1) ?? [];
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { r0: +r0 - 1, c0: col(c0), r1: +r1 - 1, c1: col(c1) };
  };
  const state = new Map<string, { b: boolean; i: boolean; s: number; color: string | null }>();
  const cellsOf = (a1: string, f: (r: number, c: number, box: ReturnType<typeof parse>) => void) => {
    const box = parse(a1);
    for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) f(r, c, box);
  };
  for (const line of sheet.log) {
    const font = /^([A-Z]+\d+:[A-Z]+\d+)\.format\.font\.(bold|italic|size|color|name) = (.+)$/.exec(line);
    if (font) {
      const value = JSON.parse(font[3]) as string | number | boolean;
      if (font[2] === 'name') {
        out.fontName = String(value);
        continue;
      }
      cellsOf(font[1], (r, c) => {
        const s = state.get(`${r},${c}`) ?? { b: false, i: false, s: 11, color: null };
        if (font[2] === 'bold') s.b = value === true;
        if (font[2] === 'italic') s.i = value === true;
        if (font[2] === 'size') s.s = Number(value);
        if (font[2] === 'color') s.color = String(value);
        state.set(`${r},${c}`, s);
      });
    }
    const edge =
      /^([A-Z]+\d+:[A-Z]+\d+)\.format\.borders\.getItem\("(EdgeTop|EdgeBottom|InsideHorizontal)"\)\.style = "Continuous"$/.exec(
        line,
      );
    if (edge)
      cellsOf(edge[1], (r, c, box) => {
        if (edge[2] === 'EdgeTop' && r === box.r0) out.lines.add(`${r},${c}`);
        if (edge[2] === 'EdgeBottom' && r === box.r1) out.lines.add(`${r + 1},${c}`);
        if (edge[2] === 'InsideHorizontal' && r > box.r0) out.lines.add(`${r},${c}`);
      });
    const width = /^([A-Z]+\d+:[A-Z]+\d+)\.format\.columnWidth = (.+)$/.exec(line);
    if (width) cellsOf(width[1], (_r, c) => out.widths.set(c, Math.round(Number(width[2]) / 0.75)));
  }
  for (let r = 0; r < p.rows; r++)
    for (let c = 0; c < p.cols; c++) {
      const s = state.get(`${r},${c}`) ?? { b: false, i: false, s: 11, color: null };
      out.fonts.set(`${r},${c}`, fontKey(s.b, s.i, s.s, s.color));
    }
  return out;
}

/** Google Sheets, from the fake's cells. */
function fromSheets(p: TabPlan, tab: SheetDoc['tabs'][number], lang: SheetDoc['lang']): Looks {
  const gas = createFakeGas();
  const sheet = gas.ss.addSheet('out');
  renderSheets(gas.env, sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, tab, lang);
  const out = looks(p);
  for (let r = 0; r < p.rows; r++)
    for (let c = 0; c < p.cols; c++) {
      const cell = sheet.cell(r + 1, c + 1);
      out.fonts.set(
        `${r},${c}`,
        fontKey(cell.fontWeight === 'bold', cell.fontStyle === 'italic', cell.fontSize, cell.fontColor),
      );
      if (cell.borderTop) out.lines.add(`${r},${c}`);
      if (cell.borderBottom) out.lines.add(`${r + 1},${c}`);
    }
  for (const [col, px] of sheet.columnWidths) out.widths.set(col - 1, px);
  return out;
}

/** The xlsx file, from ExcelJS's cells. */
function fromXlsx(p: TabPlan, ws: ExcelJS.Worksheet): Looks {
  const out = looks(p);
  const hex = (argb?: string) => (argb ? `#${argb.slice(2)}` : null);
  for (let r = 0; r < p.rows; r++)
    for (let c = 0; c < p.cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const f = cell.font ?? {};
      out.fonts.set(`${r},${c}`, fontKey(!!f.bold, !!f.italic, f.size ?? 11, hex(f.color?.argb)));
      if (f.name) out.fontName = f.name;
      if (cell.border?.top) out.lines.add(`${r},${c}`);
      if (cell.border?.bottom) out.lines.add(`${r + 1},${c}`);
    }
  for (let c = 0; c < p.cols; c++) {
    const w = ws.getColumn(c + 1).width;
    if (w) out.widths.set(c, columnPx(w));
  }
  return out;
}

/** A document just rich enough for render-doc.ts: elements with style, attributes and children. */
function fakeDocument() {
  interface El {
    tag: string;
    children: El[];
    style: Record<string, string>;
    attrs: Record<string, string>;
    dataset: Record<string, string>;
    className: string;
    textContent: string;
    rowSpan: number;
    colSpan: number;
    title: string;
    append(...c: El[]): void;
    setAttribute(k: string, v: string): void;
  }
  const createElement = (tag: string): El => {
    const el: El = {
      tag,
      children: [],
      style: {},
      attrs: {},
      dataset: {},
      className: '',
      textContent: '',
      rowSpan: 1,
      colSpan: 1,
      title: '',
      append: (...c) => void el.children.push(...c),
      setAttribute: (k, v) => void (el.attrs[k] = v),
    };
    return el;
  };
  return { createElement } as unknown as Document;
}

/** The browser demo, from the table's cells (merged cells skipped as the table skips them). */
function fromHtml(p: TabPlan, tab: SheetDoc['tabs'][number], lang: SheetDoc['lang']): Looks {
  type El = {
    tag: string;
    children: El[];
    style: Record<string, string>;
    attrs: Record<string, string>;
    rowSpan: number;
    colSpan: number;
  };
  const table = renderHtml(tab, lang, fakeDocument()) as unknown as El & { style: { fontFamily?: string } };
  const out = looks(p);
  out.fontName = /"([^"]+)"/.exec(table.style.fontFamily ?? '')?.[1];
  const [colgroup, tbody] = table.children;
  colgroup.children.forEach((col, c) => {
    if (p.widths[c]) out.widths.set(c, parseInt(col.style.width, 10));
  });
  const covered = new Set<string>();
  tbody.children.forEach((tr, r) => {
    let c = 0;
    for (const td of tr.children) {
      while (covered.has(`${r},${c}`)) c++;
      for (let dr = 0; dr < td.rowSpan; dr++)
        for (let dc = 0; dc < td.colSpan; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
      const css = Object.fromEntries(
        (td.attrs.style ?? '')
          .split(';')
          .filter(Boolean)
          .map((d) => d.split(/:(.*)/).slice(0, 2) as [string, string]),
      );
      const size = Math.round((parseInt(css['font-size'] ?? '15', 10) * 3) / 4);
      out.fonts.set(
        `${r},${c}`,
        fontKey(css['font-weight'] === '600', css['font-style'] === 'italic', size, css.color ?? null),
      );
      // a merged cell draws its border across every column it spans
      for (let dc = 0; dc < td.colSpan; dc++) {
        if (css['border-top']) out.lines.add(`${r},${c + dc}`);
        if (css['border-bottom']) out.lines.add(`${r + td.rowSpan},${c + dc}`);
      }
      c++;
    }
  });
  return out;
}

describe('the demo review through every renderer', () => {
  let doc: SheetDoc;
  let plans: TabPlan[];
  let excel: FakeExcel;
  let xlsx: ExcelJS.Workbook;

  beforeAll(async () => {
    const sheets = await readXlsxFile(join(__dirname, '..', '..', 'examples', 'sales-2025.xlsx'));
    const settings = ReviewSettingsSchema.parse({
      language: 'zh-CN',
      targets: { kind: 'sheet', sheet: '目标' },
    });
    const review = runReview(sheets[0].grid as Grid, settings, {
      sheet: sheets[0].name,
      targetGrid: sheets[1].grid as Grid,
    });
    if (!review.ok) throw new Error(review.message);
    doc = review.doc;
    plans = planDoc(doc);
    excel = new FakeExcel(['Data']);
    const server = new WireServer(excel);
    const written = await new ExcelHost({
      run: realExcelRun(server.handle),
      office: officeFake().office,
    }).writeSheetDoc(doc);
    if (!written.ok) throw new Error(written.message);
    xlsx = renderSheetDoc(
      doc,
      doc.tabs.map((t) => t.name),
    );
  }, 60_000);

  it('has eight tabs, none of which the plan had to repair', () => {
    expect(plans.map((p) => p.repairs)).toEqual(plans.map(() => []));
    expect(plans).toHaveLength(8);
  });

  it.each(['Excel', 'Google Sheets', 'xlsx file', 'browser demo'] as const)(
    '%s shows every cell in the plan’s font, the plan’s border lines and column widths',
    (renderer) => {
      for (let i = 0; i < plans.length; i++) {
        const p = plans[i];
        const tab = doc.tabs[i];
        const got =
          renderer === 'Excel'
            ? fromExcel(p, excel.sheet(tab.name)!)
            : renderer === 'Google Sheets'
              ? fromSheets(p, tab, doc.lang)
              : renderer === 'xlsx file'
                ? fromXlsx(p, xlsx.getWorksheet(tab.name)!)
                : fromHtml(p, tab, doc.lang);
        const want = fromPlan(p);
        // the browser also evaluates the conditional formats (the others hand Excel/Sheets the rules)
        const ruled = (k: string) => renderer === 'browser demo' && inConditionalFormat(p, k);
        const diff = [...want.fonts].filter(
          ([k, v]) => got.fonts.get(k) !== v && !hiddenByMerge(p, k) && !ruled(k),
        );
        expect({
          tab: p.key,
          fonts: diff.slice(0, 3).map(([k, v]) => `${k}: ${v} ≠ ${got.fonts.get(k)}`),
        }).toEqual({
          tab: p.key,
          fonts: [],
        });
        expect({ tab: p.key, lines: [...got.lines].sort() }).toEqual({
          tab: p.key,
          lines: [...want.lines].sort(),
        });
        expect({ tab: p.key, widths: [...got.widths].sort((a, b) => a[0] - b[0]) }).toEqual({
          tab: p.key,
          widths: [...want.widths].sort((a, b) => a[0] - b[0]),
        });
        if (renderer !== 'Google Sheets') expect(got.fontName).toBe(want.fontName);
      }
    },
  );
});

/** A cell covered by a merge shows nothing of its own (the browser does not draw it at all). */
function hiddenByMerge(p: TabPlan, key: string): boolean {
  const [r, c] = key.split(',').map(Number);
  return p.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && (r !== m.r0 || c !== m.c0));
}

/** A cell a conditional format covers. */
function inConditionalFormat(p: TabPlan, key: string): boolean {
  const [r, c] = key.split(',').map(Number);
  return p.conditionalFormats.some(
    (f) => r >= f.range.r0 && r <= f.range.r1 && c >= f.range.c0 && c <= f.range.c1,
  );
}
