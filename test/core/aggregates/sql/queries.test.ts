import { Parser } from 'node-sql-parser';
import { aggregateQueries, sqlScript, type SqlSource } from '../../../../core/aggregates';
import type { AggregateSpec } from '../../../../core/aggregates';
import type { ColumnMapping } from '../../../../core/table';

const mapping: ColumnMapping = {
  headerRow: 0,
  headers: ['日期', '区域', '客户', '销售额(万元)', '成本'],
  extraDimensions: [],
  roles: {
    date: { column: 0, header: '日期', confidence: 1 },
    region: { column: 1, header: '区域', confidence: 1 },
    customer: { column: 2, header: '客户', confidence: 1 },
    amount: {
      column: 3,
      header: '销售额(万元)',
      confidence: 1,
      unit: { scale: 10000, currency: null, source: '万' },
    },
    cost: { column: 4, header: '成本', confidence: 1 },
  },
} as unknown as ColumnMapping;
const spec: AggregateSpec = {
  startMonth: 4,
  breakdown: ['region'],
  dimensions: ['region'],
  measures: ['amount', 'cost'],
  customer: true,
};
const source: SqlSource = {
  table: 'project.sales.orders',
  columns: mapping.headers.map((name) => ({ name, kind: 'text' as const })),
  rowNumber: null,
};

describe('aggregateQueries', () => {
  const parser = new Parser();
  it.each([
    ['bigquery', 'BigQuery'],
    ['postgres', 'PostgresQL'],
  ] as const)('writes %s queries its parser reads, one per aggregate', (dialect, database) => {
    const queries = aggregateQueries(spec, mapping, source, dialect);
    expect(queries.map((q) => q.name)).toEqual([
      'periods',
      'segment_1',
      'customers',
      'quality',
      'filled',
      'issues',
    ]);
    for (const q of queries) expect(() => parser.astify(q.sql, { database })).not.toThrow();
  });

  it('the parser refuses what is not SQL of the dialect (the check can fail)', () => {
    // r'…' is a BigQuery raw string: BigQuery text is not PostgreSQL text
    expect(() =>
      parser.astify("SELECT REGEXP_EXTRACT(x, r'a(b)') FROM t", { database: 'PostgresQL' }),
    ).toThrow();
  });

  it('quotes the table per dialect and says what each query feeds', () => {
    const bq = aggregateQueries(spec, mapping, source, 'bigquery')[0].sql;
    expect(bq).toContain('FROM `project`.`sales`.`orders`');
    const pg = aggregateQueries(spec, mapping, source, 'postgres')[0].sql;
    expect(pg).toContain('FROM "project"."sales"."orders"');
    const text = sqlScript(aggregateQueries(spec, mapping, source, 'postgres'), {
      table: 'project.sales.orders',
      dialect: 'postgres',
      notes: [],
      manifest: '{}',
    });
    expect(text).toMatch(/^-- periods: feeds the year and month totals/m);
    expect(text).toMatch(/^-- segment_1: feeds the breakdown by 区域 \(region\)/m);
  });

  it('applies the header unit to plain amounts and a cell unit instead of it', () => {
    const sql = aggregateQueries(spec, mapping, source, 'duckdb')[0].sql;
    expect(sql).toContain('* 10000');
    expect(sql).toContain('(?:万|萬)');
  });
});
