import { detectRoles } from '../../../core/table/roles';

const sample = (rows: unknown[][]) => rows as never;

describe('detectRoles', () => {
  it('maps Simplified Chinese headers', () => {
    const r = detectRoles(
      [
        '订单日期',
        '客户名称',
        '大区',
        '产品线',
        '渠道',
        '业务员',
        '数量',
        '销售额(万元)',
        '成本',
        '毛利',
        '目标',
        '挑战目标',
        '币种',
      ],
      [],
    );
    expect(Object.fromEntries(Object.entries(r.roles).map(([k, v]) => [k, v?.column]))).toEqual({
      date: 0,
      customer: 1,
      region: 2,
      product: 3,
      channel: 4,
      salesperson: 5,
      quantity: 6,
      amount: 7,
      cost: 8,
      grossProfit: 9,
      target: 10,
      stretchTarget: 11,
      currency: 12,
    });
    expect(r.roles.amount?.unit?.scale).toBe(10000);
  });

  it('maps Traditional Chinese headers', () => {
    const r = detectRoles(['訂單日期', '客戶', '區域', '產品', '負責人', '銷售額(萬元)', '數量', '幣別'], []);
    expect([
      r.roles.date?.column,
      r.roles.customer?.column,
      r.roles.region?.column,
      r.roles.product?.column,
    ]).toEqual([0, 1, 2, 3]);
    expect([
      r.roles.salesperson?.column,
      r.roles.amount?.column,
      r.roles.quantity?.column,
      r.roles.currency?.column,
    ]).toEqual([4, 5, 6, 7]);
  });

  it('reads 國家 as the region over 城市, as with Country beside City', () => {
    const rows = [
      ['P1', 45658, 'Paris', 'France', 120],
      ['P2', 45659, 'Lyon', 'France', 55],
      ['P3', 45660, 'Berlin', 'Germany', 114],
    ];
    const r = detectRoles(['訂單編號', '訂單日期', '城市', '國家', '銷售金額'], sample(rows));
    expect(r.roles.region?.header).toBe('國家');
  });

  it('maps Taiwanese shop headers (訂購日期, 門市, 業務人員, 品項, 經銷商, 銷貨金額)', () => {
    const r = detectRoles(['出貨日期', '訂購日期', '門市', '業務人員', '品項', '經銷商', '銷貨金額'], []);
    expect(Object.fromEntries(Object.entries(r.roles).map(([k, v]) => [k, v?.header]))).toEqual({
      date: '訂購日期',
      region: '門市',
      salesperson: '業務人員',
      product: '品項',
      customer: '經銷商',
      amount: '銷貨金額',
    });
  });

  it('never takes a CRM forecast (Expected Revenue, a weighted amount) for the sales amount', () => {
    const rows = [
      ['Acme', 'Closed Won', 1000, 1000, '2025-03-01'],
      ['Bolt', 'Proposal', 800, 400, '2025-04-01'],
    ];
    const r = detectRoles(
      ['Account Name', 'Stage', 'Amount', 'Expected Revenue', 'Close Date'],
      sample(rows),
    );
    expect(r.roles.amount?.header).toBe('Amount');
    const alone = detectRoles(['Account Name', 'Stage', 'Expected Revenue', 'Close Date'], sample(rows));
    expect(alone.roles.amount?.header).not.toBe('Expected Revenue');
  });

  it('maps German, Italian, French and Spanish sales headers', () => {
    const de = detectRoles(
      ['Bestelldatum', 'Kunde', 'Artikel', 'Menge', 'Einzelpreis', 'Umsatzsteuer', 'Umsatz'],
      [],
    );
    expect(Object.fromEntries(Object.entries(de.roles).map(([k, v]) => [k, v?.header]))).toEqual({
      date: 'Bestelldatum',
      customer: 'Kunde',
      product: 'Artikel',
      quantity: 'Menge',
      unitPrice: 'Einzelpreis',
      amount: 'Umsatz',
    });
    const it = detectRoles(
      ['Data', 'Cliente', 'Regione', 'Venditore', 'Importo Totale (€)', 'Importo Netto (€)'],
      [],
    );
    expect([it.roles.date?.header, it.roles.customer?.header, it.roles.region?.header]).toEqual([
      'Data',
      'Cliente',
      'Regione',
    ]);
    expect([it.roles.salesperson?.header, it.roles.amount?.header]).toEqual([
      'Venditore',
      'Importo Netto (€)',
    ]);
    const fr = detectRoles(['Date de facture', 'Client', 'Montant TTC', 'Montant HT'], []);
    expect([fr.roles.date?.header, fr.roles.amount?.header]).toEqual(['Date de facture', 'Montant HT']);
    const es = detectRoles(['Fecha', 'Cliente', 'Producto', 'Cantidad', 'Importe'], []);
    expect([es.roles.date?.header, es.roles.quantity?.header, es.roles.amount?.header]).toEqual([
      'Fecha',
      'Cantidad',
      'Importe',
    ]);
  });

  it('takes a short list of a kind of goods for the product line when no header names one, by its names', () => {
    const headers = [
      'Order Date',
      'Coffee Type',
      'Roast Type',
      'Payment Type',
      'Sales',
      'Coffee Type Name',
      'Roast Type Name',
    ];
    const rows = [
      ['05/09/2019', 'Rob', 'M', 'Card', 19.9, 'Robusta', 'Medium'],
      ['14/12/2019', 'Exc', 'L', 'Cash', 167.67, 'Excelsa', 'Light'],
      ['16/12/2019', 'Ara', 'D', 'Card', 12.95, 'Arabica', 'Dark'],
      ['17/12/2019', 'Lib', 'M', 'Cash', 8.25, 'Liberica', 'Medium'],
    ];
    expect(detectRoles(headers, sample(rows)).roles.product).toMatchObject({
      header: 'Coffee Type Name',
      source: 'content',
    });
    // a customer's or a payment's type is no product line
    const none = detectRoles(
      ['Order Date', 'Customer Type', 'Payment Type', 'Sales'],
      sample(rows.map((r) => [r[0], r[3], r[3], r[4]])),
    );
    expect(none.roles.product).toBeUndefined();
  });

  it('reads a CRM export: the agent is a salesperson, not a sales amount; the stage is the status', () => {
    const headers = [
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'close_date',
      'close_value',
    ];
    const rows = [
      ['1C1I7A6R', 'Moses Frase', 'GTX Basic', 'Cancity', 'Won', '01-03-17', 1054],
      ['Z063OYW0', 'Darcel Schlecht', 'GTXPro', 'Isdom', 'Lost', '11-03-17', 0],
      ['EC4QE1BX', 'Darcel Schlecht', 'MG Special', 'Cancity', 'Engaging', null, null],
    ];
    const r = detectRoles(headers, sample(rows));
    expect([r.roles.salesperson?.header, r.roles.status?.header]).toEqual(['sales_agent', 'deal_stage']);
    expect(r.roles.amount).toMatchObject({ header: 'close_value', source: 'header' });
  });

  it('maps English headers tolerant of case, spaces and full-width letters', () => {
    const r = detectRoles(
      ['ORDER  DATE', 'Customer Name', 'Sales Rep', 'Ｒｅｖｅｎｕｅ (K)', 'Gross Profit', 'Qty'],
      [],
    );
    expect([r.roles.date?.column, r.roles.customer?.column, r.roles.salesperson?.column]).toEqual([0, 1, 2]);
    expect([r.roles.amount?.column, r.roles.grossProfit?.column, r.roles.quantity?.column]).toEqual([
      3, 4, 5,
    ]);
    expect(r.roles.amount?.unit?.scale).toBe(1000);
  });

  it('prefers the order date over the ship date', () => {
    const r = detectRoles(['发货日期', '签约日期', '金额'], []);
    expect(r.roles.date?.header).toBe('签约日期');
  });

  it('does not take a margin rate for gross profit or a price for the amount', () => {
    const r = detectRoles(['日期', '单价', '毛利率', '金额'], []);
    expect(r.roles.grossProfit).toBeUndefined();
    expect(r.roles.amount?.column).toBe(3);
  });

  it('does not take a prior-year column for the amount', () => {
    const r = detectRoles(['日期', '上年收入', '本年收入'], []);
    expect(r.roles.amount?.column).toBe(2);
  });

  it('reports confidence, header and source', () => {
    const r = detectRoles(['日期', '销售额'], []);
    expect(r.roles.amount).toMatchObject({
      role: 'amount',
      column: 1,
      header: '销售额',
      confidence: 1,
      source: 'header',
    });
  });

  it('falls back on content when headers say nothing', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      45658 + i,
      `客户${i}`,
      ['东', '西', '南'][i % 3],
      1000 + i * 10,
      i % 5,
    ]);
    const r = detectRoles(['A', 'B', 'C', 'D', 'E'], sample(rows));
    expect(r.roles.date).toMatchObject({ column: 0, source: 'content' });
    expect(r.roles.amount).toMatchObject({ column: 3, source: 'content' });
    expect(r.roles.customer).toMatchObject({ column: 1, source: 'content' });
    expect(r.roles.region).toMatchObject({ column: 2, source: 'content' });
  });

  it('makes other text columns extra dimensions with unique keys', () => {
    const rows = [[45658, '甲', 'x', 'y', 1]];
    const r = detectRoles(['日期', '客户', '备注', '备注', '金额'], sample(rows));
    expect(r.extraDimensions).toEqual([
      { header: '备注', column: 2 },
      { header: '备注 (2)', column: 3 },
    ]);
  });

  it('applies user overrides and switches roles off', () => {
    const r = detectRoles(['日期', '客户', '金额', '回款'], [], { amount: '回款', customer: null });
    expect(r.roles.amount).toMatchObject({ column: 3, source: 'user', confidence: 1 });
    expect(r.roles.customer).toBeUndefined();
    expect(r.bad).toEqual([]);
  });

  it('reports an override naming no header', () => {
    const r = detectRoles(['日期', '金额'], [], { amount: '不存在' });
    expect(r.bad).toEqual([{ role: 'amount', header: '不存在' }]);
  });

  it('does not mutate its inputs', () => {
    const headers = ['日期', '金额'];
    const overrides = { amount: '金额' };
    detectRoles(headers, [], overrides);
    expect(headers).toEqual(['日期', '金额']);
    expect(overrides).toEqual({ amount: '金额' });
  });
});
