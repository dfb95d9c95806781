/** compareReview: a review that matches the person and the oracle passes every check; each kind of miss fails its own. */
import { compareReview, type ModelView } from './compare';
import { readExpected, readPeople } from './people';

const people = readPeople().files;
const expected = readExpected().files;

/** The review a person would expect for a list sheet, built from people.json and expected.json. */
function perfect(file: string): ModelView {
  const p = people.find((x) => x.file === file)!;
  const e = expected[file];
  const amount = p.amount && 'column' in p.amount ? p.amount.column : null;
  return {
    year: e.reviewYear,
    sheet: p.sheets ? p.sheets.join(' + ') : p.sheet,
    mapping: {
      date: p.date,
      amount,
      quantity: p.amount && 'quantity' in p.amount ? p.amount.quantity : null,
      customer: p.customer,
      product: p.productLine ?? p.product,
      region: p.region,
      salesperson: p.salesperson,
      channel: p.channel,
    },
    totals: { revenue: e.revenue, priorRevenue: e.prior },
    // whole-year columns: no quarters, as the product gives none
    quarters: e.quarters.flatMap((revenue) => (revenue === null ? [] : [{ revenue }])),
  };
}

describe('compareReview', () => {
  const files = ['en-kaggle-sales-data-sample.csv', 'zh-wps-qty-price.xlsx', 'zh-meal-orders-split.xlsx'];

  it.each(files)('passes a review that is what the person expects: %s', (file) => {
    const p = people.find((x) => x.file === file)!;
    expect(compareReview(p, expected[file], perfect(file)).filter((c) => !c.ok)).toEqual([]);
  });

  it('fails the date, the region and the revenue when the product picks other columns', () => {
    const file = 'en-kaggle-sales-data-sample.csv';
    const p = people.find((x) => x.file === file)!;
    const m = perfect(file);
    m.mapping.date = 'SHIPDATE';
    m.mapping.region = 'PHONE';
    m.totals.revenue += 0.02;
    const failed = compareReview(p, expected[file], m)
      .filter((c) => !c.ok)
      .map((c) => c.what);
    expect(failed).toEqual(['date', 'region', 'revenue']);
  });

  it('fails a unit price taken as the amount, a missing prior year and one sheet of a split workbook', () => {
    const qp = people.find((x) => x.file === 'zh-wps-qty-price.xlsx')!;
    const m1 = perfect(qp.file);
    m1.mapping.amount = '单价';
    expect(
      compareReview(qp, expected[qp.file], m1)
        .filter((c) => !c.ok)
        .map((c) => c.what),
    ).toEqual(['amount']);

    const k = people.find((x) => x.file === 'en-kaggle-sales-data-sample.csv')!;
    const m2 = perfect(k.file);
    m2.totals.priorRevenue = null;
    expect(
      compareReview(k, expected[k.file], m2)
        .filter((c) => !c.ok)
        .map((c) => c.what),
    ).toEqual(['prior']);

    const split = people.find((x) => x.file === 'zh-meal-orders-split.xlsx')!;
    const m3 = perfect(split.file);
    m3.sheet = 'meal_order_detail1';
    expect(
      compareReview(split, expected[split.file], m3)
        .filter((c) => !c.ok)
        .map((c) => c.what),
    ).toEqual(['sheet']);
  });
});
