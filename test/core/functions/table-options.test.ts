import { makeContext } from '../../../core/functions';
import { parseTableOptions, type TableOptions } from '../../../core/functions/table-options';
import { isFnError, type FnError } from '../../../core/functions/types';

const ctx = makeContext('en');
const ok = (cells: unknown[][]): TableOptions => {
  const r = parseTableOptions(cells, ctx);
  if (isFnError(r)) throw new Error(r.message);
  return r;
};
const bad = (cells: unknown[][], lang: 'en' | 'zh-CN' = 'en'): FnError => {
  const r = parseTableOptions(cells, makeContext(lang));
  if (!isFnError(r)) throw new Error('expected an error');
  return r;
};

describe('parseTableOptions', () => {
  it('is empty for a blank argument', () => {
    expect(ok([[null]])).toMatchObject({ ingest: { overrides: {}, units: {}, rates: {} }, fiscalStart: 1 });
  });

  it('maps a role to a header, by role name or its label in any language', () => {
    expect(ok([['amount=销售额(万元)']]).ingest.overrides).toEqual({ amount: '销售额(万元)' });
    expect(ok([['销售额 = 实收金额']]).ingest.overrides).toEqual({ amount: '实收金额' });
    expect(ok([['客戶=買家']]).ingest.overrides).toEqual({ customer: '買家' });
    expect(ok([['Gross Profit=GP']]).ingest.overrides).toEqual({ grossProfit: 'GP' });
    expect(ok([['stretch_target=挑战']]).ingest.overrides).toEqual({ stretchTarget: '挑战' });
  });

  it('reads several pairs from one text or from several cells; an empty header switches a role off', () => {
    const o = ok([['amount=实付金额; date=下单时间；customer='], ['region=大区'], [null]]);
    expect(o.ingest.overrides).toEqual({
      amount: '实付金额',
      date: '下单时间',
      customer: null,
      region: '大区',
    });
  });

  it('reads the unit, the fiscal start and exchange rates', () => {
    const o = ok([['unit=万元\nfiscal_start=4月; USD=7.2; rate.HKD=0.92']]);
    expect(o.ingest.units).toEqual({ amount: '万' });
    expect(o.fiscalStart).toBe(4);
    expect(o.ingest.rates).toEqual({ USD: 7.2, HKD: 0.92 });
    expect(ok([['单位=億']]).ingest.units).toEqual({ amount: '亿' });
    expect(ok([['unit=k']]).ingest.units).toEqual({ amount: 'K' });
  });

  it('keys equal options alike and different options apart', () => {
    expect(ok([['amount=A']]).key).toBe(ok([['amount = A']]).key);
    expect(ok([['amount=A']]).key).not.toBe(ok([['amount=B']]).key);
  });

  it('names an option it does not understand, in the user language', () => {
    expect(bad([['colour=red']])).toEqual({
      error: '#VALUE!',
      message: expect.stringContaining('"colour=red" is not understood'),
    });
    expect(bad([['销售额']], 'zh-CN').message).toContain('无法识别“销售额”');
  });

  it('refuses a bad unit, fiscal start or rate, naming the value', () => {
    expect(bad([['unit=打']]).message).toBe('mapping: unit "打" is not one of 元 万 亿 千 K M.');
    expect(bad([['fiscal_start=13']]).message).toContain('fiscal_start "13" must be a month number');
    expect(bad([['USD=0']]).message).toContain('the rate in "USD=0" must be a number greater than 0');
  });
});

describe('parseTableOptions: date order and cancelled orders', () => {
  it('reads date_order and include_cancelled', () => {
    expect(ok([['date_order=DMY; include_cancelled=yes']]).ingest).toMatchObject({
      dateOrder: 'dmy',
      includeCancelled: true,
    });
    expect(ok([['日期顺序=mdy'], ['计入已取消=否']]).ingest).toMatchObject({
      dateOrder: 'mdy',
      includeCancelled: false,
    });
  });

  it('refuses a date order or a switch it does not know', () => {
    expect(bad([['date_order=dym']]).message).toBe(
      'mapping: date_order "dym" is not one of auto, ymd, mdy, dmy.',
    );
    expect(bad([['include_cancelled=maybe']]).message).toBe(
      'mapping: "include_cancelled=maybe" must be yes or no.',
    );
  });
});
