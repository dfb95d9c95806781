/** The narratives of sections 1–6: comparison plus trend, in the review's language. */
import type { Lang } from '../i18n/lang';
import type { ReviewModel } from '../review/model';
import { overviewSentences } from './overview';
import { quarterlySentences } from './quarterly';
import { breakdownSentences } from './breakdowns';
import { customerSentences } from './customers';
import { bridgeSentences } from './bridges';
import { findingSentences } from './findings';
import { words } from './words';

/**
 * Sentences per section; a section with nothing to say is left out.
 * @example narrate(model, 'zh-CN').overview?.[0] // '2025年销售额13.6亿元,完成基础目标12亿元的113.3%,挑战目标14亿元的97.1%。'
 */
export function narrate(model: ReviewModel, lang: Lang): ReviewModel['narratives'] {
  const w = words(lang, model.currency);
  const out: ReviewModel['narratives'] = {};
  const put = (key: keyof ReviewModel['narratives'], s: string[]): void => {
    if (s.length > 0) out[key] = s;
  };
  put('overview', overviewSentences(model, w));
  put('quarterly', quarterlySentences(model, w, model.totals.quarterTargetBasis ?? null));
  put('breakdowns', breakdownSentences(model, w));
  put('customers', customerSentences(model, w));
  put('bridges', bridgeSentences(model, w));
  put('findings', findingSentences(model, w));
  return out;
}
