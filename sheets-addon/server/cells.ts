/**
 * Cell values crossing from Sheets into the core (and over google.script.run): Dates become
 * serial numbers of their wall-clock time in the spreadsheet's time zone, exactly what Excel hands
 * the core, so both hosts feed it the same values and only plain data crosses the bridge.
 */
import type { CellValue } from '../../core/table';

const EPOCH_1899 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Converts a Date to a spreadsheet serial number. */
export type DateToSerial = (d: Date) => number;

/**
 * True for Date objects, also those made in another realm (Apps Script hands us its own Dates).
 * @example isDate(new Date()) // true
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * A converter that reads each instant's wall clock in `timeZone` (memoised: sales dates repeat, so a
 * 100,000-row sheet costs a few hundred formatDate calls, not 100,000).
 * @example makeDateToSerial(Utilities, 'Asia/Shanghai')(new Date('2025-03-04T16:00:00Z')) // 45721
 */
export function makeDateToSerial(
  utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>,
  timeZone: string,
): DateToSerial {
  const cache = new Map<number, number>();
  return (d) => {
    const t = d.getTime();
    const hit = cache.get(t);
    if (hit !== undefined) return hit;
    const wall = utilities.formatDate(d, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
    const serial = (Date.parse(`${wall}Z`) - EPOCH_1899) / MS_PER_DAY;
    cache.set(t, serial);
    return serial;
  };
}

/**
 * One raw Sheets value as plain data: Dates → serials, undefined → null, the rest unchanged.
 * @example plainCell('', toSerial) // ''
 */
export function plainCell(v: unknown, toSerial: DateToSerial): CellValue {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? null : toSerial(v);
  if (v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return String(v);
}

/**
 * A block from getValues as plain data, converted in place to avoid copying large blocks.
 * @example plainGrid([[new Date(…), 5]], toSerial) // [[45721, 5]]
 */
export function plainGrid(values: unknown[][], toSerial: DateToSerial): CellValue[][] {
  // inline scan for performance: reads hand us up to ~10^6 cells per execution
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' && typeof v !== 'number') row[c] = plainCell(v, toSerial);
    }
  }
  return values as CellValue[][];
}
