import { formulaExamples, sheetRef } from '../../../core/taskpane/formula-examples';

describe('formulaExamples', () => {
  it('writes Excel names over the reviewed sheet, whole columns', () => {
    expect(
      formulaExamples({ host: 'excel', sheet: '销售明细', columns: 9, year: 2025, dimension: 'region' }),
    ).toEqual(["=SALES.REVENUE('销售明细'!A:I, 2025)", '=SALES.BREAKDOWN(\'销售明细\'!A:I, "region", 2025)']);
  });

  it('writes Sheets names (SALES_…) in Google Sheets', () => {
    expect(
      formulaExamples({ host: 'sheets', sheet: 'Sales', columns: 28, year: 2024, dimension: 'product' }),
    ).toEqual(["=SALES_REVENUE('Sales'!A:AB, 2024)", '=SALES_BREAKDOWN(\'Sales\'!A:AB, "product", 2024)']);
  });

  it('offers the quarters when the review had no dimension to break down', () => {
    expect(formulaExamples({ host: 'browser', sheet: 'S', columns: 2, year: 2025, dimension: null })[1]).toBe(
      "=SALES.QUARTERS('S'!A:B, 2025)",
    );
  });

  it('covers the data where its used range starts, not from column A (Excel reports a table at C3 as C3:K…)', () => {
    expect(
      formulaExamples({
        host: 'excel',
        sheet: '销售明细',
        columns: 9,
        firstColumn: 2,
        year: 2025,
        dimension: null,
      }),
    ).toEqual(["=SALES.REVENUE('销售明细'!C:K, 2025)", "=SALES.QUARTERS('销售明细'!C:K, 2025)"]);
    expect(
      formulaExamples({
        host: 'sheets',
        sheet: 'S',
        columns: 3,
        firstColumn: 25,
        year: 2025,
        dimension: null,
      })[0],
    ).toBe("=SALES_REVENUE('S'!Z:AB, 2025)");
  });

  it('quotes sheet names and dimension headers safely', () => {
    expect(sheetRef("Tom's sales")).toBe("'Tom''s sales'");
    expect(
      formulaExamples({ host: 'excel', sheet: 'a', columns: 1, year: 2025, dimension: '大区"A"' })[1],
    ).toBe('=SALES.BREAKDOWN(\'a\'!A:A, "大区""A""", 2025)');
  });
});
