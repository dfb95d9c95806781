/**
 * Opens the input file (.xlsx or .csv/.tsv/.txt) and picks the sales sheet and the targets sheet.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { looksLikeSales } from '../core/table';
import type { CellValue } from '../core/table';
import type { ProgressEvent } from '../core/host';
import { readCsvFile, type CsvEncoding } from './read-csv';
import { readXlsxFile, type SheetGrid } from './read-xlsx';
import { readSheetjsFile } from './read-sheetjs';
import { sheetNameFromFile } from './write-output';
import type { CliMessage } from './messages';

export interface LoadedInput {
  /** xlsx: the package is the output's base; the others become a new workbook. */
  kind: 'xlsx' | 'csv' | 'xls' | 'ods';
  path: string;
  bytes: number;
  sheets: SheetGrid[];
  encoding: CsvEncoding | null;
}

export type LoadResult = { ok: true; input: LoadedInput } | ({ ok: false } & CliMessage);

const XLSX_EXT = new Set(['.xlsx', '.xlsm']);
/** Read through SheetJS: BIFF8/BIFF5 (old Excel, WPS) and OpenDocument. */
const SHEETJS_EXT = new Map<string, 'xls' | 'ods'>([
  ['.xls', 'xls'],
  ['.ods', 'ods'],
]);
const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);

/**
 * Reads every sheet of the input (a CSV is one sheet named after the file).
 * @example const r = await loadInput('sales.xlsx');
 */
export async function loadInput(path: string, onProgress?: (e: ProgressEvent) => void): Promise<LoadResult> {
  const ext = extname(path).toLowerCase();
  let bytes: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, code: 'INPUT_NOT_FOUND', params: { file: path } };
    bytes = s.size;
  } catch {
    return { ok: false, code: 'INPUT_NOT_FOUND', params: { file: path } };
  }
  try {
    if (XLSX_EXT.has(ext)) {
      return {
        ok: true,
        input: { kind: 'xlsx', path, bytes, sheets: await readXlsxFile(path, onProgress), encoding: null },
      };
    }
    const other = SHEETJS_EXT.get(ext);
    if (other) {
      return {
        ok: true,
        input: { kind: other, path, bytes, sheets: await readSheetjsFile(path, onProgress), encoding: null },
      };
    }
    if (CSV_EXT.has(ext)) {
      const csv = await readCsvFile(path, onProgress);
      return {
        ok: true,
        input: {
          kind: 'csv',
          path,
          bytes,
          sheets: [{ name: sheetNameFromFile(path), grid: csv.grid }],
          encoding: csv.encoding,
        },
      };
    }
  } catch (e) {
    return {
      ok: false,
      code: 'READ_FAILED',
      params: { file: path, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) },
    };
  }
  return { ok: false, code: 'UNSUPPORTED_INPUT', params: { file: path } };
}

/**
 * The sheet named `name` (exact, then case-insensitive), or null.
 * @example findSheet(sheets, '销售明细')
 */
export function findSheet(sheets: readonly SheetGrid[], name: string): SheetGrid | null {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase()) ??
    null
  );
}

/**
 * What --sheet asks for: nothing (detect: the best sheet and those with its header), one sheet
 * (exactly it), `a,b` (exactly these), or `all` (every sheet with the data set's header, hidden
 * ones too). A sheet whose own name holds a comma or is "all" is taken by that name first.
 * @example sheetChoice(sheets, '1月,2月') // { ok: true, choose: ['1月', '2月'], primary: '1月' }
 */
export function sheetChoice(
  sheets: readonly SheetGrid[],
  option: string | null,
): { ok: true; choose: string[] | 'all' | null; primary: string | null } | { ok: false; missing: string } {
  if (option === null) return { ok: true, choose: null, primary: null };
  const whole = findSheet(sheets, option);
  if (whole) return { ok: true, choose: [whole.name], primary: whole.name };
  if (option.trim().toLowerCase() === 'all') return { ok: true, choose: 'all', primary: null };
  const names: string[] = [];
  for (const part of option
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const s = findSheet(sheets, part);
    if (!s) return { ok: false, missing: part };
    if (!names.includes(s.name)) names.push(s.name);
  }
  if (names.length === 0) return { ok: false, missing: option };
  return { ok: true, choose: names, primary: names[0] };
}

/** Scores closer than this make the pick worth a warning. */
const AMBIGUOUS = 0.15;

/**
 * The visible sheet that looks most like sales data (first wins ties), and a close runner-up if any.
 * @example pickSalesSheet(sheets).sheet.name
 */
export function pickSalesSheet(sheets: readonly SheetGrid[]): { sheet: SheetGrid; rival: SheetGrid | null } {
  // A hidden sheet (lookup tables, old copies) is picked only when no visible sheet has data.
  const visible = sheets.filter((s) => !s.hidden && s.grid.length > 0);
  const scored = (visible.length > 0 ? visible : sheets).map((s, i) => ({
    s,
    i,
    score: looksLikeSales(s.grid as readonly (readonly CellValue[])[]),
  }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const [best, second] = scored;
  const rival = second && second.score > 0 && best.score - second.score < AMBIGUOUS ? second.s : null;
  return { sheet: best.s, rival };
}

const TARGET_SHEET = /^(目标|目標|targets?|指标|指標|预算|預算|budget|plan|计划目标|销售目标|銷售目標)/i;

/**
 * A sheet other than the sales sheet whose name says it holds targets (目标, Targets, 预算 …), or null.
 * @example pickTargetSheet(sheets, '销售明细')?.name // '目标'
 */
export function pickTargetSheet(sheets: readonly SheetGrid[], salesSheet: string): SheetGrid | null {
  return sheets.find((s) => s.name !== salesSheet && TARGET_SHEET.test(s.name.trim())) ?? null;
}
