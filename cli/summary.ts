/** The three lines `sales-review review` prints: attainment, YoY growth, output path (with the sheets used). */
import { formatAmount, formatPercent, localize, monthRange, type Lang } from '../core/i18n';
import type { ReviewModel } from '../core/review';
import { cliMessage } from './messages';

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
  // The sentence rule of the one formatter (core/i18n/format), as the narratives write amounts.
  const amount = (v: number): string => formatAmount(v, lang, { currency: model.currency });
  const pct = (v: number, signed = false): string => formatPercent(v, lang, { signed });
  const actual = amount(t.revenue);
  let first: string;
  if (t.attainment !== null && t.target !== null) {
    first = cliMessage('SUMMARY_ATTAINMENT', lang, {
      value: pct(t.attainment),
      which: cliMessage('WORD_BASE', lang),
      actual,
      target: amount(t.target),
    });
    if (t.stretchAttainment !== null && t.stretchTarget !== null) {
      first += cliMessage('SUMMARY_STRETCH', lang, {
        value: pct(t.stretchAttainment),
        target: amount(t.stretchTarget),
      });
    }
  } else {
    first = cliMessage('SUMMARY_NO_TARGET', lang, { actual });
  }
  const priorYear = String(model.year - 1);
  // A partial year is compared over the same months of both years: the line gives those figures,
  // not the whole year's revenue beside a growth rate it did not give
  const cb = model.comparisonBasis;
  const second =
    t.yoy === null || t.priorRevenue === null
      ? cliMessage('SUMMARY_NO_YOY', lang, { priorYear })
      : cb?.basis === 'same-months'
        ? cliMessage('SUMMARY_YOY_SAME_MONTHS', lang, {
            value: pct(t.yoy, true),
            actual: amount(cb.revenue),
            prior: amount(cb.priorRevenue),
            priorYear,
            months: monthRange(localize(lang), model.fiscalStartMonth, cb.fromMonth, cb.toMonth),
          })
        : cliMessage('SUMMARY_YOY', lang, {
            value: pct(t.yoy, true),
            actual,
            prior: amount(t.priorRevenue),
            priorYear,
          });
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
