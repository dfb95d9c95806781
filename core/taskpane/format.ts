/**
 * Cell and time display in the wizard. Numbers use the product's one formatter (core/i18n/format:
 * formatAmount, formatPercent, formatCount), through moneyText for amounts (view-common.ts).
 */

/**
 * A preview cell as text: dates as yyyy-mm-dd, numbers as written, blanks empty.
 * @example cellText(new Date(Date.UTC(2025, 0, 5))) // '2025-01-05'
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * A saved ISO time as local date and time (yyyy-mm-dd hh:mm), the same in every language; the text
 * itself when it is not a time.
 * @example formatRunTime(new Date(2025, 0, 5, 9, 3).toISOString()) // '2025-01-05 09:03'
 */
export function formatRunTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
