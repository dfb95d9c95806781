import fc from 'fast-check';
import { shiftFormula } from '../../../cli/xlsx-read/shift-formula';

describe('shiftFormula (ECMA-376 §18.3.1.40 shared formulas)', () => {
  it('moves relative references by the offset, one row down', () => {
    expect(shiftFormula('B2*C2', 1, 0)).toBe('B3*C3');
    expect(shiftFormula('B2*C2', 18, 0)).toBe('B20*C20');
  });

  it('moves columns across, with letters past Z', () => {
    expect(shiftFormula('SUM(D3:D271)', 0, 1)).toBe('SUM(E3:E271)');
    expect(shiftFormula('Z1+AZ1', 0, 1)).toBe('AA1+BA1');
    expect(shiftFormula('XFC1', 0, 1)).toBe('XFD1');
  });

  it('keeps the $ parts: $A$1 never moves, $A1 moves down only, A$1 across only', () => {
    expect(shiftFormula('$A$1+$A1+A$1+A1', 2, 3)).toBe('$A$1+$A3+D$1+D3');
  });

  it('moves both ends of a range, whole columns across only and whole rows down only', () => {
    expect(shiftFormula('SUM(B3:M3)', 1, 0)).toBe('SUM(B4:M4)');
    expect(shiftFormula('SUM($B3:M$3)', 1, 1)).toBe('SUM($B4:N$3)');
    expect(shiftFormula('SUM(A:C)', 5, 1)).toBe('SUM(B:D)');
    expect(shiftFormula('SUM($A:C)', 5, 1)).toBe('SUM($A:D)');
    expect(shiftFormula('SUM(2:5)', 1, 7)).toBe('SUM(3:6)');
    expect(shiftFormula('SUM($2:5)', 1, 7)).toBe('SUM($2:6)');
  });

  it('moves a reference after a sheet name, but never the sheet name', () => {
    expect(shiftFormula('Sheet2!B3+B3', 1, 0)).toBe('Sheet2!B4+B4');
    expect(shiftFormula("'Q1 2025'!A1", 1, 0)).toBe("'Q1 2025'!A2");
    expect(shiftFormula("'It''s A1'!A1", 1, 0)).toBe("'It''s A1'!A2");
    // a sheet named like a cell, plain or as the ends of a 3-D reference
    expect(shiftFormula('A1!B1', 1, 0)).toBe('A1!B2');
    expect(shiftFormula('SUM(Q1:Q4!C5)', 1, 0)).toBe('SUM(Q1:Q4!C6)');
    expect(shiftFormula('E09904.2!A3', 1, 0)).toBe('E09904.2!A4');
    expect(shiftFormula('销售明细!C2*2', 3, 0)).toBe('销售明细!C5*2');
    expect(shiftFormula('[1]Sheet1!A1', 1, 0)).toBe('[1]Sheet1!A2');
  });

  it('leaves strings, function names, names, tables, errors and numbers alone', () => {
    expect(shiftFormula('A1&"B2 and C3"', 1, 0)).toBe('A2&"B2 and C3"');
    expect(shiftFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
    expect(shiftFormula('LOG10(A1)+ATAN2(B1,C1)', 1, 0)).toBe('LOG10(A2)+ATAN2(B2,C2)');
    expect(shiftFormula('TaxRate*A1+Sales.Total', 1, 0)).toBe('TaxRate*A2+Sales.Total');
    expect(shiftFormula('SUM(Table1[Amount])+Table1[[#This Row],[Qty]]', 1, 1)).toBe(
      'SUM(Table1[Amount])+Table1[[#This Row],[Qty]]',
    );
    expect(shiftFormula('IF(ISERROR(A1),#N/A,#REF!)', 1, 0)).toBe('IF(ISERROR(A2),#N/A,#REF!)');
    expect(shiftFormula('A1*1.5E+10+2', 1, 0)).toBe('A2*1.5E+10+2');
    expect(shiftFormula('A1A+TRUE', 1, 0)).toBe('A1A+TRUE');
    expect(shiftFormula('_xlfn.XLOOKUP(A1,B:B,C:C)', 1, 0)).toBe('_xlfn.XLOOKUP(A2,B:B,C:C)');
    expect(shiftFormula('SUM(A1#)', 1, 0)).toBe('SUM(A2#)');
  });

  it('gives #REF! for a reference moved off the sheet, as Excel does', () => {
    expect(shiftFormula('A1+B2', -1, 0)).toBe('#REF!+B1');
    expect(shiftFormula('SUM(A2:B3)', -2, 0)).toBe('SUM(#REF!)');
    expect(shiftFormula('XFD1', 0, 1)).toBe('#REF!');
  });

  // A small formula grammar: references of every kind mixed with what must not move.
  const col = fc.integer({ min: 100, max: 2000 });
  const row = fc.integer({ min: 1000, max: 100_000 });
  const letters = (n: number): string => {
    let s = '';
    for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
    return s;
  };
  const dollar = fc.constantFrom('', '$');
  const cell = fc.tuple(dollar, col, dollar, row).map(([a, c, b, r]) => `${a}${letters(c)}${b}${String(r)}`);
  const token = fc.oneof(
    cell,
    fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`),
    fc.tuple(dollar, col, dollar, col).map(([a, c, b, d]) => `${a}${letters(c)}:${b}${letters(d)}`),
    fc.tuple(dollar, row, dollar, row).map(([a, c, b, d]) => `${a}${String(c)}:${b}${String(d)}`),
    cell.map((c) => `'Sheet 1'!${c}`),
    cell.map((c) => `Q1:Q4!${c}`),
    fc.constantFrom('"A1"', 'LOG10(2)', 'TaxRate', 'Table1[Qty]', '#N/A', '1.5', 'TRUE'),
  );
  const formula = fc
    .array(fc.tuple(token, fc.constantFrom('+', '*', ',', '&', '-')), { minLength: 1, maxLength: 8 })
    .map((parts) => `SUM(${parts.map(([t, op]) => t + op).join('')}0)`);
  const offset = fc.integer({ min: -90, max: 90 });

  it('property: the master at offset (0, 0) is the master, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(formula, fc.string()), (f) => {
        expect(shiftFormula(f, 0, 0)).toBe(f);
      }),
      { numRuns: 500 },
    );
  });

  it('property: moving by (a, b) then (c, d) is moving by (a + c, b + d), for references that stay on the sheet', () => {
    fc.assert(
      fc.property(formula, offset, offset, offset, offset, (f, a, b, c, d) => {
        expect(shiftFormula(shiftFormula(f, a, b), c, d)).toBe(shiftFormula(f, a + c, b + d));
      }),
      { numRuns: 500 },
    );
  });

  it('property: moving there and back is the identity', () => {
    fc.assert(
      fc.property(formula, offset, offset, (f, a, b) => {
        expect(shiftFormula(shiftFormula(f, a, b), -a, -b)).toBe(f);
      }),
      { numRuns: 300 },
    );
  });
});
