/** LibreOffice headless helpers for the integration tests: a private profile per run, recalculation on load. */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetDoc } from '../../core/sheetdoc/types';

/** Every folder these helpers make (profiles, outputs), removed when the test file that used them ends. */
const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};

export const SOFFICE =
  ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) =>
    existsSync(p),
  ) ?? 'soffice';

/** CSV export of every sheet: comma, double quote, UTF-8, raw values, formulas as results, all sheets. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

/** A fresh LibreOffice profile that recalculates .xlsx formulas on load (the default trusts cached results). */
export function loProfile(): string {
  const dir = tempDir('lo-');
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Converts `file` headless; returns the output directory and LibreOffice's console output. */
export function loConvert(file: string, to: 'csv' | 'pdf', profile: string): { outDir: string; log: string } {
  const outDir = tempDir('lo-out-');
  const log = execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to === 'csv' ? CSV_FILTER : 'pdf',
      '--outdir',
      outDir,
      file,
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return { outDir, log };
}

/** Minimal CSV reader for LibreOffice's output (quotes, doubled quotes). */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') q = false;
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Every sheet of a converted workbook as rows of text, by sheet name. */
export function sheetsAsCsv(outDir: string, stem: string): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const f of readdirSync(outDir)) {
    if (!f.startsWith(`${stem}-`) || !f.endsWith('.csv')) continue;
    out[f.slice(stem.length + 1, -4)] = parse(readFileSync(join(outDir, f), 'utf8'));
  }
  return out;
}

/** LibreOffice's CSV text of a number ("1234.5", "12.5%", "-3") as a number, or null. */
export function csvNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const t = text.replace(/,/g, '').trim();
  const pct = t.endsWith('%');
  const v = Number(pct ? t.slice(0, -1) : t);
  return Number.isFinite(v) ? (pct ? v / 100 : v) : null;
}

/**
 * Every numeric FormulaCell of the SheetDoc whose LibreOffice result differs from the value the
 * core computed (relative tolerance 1e-6), as readable lines.
 */
export function formulaMismatches(
  doc: SheetDoc,
  sheets: Record<string, string[][]>,
): { checked: number; wrong: string[] } {
  let checked = 0;
  const wrong: string[] = [];
  for (const tab of doc.tabs) {
    tab.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'object' || v === null || typeof v.value !== 'number') return;
        checked++;
        const got = csvNumber(sheets[tab.name]?.[r]?.[c]);
        const tol = Math.max(1e-6, Math.abs(v.value) * 1e-6);
        if (got === null || Math.abs(got - v.value) > tol)
          wrong.push(`${tab.name}!${r},${c} ${v.formula}: core ${v.value}, LibreOffice ${got}`);
      }),
    );
  }
  return { checked, wrong };
}
