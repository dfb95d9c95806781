import { buildDataQuality, mappingHeaders } from '../../../core/review/data-quality';
import { mappingOf, qualityOf, makeTable } from '../../helpers/make-table';

describe('data quality section', () => {
  const t = makeTable([
    { month: '2025-01', amount: 5, customer: 'A' },
    { month: '2025-01', amount: 7, customer: null },
  ]);

  it('copies the ingest report with completeness per key field', () => {
    const q = qualityOf(t);
    q.skipped.push({ row: 9, code: 'BAD_AMOUNT', message: 'bad', amount: 0, raw: 'abc' });
    const d = buildDataQuality(q);
    expect(d.rowsUsed).toBe(2);
    expect(d.completeness.customer).toBe(0.5);
    expect(d.skipped).toEqual(q.skipped);
  });

  it('does not share lists with the input', () => {
    const q = qualityOf(t);
    const d = buildDataQuality(q);
    d.skipped.push({ row: 1, code: 'BLANK_ROW', message: '', amount: 0 });
    d.completeness.amount = 0;
    expect(q.skipped).toEqual([]);
    expect(q.completeness.amount).toBe(1);
  });

  it('maps each contract role to its header, null when absent, period standing in for date', () => {
    const m = mappingOf(t);
    const h = mappingHeaders(m);
    expect(h.amount).toBe('amount');
    expect(h.region).toBeNull();
    delete m.roles.date;
    m.roles.period = { role: 'period', column: 0, header: '月份', confidence: 1, source: 'header' };
    expect(mappingHeaders(m).date).toBe('月份');
  });
});
