import { join } from 'node:path';
import {
  jsonCell,
  loadBook,
  withoutAmounts,
  withoutCustomers,
} from '../../../examples/browser-host/workbook';
import { ingest } from '../../../core/table';

describe('jsonCell', () => {
  it('writes dates as ISO text, the date part alone at midnight UTC', () => {
    expect(jsonCell(new Date(Date.UTC(2025, 0, 5)))).toBe('2025-01-05');
    expect(jsonCell(new Date(Date.UTC(2025, 0, 5, 13, 30)))).toBe('2025-01-05T13:30:00');
  });

  it('passes numbers, text and booleans through and blanks invalid values', () => {
    expect([jsonCell(1.5), jsonCell('x'), jsonCell(true), jsonCell(undefined), jsonCell(Number.NaN)]).toEqual(
      [1.5, 'x', true, null, null],
    );
    expect(jsonCell(new Date(Number.NaN))).toBeNull();
  });
});

describe('the demo workbooks', () => {
  let book: Awaited<ReturnType<typeof loadBook>>;
  beforeAll(async () => {
    book = await loadBook(
      join(__dirname, '..', '..', '..', 'examples', 'sales-2025.xlsx'),
      'sales-2025.xlsx',
    );
  });

  it('loads the sample sheets as JSON grids the core can ingest', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(['销售明细', '目标']);
    const r = ingest(book.sheets[0].grid, { lang: 'en' });
    expect(r.ok && r.quality.rowsUsed).toBeGreaterThan(10000);
    expect(JSON.parse(JSON.stringify(book))).toEqual(book);
  });

  it('derives a sheet without money columns that fails with NO_AMOUNT_COLUMN', () => {
    const broken = withoutAmounts(book);
    expect(broken.sheets).toHaveLength(1);
    const r = ingest(broken.sheets[0].grid, { lang: 'en' });
    expect(r.ok ? 'ok' : r.code).toBe('NO_AMOUNT_COLUMN');
  });

  it('derives a sheet without customers and with a second date column, keeping the targets', () => {
    const derived = withoutCustomers(book);
    expect(derived.sheets.map((s) => s.name)).toEqual(['销售明细', '目标']);
    const r = ingest(derived.sheets[0].grid, { lang: 'en' });
    expect(r.ok && r.mapping.roles.customer).toBeUndefined();
    expect(r.ok && r.mapping.roles.date?.header).toBe('订单日期');
    expect(r.ok && r.mapping.headers).toContain('发货日期');
    expect(r.ok && r.quality.rowsUsed).toBeGreaterThan(10000);
  });

  it('does not mutate the book it derives from', () => {
    const before = JSON.stringify(book);
    withoutAmounts(book);
    withoutCustomers(book);
    expect(JSON.stringify(book)).toBe(before);
  });
});
