/** ReviewModel → SheetDoc: one tab per requested section, in the order reviewers expect. */
import type { ReviewModel } from '../review';
import { ALL_SECTIONS, type Section } from '../settings';
import type { Narratives } from '../narrative';
import type { SheetDoc, TabDoc } from './types';
import { makeContext, type DocContext } from './context';
import { overviewTab } from './tabs/overview';
import { quarterlyTab } from './tabs/quarterly';
import { breakdownsTab } from './tabs/breakdowns';
import { customersTab } from './tabs/customers';
import { bridgesTab } from './tabs/bridges';
import { findingsTab } from './tabs/findings';
import { planTab } from './tabs/plan';
import { dataQualityTab } from './tabs/data-quality';

const BUILDERS: Record<Section, (ctx: DocContext) => TabDoc> = {
  overview: overviewTab,
  quarterly: quarterlyTab,
  breakdowns: breakdownsTab,
  customers: customersTab,
  bridges: bridgesTab,
  findings: findingsTab,
  plan: planTab,
  dataQuality: dataQualityTab,
};

/**
 * Lays out the review as summary tabs. Sections without data (no customer column → no customers
 * tab) are left out rather than written empty.
 * From the model alone (its `layout` carries the display unit and the sections asked for) and its
 * narratives: a saved --json rebuilds the same tabs with buildSheetDoc(model, narrate(model)).
 * @example buildSheetDoc(model, narrate(model)).tabs.map((t) => t.key) // ['overview', 'quarterly', …]
 */
export function buildSheetDoc(model: ReviewModel, narratives: Narratives): SheetDoc {
  const ctx = makeContext(model, narratives);
  const wanted = new Set(model.layout.sections);
  const tabs = ALL_SECTIONS.filter((s) => wanted.has(s) && hasContent(model, s)).map((s) => BUILDERS[s](ctx));
  return { owner: 'sales-review', version: 1, lang: model.language, tabs };
}

function hasContent(model: ReviewModel, s: Section): boolean {
  switch (s) {
    case 'customers':
      return model.customers.active !== null;
    case 'breakdowns':
      return Object.values(model.breakdowns).some((x) => (x?.length ?? 0) > 0);
    case 'bridges':
      return (
        model.pvm !== null ||
        (model.totals.priorRevenue !== null &&
          Object.values(model.bridges.yoyBySegment).some((x) => (x?.length ?? 0) > 0)) ||
        Object.values(model.bridges.planBySegment).some((x) => (x?.length ?? 0) > 0)
      );
    default:
      return true;
  }
}
