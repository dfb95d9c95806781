import { inCurrency, makeContext } from '../../../core/sheetdoc/context';
import { narrate } from '../../../core/narrative';
import type { ReviewModel } from '../../../core/review';
import { sampleModel, withUnit } from './sample-model';

const ctxOf = (m: ReviewModel) => makeContext(m, narrate(m));

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
    const zh = ctxOf({ ...withUnit(sampleModel('zh-CN'), '万'), currency: 'USD' });
    expect(zh.unitLabel()).toBe('万 USD');
    const en = ctxOf({ ...withUnit(sampleModel('en'), 'M'), currency: 'USD' });
    expect(en.unitLabel()).toBe('millions USD');
    expect(en.unitLabel(true)).toBe('M USD');
  });

  it('says 万元 for a CNY report', () => {
    const zh = ctxOf(withUnit(sampleModel('zh-CN'), '万'));
    expect(zh.unitLabel()).toBe('万元');
  });
});
