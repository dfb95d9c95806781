/** Sentence helpers shared by the section narratives: wording of numbers and the triviality rules. */
import {
  formatAmount,
  formatAmounts,
  formatPercent,
  formatPercents,
  formatPoints,
  localize,
  type Lang,
  type Localize,
} from '../i18n';
import { roleLabel } from '../table';

/** Growth below 1% either way is "flat", not a number. */
export const TRIVIAL_GROWTH = 0.01;
/** A point change below 0.5 pp is "flat", not a number. */
export const TRIVIAL_POINTS = 0.005;

export interface Words {
  lang: Lang;
  L: Localize;
  /** Money: "13.6亿元", "1.36B". */
  amt(v: number | null): string;
  /** The amounts of one sentence: two different ones never read the same ("147.3K", "147.0K"). */
  amts(...v: (number | null)[]): string[];
  /** Signed money: "+1,000万元", "-250K". */
  signedAmt(v: number): string;
  /** Unsigned percent of a fraction: 0.133 → "13.3%". */
  pct(v: number | null): string;
  /** The unsigned percentages of one sentence: two different ones never read the same. */
  pcts(...v: (number | null)[]): string[];
  /** Unsigned points of a fraction: 0.037 → "3.7个百分点" / "3.7 points". */
  pp(v: number | null): string;
  /** Display name of a dimension (role label or header). */
  dim(key: string): string;
}

/**
 * Whether a growth rate is too small to narrate (|g| < 1%).
 * @example trivialGrowth(0.004) // true
 */
export function trivialGrowth(g: number): boolean {
  return Math.abs(g) < TRIVIAL_GROWTH;
}

/**
 * Whether a point change is too small to narrate (|Δ| < 0.5 pp).
 * @example trivialPoints(0.037) // false
 */
export function trivialPoints(d: number): boolean {
  return Math.abs(d) < TRIVIAL_POINTS;
}

/**
 * The wording helpers for one language and report currency (the sentence rule of core/i18n/format).
 * @example words('en').pp(0.037) // '3.7 points'
 */
export function words(lang: Lang, currency = 'CNY'): Words {
  const L = localize(lang);
  return {
    lang,
    L,
    amt: (v) => formatAmount(v, lang, { currency }),
    amts: (...v) => formatAmounts(v, lang, { currency }),
    signedAmt: (v) => formatAmount(v, lang, { currency, signed: true }),
    pct: (v) => formatPercent(v === null ? null : Math.abs(v), lang),
    pcts: (...v) =>
      formatPercents(
        v.map((x) => (x === null ? null : Math.abs(x))),
        lang,
      ),
    pp: (v) => formatPoints(v, lang, { signed: false }),
    dim: (key) => roleLabel(key, lang),
  };
}
