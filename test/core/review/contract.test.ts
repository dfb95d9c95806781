import { buildReview } from '../../../core/review';
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings/schema';
import { englishSheet } from './english-sheet';
import { mappingOf, qualityOf, settingsOf, makeTable } from '../../helpers/make-table';

/** Issue 3's public JSON contract: key paths that must be present ([] = every array element). */
const CONTRACT = {
  mapping: [
    'date',
    'amount',
    'cost',
    'grossProfit',
    'quantity',
    'customer',
    'region',
    'product',
    'channel',
    'salesperson',
    'target',
    'stretchTarget',
  ],
  totals: [
    'revenue',
    'priorRevenue',
    'yoy',
    'target',
    'attainment',
    'stretchTarget',
    'stretchAttainment',
    'grossProfit',
    'grossMargin',
    'priorGrossMargin',
    'grossMarginChange',
  ],
  quarter: ['quarter', 'revenue', 'target', 'attainment', 'priorRevenue', 'yoy'],
  segment: [
    'key',
    'revenue',
    'target',
    'attainment',
    'priorRevenue',
    'yoy',
    'share',
    'shareChange',
    'contribution',
  ],
  customers: [
    'active',
    'new',
    'returning',
    'wonBack',
    'lost',
    'repurchaseRate',
    'top10Share',
    'largestShare',
    'hhi',
    'top',
  ],
  top: ['key', 'revenue', 'share', 'cumulativeShare'],
  plan: ['target', 'quarters', 'byRole', 'margins', 'newCustomers', 'capacity', 'checks', 'inputs'],
  planInputs: ['quarterMargins', 'newCustomers', 'newCustomerRevenue', 'headcount', 'revenuePerHead'],
  layout: ['displayUnit', 'sections', 'completenessThreshold'],
  finding: ['code', 'severity', 'evidence'],
  evidence: ['key', 'kind', 'value'],
  dataQuality: [
    'rowsRead',
    'rowsUsed',
    'rowsSkipped',
    'amountUsed',
    'amountSkipped',
    'skipped',
    'completeness',
  ],
  skipped: ['row', 'code', 'message'],
};

function checkContract(json: Record<string, unknown>): string[] {
  const missing: string[] = [];
  const has = (obj: unknown, keys: string[], path: string): void => {
    for (const k of keys) if (!obj || typeof obj !== 'object' || !(k in obj)) missing.push(`${path}.${k}`);
  };
  const j = json as Record<string, Record<string, unknown>> & { quarters: unknown[]; findings: unknown[] };
  if (json.schemaVersion !== 6) missing.push('schemaVersion');
  has(j.layout, CONTRACT.layout, 'layout');
  if ('narratives' in json) missing.push('no narratives (text is not part of the model)');
  has(j.mapping, CONTRACT.mapping, 'mapping');
  has(j.totals, CONTRACT.totals, 'totals');
  if (!Array.isArray(j.quarters) || j.quarters.length !== 4) missing.push('quarters[4]');
  for (const q of j.quarters) has(q, CONTRACT.quarter, 'quarters[]');
  for (const [role, rows] of Object.entries(j.breakdowns))
    for (const r of rows as unknown[]) has(r, CONTRACT.segment, `breakdowns.${role}[]`);
  has(j.customers, CONTRACT.customers, 'customers');
  for (const t of (j.customers.top as unknown[]) ?? []) has(t, CONTRACT.top, 'customers.top[]');
  if (!('pvm' in json)) missing.push('pvm');
  else if (json.pvm !== null) has(json.pvm, ['volume', 'mix', 'price'], 'pvm');
  has(j.plan, CONTRACT.plan, 'plan');
  has(j.plan.inputs, CONTRACT.planInputs, 'plan.inputs');
  has(j.plan.margins, ['quarters', 'source', 'grossProfit', 'weighted'], 'plan.margins');
  has(j.plan.newCustomers, ['count', 'revenue', 'share'], 'plan.newCustomers');
  has(
    j.plan.capacity,
    ['headcount', 'revenuePerHead', 'capacity', 'gap', 'headcountNeeded'],
    'plan.capacity',
  );
  if ((j.plan.quarters as unknown[]).length !== 4) missing.push('plan.quarters[4]');
  for (const [role, rows] of Object.entries(j.plan.byRole as object))
    for (const r of rows as unknown[]) has(r, ['key', 'target'], `plan.byRole.${role}[]`);
  for (const f of j.findings) {
    has(f, CONTRACT.finding, 'findings[]');
    const ev = (f as { evidence?: unknown }).evidence;
    if (!Array.isArray(ev)) missing.push('findings[].evidence[]');
    else for (const e of ev) has(e, CONTRACT.evidence, 'findings[].evidence[]');
  }
  has(j.dataQuality, CONTRACT.dataQuality, 'dataQuality');
  for (const s of j.dataQuality.skipped as unknown[]) has(s, CONTRACT.skipped, 'dataQuality.skipped[]');
  return missing;
}

describe('the JSON contract (schemaVersion 6)', () => {
  it('has every contract key for a real sheet after a JSON round trip', () => {
    const r = runReview(
      [
        ...englishSheet(),
        ['Subtotal', null, null, null, null, 99999, null],
        ['2025-05-01', 'X', 'East', 'Gadgets', 1, 'abc', 1],
      ],
      ReviewSettingsSchema.parse({ language: 'en' }),
    );
    if (!r.ok) throw new Error(r.message);
    const json = JSON.parse(JSON.stringify(r.model)) as Record<string, unknown>;
    expect(checkContract(json)).toEqual([]);
    expect((json.dataQuality as { skipped: unknown[] }).skipped.length).toBeGreaterThan(0);
  });

  it('keeps unknown values as null, never missing, for a bare sheet (amount and date only)', () => {
    const t = makeTable([{ month: '2025-03', amount: 100 }]);
    const m = buildReview(t, qualityOf(t), mappingOf(t), settingsOf({ targets: { kind: 'none' } }));
    const json = JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
    expect(checkContract(json)).toEqual([]);
    expect(m.mapping.customer).toBeNull();
    expect(m.totals.priorRevenue).toBeNull();
    expect(m.customers.hhi).toBeNull();
    expect(m.pvm).toBeNull();
  });

  it('stores amounts in base units and rates as fractions', () => {
    const t = makeTable([
      { month: '2024-03', amount: 100, cost: 77.6 },
      { month: '2025-03', amount: 125000, cost: 92375 },
    ]);
    const m = buildReview(t, qualityOf(t), mappingOf(t), settingsOf());
    expect(m.totals.revenue).toBe(125000);
    expect(m.totals.grossMarginChange).toBeCloseTo(0.261 - 0.224, 9);
  });

  it('holds no text in a language: the same sheet reviewed in zh-CN and en gives the same model', () => {
    const grid = [...englishSheet(), ['2025-05-01', 'X', 'East', 'Gadgets', 1, 'abc', 1]];
    const json = (language: 'en' | 'zh-CN'): Record<string, unknown> => {
      const r = runReview(grid, ReviewSettingsSchema.parse({ language }));
      if (!r.ok) throw new Error(r.message);
      // Row issues still carry ingest's own sentence (core/table); everything else is figures and codes.
      const m = JSON.parse(JSON.stringify(r.model), (k, v: unknown) => (k === 'message' ? undefined : v));
      return { ...m, language: null, generatedAt: null };
    };
    expect(json('zh-CN')).toEqual(json('en'));
  });
});
