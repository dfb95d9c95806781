/** The messy-sheet corpus (test/fixtures/sheets): one fixture per kind of mess, each with its expected outcome. */
import { FIXTURES } from '../../fixtures/sheets';
import { ingest } from '../../../core/table/ingest';
import type { RowIssue, Table } from '../../../core/table/types';

function byCode(issues: RowIssue[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const i of issues) (out[i.code] ??= []).push(i.row);
  return out;
}

function dateLabels(t: Table): string[] {
  return Array.from(t.monthIndex, (mi, k) => {
    const m = String((mi % 12) + 1).padStart(2, '0');
    const d = t.day[k];
    return `${Math.floor(mi / 12)}-${m}${d ? `-${String(d).padStart(2, '0')}` : ''}`;
  });
}

describe('messy-sheet corpus', () => {
  it('has at least 20 sheets', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const res = ingest(f.grid, f.options);
    const exp = f.expected;

    it('succeeds or fails as expected', () => {
      expect(res.ok).toBe(exp.ok);
      if (!res.ok && !exp.ok) {
        expect(res.code).toBe(exp.code);
        expect(res.message).not.toBe(res.code);
        if (exp.params) expect(res.params).toEqual(exp.params);
      }
    });

    if (!exp.ok) return;

    it('finds the header row and the roles', () => {
      if (!res.ok) throw new Error(res.code);
      expect(res.mapping.headerRow).toBe(exp.headerRow);
      const roles = Object.fromEntries(Object.entries(res.mapping.roles).map(([r, d]) => [r, d?.column]));
      expect(roles).toEqual(exp.roles);
      if (exp.extraDimensions)
        expect(res.mapping.extraDimensions.map((e) => e.header)).toEqual(exp.extraDimensions);
    });

    it('uses and skips the expected rows', () => {
      if (!res.ok) throw new Error(res.code);
      expect(res.quality.rowsUsed).toBe(exp.rowsUsed);
      expect(res.table.rowCount).toBe(exp.rowsUsed);
      expect(byCode(res.quality.skipped)).toEqual(exp.skipped);
      expect(byCode(res.quality.flagged)).toEqual(exp.flagged ?? {});
      expect(res.quality.rowsSkipped + res.quality.rowsUsed).toBe(res.quality.rowsRead);
    });

    it('carries the expected amounts and reconciles', () => {
      if (!res.ok) throw new Error(res.code);
      const q = res.quality;
      expect(q.amountUsed).toBeCloseTo(exp.amountUsed, 6);
      if (exp.amountSkipped !== undefined) expect(q.amountSkipped).toBeCloseTo(exp.amountSkipped, 6);
      expect(q.amountUsed + q.amountSkipped).toBeCloseTo(q.amountRead, 6);
      const sum = (res.table.measures.amount?.values ?? new Float64Array()).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(q.amountUsed, 6);
    });

    if (exp.months) {
      it('reads every date', () => {
        if (!res.ok) throw new Error(res.code);
        expect(dateLabels(res.table)).toEqual(exp.months);
      });
    }
    if (exp.completeness) {
      it('reports completeness', () => {
        if (!res.ok) throw new Error(res.code);
        expect(res.quality.completeness).toMatchObject(exp.completeness ?? {});
      });
    }
    if (exp.quality || exp.runnerUp || exp.passedOver || exp.extraKinds) {
      it('explains what it chose and what it passed over', () => {
        if (!res.ok) throw new Error(res.code);
        if (exp.quality) expect(res.quality).toMatchObject(exp.quality);
        for (const [role, header] of Object.entries(exp.runnerUp ?? {}))
          expect(res.mapping.roles[role as 'region']?.runnerUp?.header ?? null).toBe(header);
        if (exp.passedOver)
          expect(res.mapping.roles.amount?.passedOver?.map((p) => p.header)).toEqual(exp.passedOver);
        for (const [header, kind] of Object.entries(exp.extraKinds ?? {}))
          expect(res.mapping.extraDimensions.find((e) => e.header === header)?.kind).toBe(kind);
      });
    }
    if (exp.dimValues) {
      it('encodes the dimension values', () => {
        if (!res.ok) throw new Error(res.code);
        for (const [role, values] of Object.entries(exp.dimValues ?? {})) {
          expect(res.table.dims[role as 'region']?.values).toEqual(values);
        }
      });
    }
  });
});
