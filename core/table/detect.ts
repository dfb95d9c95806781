/**
 * The first half of ingest: where the header is, which rows are data, and what each column means
 * (headers + a sample of rows, never every row). Ingest reads the rows with it; an engine that
 * reads rows elsewhere (DuckDB, a warehouse) calls it on the rows it fetched for the sample.
 */
import { CATALOGUE, fillParams, type CoreCatalogue, type Lang, type ParamsOf } from '../i18n';
import { detectHeaderRow } from './header';
import { isBlank } from './normalize';
import { detectRoles } from './roles';
import { roleLabel } from './role-labels';
import { sampleRows } from './sample';
import type { CellValue, ColumnMapping, Grid, IngestErrorCode, IngestOptions, IngestResult } from './types';
import { MONEY_ROLES, UNIT_CHOICES, UNIT_CHOICE_SCALE } from './types';

/** What detection found: the header row, the data rows' range, the sample read and the mapping. */
export interface Detected {
  ok: true;
  /** 0-based grid index of the header row. */
  headerRow: number;
  /** Grid index of the first data row (headerRow + 1). */
  start: number;
  /** Grid index after the last non-blank row. */
  end: number;
  /** Columns seen in the header and the sample. */
  width: number;
  headers: string[];
  sample: (readonly CellValue[])[];
  mapping: ColumnMapping;
}

/** An ingest failure, coded and in the user's language. */
export type IngestFailure = Extract<IngestResult, { ok: false }>;

/**
 * A coded ingest failure with its localized message.
 * @example fail('NO_HEADER', 'en', {}).code // 'NO_HEADER'
 */
export function fail<C extends IngestErrorCode>(
  code: C,
  lang: Lang,
  params: ParamsOf<CoreCatalogue, C>,
  mapping?: ColumnMapping,
): IngestFailure {
  const r: IngestFailure = { ok: false, code, message: fillParams(CATALOGUE[code][lang], params) };
  if (mapping) r.mapping = mapping;
  if (Object.keys(params).length > 0) r.params = params;
  return r;
}

/**
 * Whether a grid row is blank (no cell, or only empty text).
 * @example rowIsBlank([null, ' ']) // true
 */
export function rowIsBlank(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // inline: the first cell of a data row is nearly always a plain non-blank value
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

/**
 * Finds the header row, the data rows and the column mapping (headers + a sample of rows). A
 * sparse grid (only the first 30 rows and the rows the sample takes) needs `end`, the index after
 * its last non-blank row; a full grid's trailing blank rows are found here.
 * @example detectColumns([['日期', '销售额'], ['2025-01-05', 100]]).ok // true
 */
export function detectColumns(
  grid: Grid,
  options: IngestOptions = {},
  known: { end?: number } = {},
): Detected | IngestFailure {
  const lang: Lang = options.lang ?? 'zh-CN';
  const offset = options.sheetRowOffset ?? 1;
  if (!Array.isArray(grid)) return fail('EMPTY_SHEET', lang, {});
  let end = known.end ?? grid.length;
  // trailing blank rows are the used range's slack
  if (known.end === undefined) while (end > 0 && rowIsBlank(grid[end - 1])) end--;
  if (end === 0) return fail('EMPTY_SHEET', lang, {});

  const headerRow = detectHeaderRow(grid);
  if (headerRow < 0) return fail('NO_HEADER', lang, {});
  const headerCells = grid[headerRow] ?? [];
  const start = headerRow + 1;
  const n = Math.max(0, end - start);
  // Width from the header and the sample; a longer row further down is found by the scan below
  // (reading every row's length here would touch a million row objects once more).
  const sample = sampleRows(grid, start, end);
  let width = headerCells.length;
  for (const row of sample) if (row.length > width) width = row.length;
  const headers = Array.from({ length: width }, (_, c) =>
    isBlank(headerCells[c]) ? '' : String(headerCells[c]),
  );
  const detected = detectRoles(headers, sample, options.overrides ?? {});
  applyUnitChoices(detected.roles, options.units);
  const mapping: ColumnMapping = {
    headerRow,
    roles: detected.roles,
    extraDimensions: detected.extraDimensions,
    headers,
  };
  if (detected.bad.length > 0) {
    const b = detected.bad[0];
    return fail('BAD_MAPPING', lang, { role: roleLabel(b.role, lang), header: b.header }, mapping);
  }
  const roles = detected.roles;
  if (!roles.amount) return fail('NO_AMOUNT_COLUMN', lang, {}, mapping);
  if (!roles.date && !roles.period) return fail('NO_DATE_COLUMN', lang, {}, mapping);
  let nonBlank = 0;
  for (let i = 0; i < n && nonBlank === 0; i++) if (!rowIsBlank(grid[start + i])) nonBlank++;
  if (nonBlank === 0) return fail('NO_DATA_ROWS', lang, { row: offset + headerRow }, mapping);

  return { ok: true, headerRow, start, end, width, headers, sample, mapping };
}

/** The user's unit choices replace the scale read from the header (the header's currency stays). */
function applyUnitChoices(roles: ColumnMapping['roles'], units: IngestOptions['units']): void {
  if (!units) return;
  for (const role of MONEY_ROLES) {
    const choice = units[role];
    const d = roles[role];
    if (!choice || !d || !(UNIT_CHOICES as readonly string[]).includes(choice)) continue;
    const currency = d.unit?.currency ?? null;
    roles[role] = {
      ...d,
      unit: { scale: UNIT_CHOICE_SCALE[choice], currency, source: choice, origin: 'user' },
    };
  }
}
