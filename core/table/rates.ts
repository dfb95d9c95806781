/** Exchange rates: normalized lookup, and which currencies a run needs but lacks. */
import { currencyCode } from './currency';

/**
 * Rates keyed by ISO code (names and symbols normalized); the report currency is always 1.
 * Non-positive or non-finite rates are dropped.
 * @example rateTable({ 美元: 7.2 }, 'CNY').get('USD') // 7.2
 */
export function rateTable(rates: Record<string, number> | undefined, report: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(rates ?? {})) {
    const code = currencyCode(k);
    if (code && typeof v === 'number' && Number.isFinite(v) && v > 0) out.set(code, v);
  }
  out.set(report, 1);
  return out;
}
