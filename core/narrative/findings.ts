/** Narrative of section 6: the most serious problems and the best highlights, in the findings' own words. */
import type { ReviewModel } from '../review';
import type { Words } from './words';
import { findingSentence } from './finding-sentence';

/**
 * Two to four sentences: up to three problems (most severe first), then one highlight.
 * @example findingSentences(model, words('en'))[0] // 'To address: The largest customer “X” holds 18.0% of revenue, …'
 */
export function findingSentences(m: ReviewModel, w: Words): string[] {
  const problems = m.findings.filter((f) => f.severity !== 'highlight').slice(0, 3);
  const highlights = m.findings.filter((f) => f.severity === 'highlight').slice(0, 2);
  const out = problems.map((f) => w.L('NR_F_PROBLEM', { message: findingSentence(f, m, w) }));
  if (out.length === 0) out.push(w.L('NR_F_NONE'));
  for (const h of highlights) out.push(w.L('NR_F_HIGHLIGHT', { message: findingSentence(h, m, w) }));
  return out.slice(0, 5);
}
