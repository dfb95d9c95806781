/** Spreadsheet serial numbers to calendar dates without Date objects (the ingest hot path). */

/** A calendar date as numbers. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * Calendar date of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
 * @example civilFromDays(0) // { year: 1970, month: 1, day: 1 }
 */
export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Largest serial we accept: 9999-12-31 in the 1900 system. */
export const MAX_SERIAL = 2958465;

/**
 * Calendar date of a spreadsheet serial. 1900 system: serial 1 = 1900-01-01 and serial 60 is
 * Lotus's phantom 1900-02-29 (kept as Feb 29 so the month is right); 1904 system: serial 0 = 1904-01-01.
 * Fractions (times) are dropped. Out of range → null.
 * @example serialToDate(45658) // { year: 2025, month: 1, day: 1 }
 */
export function serialToDate(serial: number, date1904 = false): Ymd | null {
  if (!Number.isFinite(serial)) return null;
  const s = Math.floor(serial);
  if (date1904) {
    if (s < 0 || s > MAX_SERIAL - 1462) return null;
    return civilFromDays(s - 24107); // 1904-01-01 is day −24107
  }
  if (s < 1 || s > MAX_SERIAL) return null;
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(s < 60 ? s - 25568 : s - 25569); // serial 25569 = 1970-01-01
}

/**
 * A serial as one packed integer, monthIndex * 32 + day (−1 when out of range); no objects, for hot loops.
 * @example serialToPacked(45658) // (2025 * 12) * 32 + 1
 */
export function serialToPacked(serial: number, date1904 = false): number {
  if (serial !== serial) return -1;
  const s = Math.floor(serial);
  let days: number;
  if (date1904) {
    if (s < 0 || s > MAX_SERIAL - 1462) return -1;
    days = s - 24107;
  } else {
    if (s < 1 || s > MAX_SERIAL) return -1;
    if (s === 60) return (1900 * 12 + 1) * 32 + 29;
    days = s < 60 ? s - 25568 : s - 25569;
  }
  // civilFromDays, inlined without the object
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return (year * 12 + month - 1) * 32 + day;
}
