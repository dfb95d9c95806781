import { parseArgs, splitFileSheet, type ArgsResult, type CliOptions } from '../../cli/args';

function options(r: ArgsResult): CliOptions {
  if (!r.ok || r.kind !== 'review') throw new Error(`expected review options, got ${JSON.stringify(r)}`);
  return r.options;
}

describe('parseArgs', () => {
  it('parses a full command line', () => {
    const o = options(
      parseArgs([
        'review',
        'sales.xlsx',
        '--sheet',
        '明细',
        '--year',
        '2025',
        '--fiscal-start=4',
        '--targets',
        't.xlsx:目标',
        '--target',
        '12亿',
        '--stretch',
        '1.4e9',
        '--map',
        'amount=销售额(万元)',
        '--map',
        'region=大区',
        '--unit-of',
        'amount=万',
        '--unit-of=target=萬元',
        '--dims',
        'region,product',
        '--lang',
        'en',
        '--unit',
        '万',
        '--growth',
        '15%',
        '--quarter-weights',
        '3,3,2,2',
        '-o',
        'out.xlsx',
        '--json',
        'out.json',
        '--currency',
        'cny',
        '--rate',
        'USD=7.2',
        '--rate',
        'hkd:0.92',
        '--no-data',
        '--with-data',
      ]),
    );
    expect(o).toEqual({
      input: 'sales.xlsx',
      sheet: '明细',
      year: 2025,
      fiscalStart: 4,
      targets: { file: 't.xlsx', sheet: '目标' },
      target: 1_200_000_000,
      stretch: 1_400_000_000,
      map: { amount: '销售额(万元)', region: '大区' },
      units: { amount: '万', target: '万' },
      dims: ['region', 'product'],
      lang: 'en',
      unit: '万',
      growth: 0.15,
      quarterWeights: [3, 3, 2, 2],
      out: 'out.xlsx',
      json: 'out.json',
      quiet: false,
      data: 'with',
      currency: 'CNY',
      rates: { USD: 7.2, HKD: 0.92 },
      engine: 'auto',
      sql: false,
      dialect: 'duckdb',
      table: null,
      aggregates: null,
      dateOrder: null,
      excludeStatuses: null,
    });
  });

  it('reads --date-order, --exclude-status and --include-cancelled', () => {
    expect(options(parseArgs(['review', 'a.csv', '--date-order', 'DMY'])).dateOrder).toBe('dmy');
    expect(options(parseArgs(['review', 'a.csv', '--exclude-status', '0,2'])).excludeStatuses).toEqual([
      '0',
      '2',
    ]);
    expect(options(parseArgs(['review', 'a.csv', '--include-cancelled'])).excludeStatuses).toEqual([]);
    const bad = parseArgs(['review', 'a.csv', '--date-order', 'day-first']);
    expect(bad).toMatchObject({
      ok: false,
      code: 'BAD_VALUE',
      params: { opt: '--date-order', hint: 'HINT_DATE_ORDER' },
    });
  });

  it('reads the options past one sheet; --aggregates needs no input file', () => {
    const o = options(
      parseArgs([
        'review',
        'a.csv',
        '--engine',
        'duckdb',
        '--sql',
        '--dialect',
        'postgres',
        '--table',
        's.orders',
      ]),
    );
    expect([o.engine, o.sql, o.dialect, o.table]).toEqual(['duckdb', true, 'postgres', 's.orders']);
    const a = options(parseArgs(['review', '--aggregates', 'results/']));
    expect([a.input, a.aggregates]).toEqual(['results/', 'results/']);
  });

  it('accepts amounts in 万 and plain numbers', () => {
    expect(options(parseArgs(['review', 'a.csv', '--target', '120000万'])).target).toBe(1_200_000_000);
    expect(options(parseArgs(['review', 'a.csv', '--target', '1200000000'])).target).toBe(1_200_000_000);
  });

  it('accepts growth as a fraction and weights as equal or seasonal', () => {
    const o = options(parseArgs(['review', 'a.csv', '--growth', '0.08', '--quarter-weights', 'equal']));
    expect(o.growth).toBeCloseTo(0.08);
    expect(o.quarterWeights).toBe('equal');
    expect(options(parseArgs(['review', 'a.csv', '--quarter-weights', 'seasonal'])).quarterWeights).toBe(
      'seasonal',
    );
  });

  it('defaults everything it was not told', () => {
    const o = options(parseArgs(['review', 'a.csv']));
    expect(o.sheet).toBeNull();
    expect(o.target).toBeNull();
    expect(o.map).toEqual({});
    expect(o.units).toEqual({});
    expect(o.dims).toEqual([]);
    expect(o.data).toBe('auto');
  });

  it('reads --no-data', () => {
    expect(options(parseArgs(['review', 'a.csv', '--no-data'])).data).toBe('without');
  });

  it('reads --unit-of for each money role, the last one of a role winning', () => {
    const o = options(
      parseArgs([
        'review',
        'a.csv',
        '--unit-of',
        'amount=k',
        '--unit-of',
        'cost=千元',
        '--unit-of',
        'grossProfit=億',
        '--unit-of',
        'stretchTarget=M',
        '--unit-of',
        'target=元',
        '--unit-of',
        'amount=亿元',
      ]),
    );
    expect(o.units).toEqual({
      amount: '亿',
      cost: '千',
      grossProfit: '亿',
      stretchTarget: 'M',
      target: '元',
    });
  });

  it('returns help and version', () => {
    expect(parseArgs([])).toEqual({ ok: true, kind: 'help', lang: null });
    expect(parseArgs(['review', '--help', '--lang', 'zh-TW'])).toEqual({
      ok: true,
      kind: 'help',
      lang: 'zh-TW',
    });
    expect(parseArgs(['--version'])).toMatchObject({ ok: true, kind: 'version' });
  });

  it.each([
    [['review', 'a.csv', '--target', 'lots'], 'BAD_VALUE', { opt: '--target', hint: 'HINT_AMOUNT' }],
    [['review', 'a.csv', '--target', '-5'], 'BAD_VALUE', { opt: '--target' }],
    [['review', 'a.csv', '--year', '25'], 'BAD_VALUE', { opt: '--year', hint: 'HINT_YEAR' }],
    [['review', 'a.csv', '--fiscal-start', '13'], 'BAD_VALUE', { opt: '--fiscal-start', hint: 'HINT_MONTH' }],
    [['review', 'a.csv', '--lang', 'fr'], 'BAD_VALUE', { opt: '--lang', hint: 'HINT_LANG' }],
    [['review', 'a.csv', '--unit', 'bananas'], 'BAD_VALUE', { opt: '--unit', hint: 'HINT_UNIT' }],
    [['review', 'a.csv', '--growth', 'fast'], 'BAD_VALUE', { opt: '--growth', hint: 'HINT_GROWTH' }],
    [['review', 'a.csv', '--growth', '-120%'], 'BAD_VALUE', { opt: '--growth' }],
    [['review', 'a.csv', '--quarter-weights', '1,2,3'], 'BAD_VALUE', { hint: 'HINT_WEIGHTS' }],
    [['review', 'a.csv', '--quarter-weights', '0,0,0,0'], 'BAD_VALUE', { hint: 'HINT_WEIGHTS' }],
    [['review', 'a.csv', '--map', 'colour=颜色'], 'BAD_VALUE', { opt: '--map', hint: 'HINT_MAP' }],
    [['review', 'a.csv', '--map', 'amount'], 'BAD_VALUE', { opt: '--map' }],
    [['review', 'a.csv', '--dims', 'region,,product'], 'BAD_VALUE', { opt: '--dims' }],
    [
      ['review', 'a.csv', '--unit-of', 'amount=bananas'],
      'BAD_VALUE',
      { opt: '--unit-of', hint: 'HINT_UNIT_OF' },
    ],
    [
      ['review', 'a.csv', '--unit-of', 'quantity=万'],
      'BAD_VALUE',
      { opt: '--unit-of', hint: 'HINT_UNIT_OF' },
    ],
    [['review', 'a.csv', '--unit-of', '万'], 'BAD_VALUE', { opt: '--unit-of', value: '万' }],
    [['review', 'a.csv', '--unit-of', 'amount='], 'BAD_VALUE', { opt: '--unit-of' }],
    [['review', 'a.csv', '--stretch', '14亿'], 'STRETCH_WITHOUT_TARGET', {}],
    [['review', 'a.csv', '--target', '14亿', '--stretch', '12亿'], 'STRETCH_BELOW_BASE', {}],
    [['review', 'a.csv', '--colour', 'red'], 'UNKNOWN_OPTION', { opt: '--colour' }],
    [['review', 'a.csv', '--sheet'], 'MISSING_VALUE', { opt: '--sheet' }],
    [['review', 'a.csv', '--sheet', '--year', '2025'], 'MISSING_VALUE', { opt: '--sheet' }],
    [['review'], 'NO_INPUT', {}],
    [['review', 'a.csv', 'b.csv'], 'EXTRA_ARGUMENT', { arg: 'b.csv' }],
    [['analyse', 'a.csv'], 'UNKNOWN_COMMAND', { cmd: 'analyse' }],
  ])('rejects %j with %s', (argv, code, params) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.params ?? {}).toMatchObject(params);
    }
  });

  it('remembers --lang for wording the error even when another option fails', () => {
    expect(parseArgs(['review', 'a.csv', '--lang', 'en', '--year', 'x'])).toMatchObject({
      ok: false,
      lang: 'en',
    });
  });

  it('does not mutate argv', () => {
    const argv = ['review', 'a.csv', '--dims', 'region'];
    parseArgs(argv);
    expect(argv).toEqual(['review', 'a.csv', '--dims', 'region']);
  });
});

describe('splitFileSheet', () => {
  it('splits file and sheet, but not a Windows drive', () => {
    expect(splitFileSheet('t.xlsx:目标')).toEqual({ file: 't.xlsx', sheet: '目标' });
    expect(splitFileSheet('C:\\data\\t.xlsx')).toEqual({ file: 'C:\\data\\t.xlsx', sheet: null });
    expect(splitFileSheet('targets.csv')).toEqual({ file: 'targets.csv', sheet: null });
  });
});

describe('currency options', () => {
  it('names currencies the way ingest does (RMB is CNY, 美元 and US$ are USD)', () => {
    const o = options(
      parseArgs(['review', 'a.csv', '--currency', 'RMB', '--rate', '美元=7.2', '--rate', 'us$:7.1']),
    );
    expect(o.currency).toBe('CNY');
    expect(o.rates).toEqual({ USD: 7.1 });
  });

  it('rejects a rate without a currency', () => {
    const r = parseArgs(['review', 'a.csv', '--rate', '=7.2']);
    expect(r.ok).toBe(false);
  });
});
