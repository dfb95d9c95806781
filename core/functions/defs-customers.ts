/** Customer functions over lists of customer names or ids: REPURCHASE_RATE, NEW_CUSTOMERS. */
import { cells, skippedInRange } from './coerce';
import { rangeParam, tx } from './params';
import type { Matrix, ParamDef, Texts, WholeDef } from './types';

function customers(name: string, help: Texts): ParamDef {
  return { ...rangeParam(name, help), cell: 'any' };
}

/** Distinct customer keys of a block: trimmed text, blanks and booleans ignored (names and ids compare as text). */
function distinct(m: Matrix): Set<string> {
  const out = new Set<string>();
  for (const v of cells(m)) {
    if (skippedInRange(v)) continue;
    out.add(String(v).normalize('NFKC').trim());
  }
  return out;
}

export const REPURCHASE_RATE: WholeDef = {
  name: 'REPURCHASE_RATE',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Repurchase rate = distinct prior customers who bought again now / distinct prior customers (复购率).',
    '复购率 = 上期客户中本期再次购买的去重客户数 / 上期去重客户数。',
    '回購率 = 上期客戶中本期再次購買的去重客戶數 / 上期去重客戶數。',
  ),
  params: [
    customers('customers_prior', tx('Customers of the prior period.', '上期客户列表。', '上期客戶清單。')),
    customers('customers_now', tx('Customers of this period.', '本期客户列表。', '本期客戶清單。')),
  ],
  run: ([p, n], ctx) => {
    const prior = distinct(p as Matrix);
    if (prior.size === 0) return ctx.error('#DIV/0!', 'FN_NO_PRIOR_CUSTOMERS');
    const now = distinct(n as Matrix);
    let again = 0;
    for (const c of prior) if (now.has(c)) again += 1;
    return again / prior.size;
  },
};

export const NEW_CUSTOMERS: WholeDef = {
  name: 'NEW_CUSTOMERS',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Count of distinct customers in customers_now never seen in customers_before.',
    '本期客户中从未在以往出现过的去重客户数（新客户数）。',
    '本期客戶中從未在以往出現過的去重客戶數（新客戶數）。',
  ),
  params: [
    customers('customers_before', tx('Every earlier customer.', '以往所有客户。', '以往所有客戶。')),
    customers('customers_now', tx('Customers of this period.', '本期客户列表。', '本期客戶清單。')),
  ],
  run: ([b, n]) => {
    const before = distinct(b as Matrix);
    let count = 0;
    for (const c of distinct(n as Matrix)) if (!before.has(c)) count += 1;
    return count;
  },
};
