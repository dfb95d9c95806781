import { inCurrency, makeContext } from '../../../core/sheetdoc/context';
import { ReviewSettingsSchema } from '../../../core/settings/schema';
import { sampleModel } from './sample-model';

describe('inCurrency', () => {
  it('keeps CNY labels as they are', () => {
    expect(inCurrency('万元', 'CNY')).toBe('万元');
    expect(inCurrency('millions', 'CNY')).toBe('millions');
  });

  it('words another report currency with its code', () => {
    expect(inCurrency('万元', 'USD')).toBe('万 USD');
    expect(inCurrency('元', 'USD')).toBe('USD');
    expect(inCurrency('10K CNY', 'HKD')).toBe('10K HKD');
    expect(inCurrency('millions', 'USD')).toBe('millions USD');
  });
});

describe('unitLabel', () => {
  it('labels a USD report in dollars, never in yuan', () => {
    const settings = ReviewSettingsSchema.parse({ displayUnit: '万' });
    const zh = makeContext({ ...sampleModel('zh-CN'), currency: 'USD' }, settings);
    expect(zh.unitLabel()).toBe('万 USD');
    const en = makeContext(
      { ...sampleModel('en'), currency: 'USD' },
      ReviewSettingsSchema.parse({ displayUnit: 'M' }),
    );
    expect(en.unitLabel()).toBe('millions USD');
    expect(en.unitLabel(true)).toBe('M USD');
  });

  it('says 万元 for a CNY report', () => {
    const zh = makeContext(sampleModel('zh-CN'), ReviewSettingsSchema.parse({ displayUnit: '万' }));
    expect(zh.unitLabel()).toBe('万元');
  });
});
