import { langFromLocale } from '../../../core/i18n/lang';

describe('langFromLocale', () => {
  it('maps Traditional Chinese regions to zh-TW', () => {
    expect(langFromLocale('zh-HK')).toBe('zh-TW');
    expect(langFromLocale('zh-Hant-TW')).toBe('zh-TW');
  });
  it('maps mainland Chinese to zh-CN', () => {
    expect(langFromLocale('zh-CN')).toBe('zh-CN');
    expect(langFromLocale('zh')).toBe('zh-CN');
  });
  it('falls back to English', () => {
    expect(langFromLocale('fr-FR')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
