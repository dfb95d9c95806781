/** Amounts the user types in the wizard (targets, plan drivers): read and written back in the language's units. */
import type { Lang } from '../i18n';
import { parseAmountText } from '../table';

/**
 * Formats a typed amount so it reads back to the same number (12亿 for 1.2e9 in Chinese, 1.2B in English).
 * @example formatTypedAmount(1.2e9, 'zh-CN') // '12亿'
 */
export function formatTypedAmount(value: number, lang: Lang): string {
  const units: [number, string][] =
    lang === 'en'
      ? [
          [1e9, 'B'],
          [1e6, 'M'],
        ]
      : [
          [1e8, lang === 'zh-TW' ? '億' : '亿'],
          [1e4, lang === 'zh-TW' ? '萬' : '万'],
        ];
  for (const [scale, suffix] of units) {
    if (Math.abs(value) < scale) continue;
    const text = `${Number((value / scale).toPrecision(12))}${suffix}`;
    if (parseAmountText(text) === value) return text;
  }
  return String(value);
}

/**
 * Reads a typed positive amount ("12亿", "1.2e9", "1,200,000,000"); null when it is not one.
 * @example parseTypedAmount('12亿') // 1200000000
 */
export function parseTypedAmount(text: string): number | null {
  const v = parseAmountText(text.trim());
  return Number.isFinite(v) && v > 0 ? v : null;
}
