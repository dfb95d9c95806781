/**
 * Test helper: every number written in a sentence must be a number of the model after rounding
 * to the precision shown. Tokens: money with a unit (亿/万/億/萬/元/K/M/B), percentages, points,
 * plain counts. Quarter labels (Q1..Q4) and Chinese month names (4月, 12月) are labels, not numbers.
 */
import type { ReviewModel } from '../../../core/review/model';

const SCALE: Record<string, number> = { 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 元: 1, K: 1e3, M: 1e6, B: 1e9 };

/** All finite numbers anywhere in the model (evidence included). */
export function modelNumbers(model: ReviewModel): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ ...model, narratives: {} });
  return out;
}

interface Token {
  text: string;
  value: number;
  decimals: number;
  kind: 'amount' | 'percent' | 'points' | 'count';
  scale: number;
}

/** The numeric tokens of a sentence. */
export function tokens(sentence: string): Token[] {
  const s = sentence.replace(/\bQ[1-4]\b|Q[1-4](?=\D|$)/g, ' ').replace(/(?<![\d.])(?:1[0-2]|[1-9])月/g, ' ');
  const re =
    /([+-]?\d[\d,]*(?:\.(\d+))?)\s*(个百分点|個百分點|\s?points?|\s?pp|%|亿元|億元|万元|萬元|元|亿|億|万|萬|[KMB](?![a-z]))?/g;
  const out: Token[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[1];
    const unit = (m[3] ?? '').trim();
    const value = Math.abs(Number(raw.replace(/,/g, '')));
    const decimals = m[2] ? m[2].length : 0;
    if (unit === '%') out.push({ text: m[0], value, decimals, kind: 'percent', scale: 0.01 });
    else if (/百分点|百分點|point|pp/.test(unit))
      out.push({ text: m[0], value, decimals, kind: 'points', scale: 0.01 });
    else if (unit)
      out.push({ text: m[0], value, decimals, kind: 'amount', scale: SCALE[unit.replace('元', '') || '元'] });
    else out.push({ text: m[0], value, decimals, kind: 'count', scale: 1 });
  }
  return out;
}

/** Tokens of the sentence that match no model number. */
export function unmatched(sentence: string, numbers: number[]): string[] {
  return tokens(sentence)
    .filter((t) => {
      const f = 10 ** t.decimals;
      return !numbers.some((n) => Math.abs(Math.round((Math.abs(n) / t.scale) * f) / f - t.value) < 1e-9);
    })
    .map((t) => t.text);
}
