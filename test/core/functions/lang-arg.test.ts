import { parseLang } from '../../../core/functions/lang-arg';

describe('parseLang', () => {
  it('reads language arguments leniently', () => {
    expect(parseLang('zh_tw')).toBe('zh-TW');
    expect(parseLang('ZH')).toBe('zh-CN');
    expect(parseLang('en-US')).toBe('en');
    expect(parseLang('fr')).toBeNull();
  });
});
