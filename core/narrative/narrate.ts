/** The narratives of sections 1–6: comparison plus trend, in the review's language. */
import type { ReviewModel } from '../review';
import { overviewSentences } from './overview';
import { quarterlySentences } from './quarterly';
import { breakdownSentences } from './breakdowns';
import { customerSentences } from './customers';
import { bridgeSentences } from './bridges';
import { findingSentences } from './findings';
import { words } from './words';

/** The sections that carry a narrative. */
export type NarrativeSection = 'overview' | 'quarterly' | 'breakdowns' | 'customers' | 'bridges' | 'findings';

/** Sentences per section; a section with nothing to say is left out. */
export type Narratives = Partial<Record<NarrativeSection, string[]>>;

/**
 * Sentences per section, in the model's language and currency; a section with nothing to say is
 * left out. Pure: the same model gives the same sentences (the layout rebuilds them from a saved model).
 * @example narrate(model).overview?.[0] // '2025年销售额13.6亿元，完成基础目标12亿元的113.3%，挑战目标14亿元的97.1%。'
 */
export function narrate(model: ReviewModel): Narratives {
  const w = words(model.language, model.currency);
  const out: Narratives = {};
  const put = (key: NarrativeSection, s: string[]): void => {
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
