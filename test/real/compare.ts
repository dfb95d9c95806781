/**
 * Compares one review of a real sheet with the person's choices (people.json) and the oracle's
 * figures (expected.json): the columns chosen per role, the review year, revenue, prior revenue
 * and quarters, each a Check that says what the product did and what was expected. Used by
 * scripts/real-corpus-report.ts, and meant for the product-vs-oracle jest test once the core reads
 * real sheets the way a person would.
 */
import type { OracleFile, PersonChoice } from './people';

/** The part of the CLI's --json (ReviewModel) this report reads. */
export interface ModelView {
  year: number;
  sheet: string | null;
  mapping: Record<string, string | null>;
  totals: { revenue: number; priorRevenue: number | null };
  quarters: { revenue: number }[];
}

/** One comparison: what the product did, what the person or the oracle expects, and whether they agree. */
export interface Check {
  what: string;
  product: string;
  person: string;
  ok: boolean;
}

const norm = (s: string | null | undefined): string | null => (s == null ? null : s.trim());

/** A value as the report prints it (money with separators, — for none). */
export const show = (v: string | number | null | undefined): string =>
  v == null ? '—' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : v;

/** Equal to the cent (a relative 1e-9 for sums in the hundreds of millions). */
export const sameMoney = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 0.01 + 1e-9 * Math.abs(b);

/**
 * Column checks: each role the person filled (or left empty) against the product's mapping.
 * @example columnChecks(person, model).filter((c) => !c.ok) // the roles the product got wrong
 */
export function columnChecks(p: PersonChoice, m: ModelView): Check[] {
  const got = (role: string): string | null => norm(m.mapping[role]);
  const col = (what: string, product: string | null, person: string | null, ok?: boolean): Check => ({
    what,
    product: show(product),
    person: show(person),
    ok: ok ?? product === person,
  });
  const checks: Check[] = [];
  if (p.layout === 'list') {
    checks.push(col('date', got('date'), p.date));
    if (p.amount && 'column' in p.amount) checks.push(col('amount', got('amount'), p.amount.column));
    else if (p.amount) {
      // quantity × unit price: the product must use the quantity and derive the amount (its
      // mapping then names no single amount column, or names the product of the two); the
      // revenue checks below prove the product of the two was summed.
      const amount = got('amount');
      checks.push(col('quantity', got('quantity'), p.amount.quantity));
      checks.push(
        col(
          'amount',
          amount,
          `${p.amount.quantity} × ${p.amount.unitPrice}`,
          amount === null || amount.includes('×'),
        ),
      );
    }
  }
  checks.push(col('customer', got('customer'), p.customer));
  // The product's `product` role is the product line; a high-cardinality product name may fill it
  // (as a top-N list) only where the sheet has no product line.
  const line = p.productLine ?? p.product;
  checks.push(
    col(
      'product',
      got('product'),
      p.productLine ?? p.product,
      p.productLine ? got('product') === line : [line, null].includes(got('product')),
    ),
  );
  checks.push(col('region', got('region'), p.region));
  checks.push(col('salesperson', got('salesperson'), p.salesperson));
  checks.push(col('channel', got('channel'), p.channel));
  return checks;
}

/**
 * Figure checks: review year, revenue, prior revenue and Q1..Q4 against the oracle, to the cent.
 * @example figureChecks(expected.files[file], model).every((c) => c.ok)
 */
export function figureChecks(e: OracleFile, m: ModelView): Check[] {
  const checks: Check[] = [
    { what: 'year', product: String(m.year), person: String(e.reviewYear), ok: m.year === e.reviewYear },
    {
      what: 'revenue',
      product: show(m.totals.revenue),
      person: show(e.revenue),
      ok: sameMoney(m.totals.revenue, e.revenue),
    },
    {
      what: 'prior',
      product: show(m.totals.priorRevenue),
      person: show(e.prior),
      ok: sameMoney(m.totals.priorRevenue, e.prior),
    },
  ];
  e.quarters.forEach((q, i) => {
    const got = m.quarters[i]?.revenue ?? null;
    checks.push({ what: `Q${i + 1}`, product: show(got), person: show(q), ok: sameMoney(got, q) });
  });
  return checks;
}

/**
 * Every check for one file: the sheet(s) read, the columns, and the figures.
 * @example compareReview(person, expected.files[person.file], model).filter((c) => !c.ok)
 */
export function compareReview(p: PersonChoice, e: OracleFile, m: ModelView): Check[] {
  const checks: Check[] = [];
  const wantSheet = p.sheets ? p.sheets.join(' + ') : p.sheet;
  if (wantSheet !== null)
    checks.push({ what: 'sheet', product: show(m.sheet), person: wantSheet, ok: m.sheet === wantSheet });
  return [...checks, ...columnChecks(p, m), ...figureChecks(e, m)];
}
