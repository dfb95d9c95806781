/** The three lines `sales-review review` prints: attainment, YoY growth, output path (with the sheets used). */
import type { Lang } from '../core/i18n/lang';
import type { ReviewModel } from '../core/review/model';
import { cliMessage } from './messages';

/**
 * Money in the reader's units: 亿/万 in Chinese, B/M/K in English.
 * @example shortAmount(352_000_000, 'zh-CN') // '3.52亿'
 */
export function shortAmount(v: number, lang: Lang): string {
  const a = Math.abs(v);
  const sign = v < 0 ? '-' : '';
  const num = (x: number, d: number): string =>
    x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  if (lang === 'en') {
    if (a >= 1e9) return `${sign}${num(a / 1e9, 2)}B`;
    if (a >= 1e6) return `${sign}${num(a / 1e6, 2)}M`;
    if (a >= 1e3) return `${sign}${num(a / 1e3, 1)}K`;
    return `${sign}${num(a, 0)}`;
  }
  const yi = lang === 'zh-TW' ? '億' : '亿';
  const wan = lang === 'zh-TW' ? '萬' : '万';
  if (a >= 1e8) return `${sign}${num(a / 1e8, 2)}${yi}`;
  if (a >= 1e4) return `${sign}${num(a / 1e4, 1)}${wan}`;
  return `${sign}${num(a, 0)}`;
}

/**
 * A ratio as a percentage with one decimal; `signed` adds "+" to gains.
 * @example pct(0.152, true) // '+15.2%'
 */
export function pct(v: number, signed = false): string {
  const s = `${(v * 100).toFixed(1)}%`;
  return signed && v > 0 ? `+${s}` : s;
}

/**
 * The summary lines for a finished run.
 * @example summaryLines(model, 'out.xlsx', 'en', { sheet: 'Sales', targets: null }) // ['Attainment: …', 'YoY growth: …', 'Output: out.xlsx (data from sheet "Sales")']
 */
export function summaryLines(
  model: ReviewModel,
  outPath: string,
  lang: Lang,
  sources: { sheet: string; targets: string | null },
): [string, string, string] {
  const t = model.totals;
  const actual = shortAmount(t.revenue, lang);
  let first: string;
  if (t.attainment !== null && t.target !== null) {
    first = cliMessage('SUMMARY_ATTAINMENT', lang, {
      value: pct(t.attainment),
      which: cliMessage('WORD_BASE', lang),
      actual,
      target: shortAmount(t.target, lang),
    });
    if (t.stretchAttainment !== null && t.stretchTarget !== null) {
      first += cliMessage('SUMMARY_STRETCH', lang, {
        value: pct(t.stretchAttainment),
        target: shortAmount(t.stretchTarget, lang),
      });
    }
  } else {
    first = cliMessage('SUMMARY_NO_TARGET', lang, { actual });
  }
  const priorYear = String(model.year - 1);
  const second =
    t.yoy !== null && t.priorRevenue !== null
      ? cliMessage('SUMMARY_YOY', lang, {
          value: pct(t.yoy, true),
          actual,
          prior: shortAmount(t.priorRevenue, lang),
          priorYear,
        })
      : cliMessage('SUMMARY_NO_YOY', lang, { priorYear });
  const third =
    sources.targets === null
      ? cliMessage('SUMMARY_OUTPUT', lang, { file: outPath, sheet: sources.sheet })
      : cliMessage('SUMMARY_OUTPUT_TARGETS', lang, {
          file: outPath,
          sheet: sources.sheet,
          targets: sources.targets,
        });
  return [first, second, third];
}
