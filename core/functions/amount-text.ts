/** Chinese units for CN_UNIT: explicit units and fixed decimals (sentences use core/i18n/format). */

/** Chinese units by name; traditional forms print traditional characters. */
export const CN_UNITS: Readonly<Record<string, { scale: number; suffix: string }>> = {
  元: { scale: 1, suffix: '元' },
  万: { scale: 1e4, suffix: '万' },
  萬: { scale: 1e4, suffix: '萬' },
  亿: { scale: 1e8, suffix: '亿' },
  億: { scale: 1e8, suffix: '億' },
};

/**
 * Fixed decimals without "-0.0".
 * @example fixed(-0.01, 1) // '0.0'
 */
export function fixed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
