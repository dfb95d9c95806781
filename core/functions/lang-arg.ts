import type { Lang } from '../i18n';

/**
 * A language argument: "en", "zh-CN", "zh-TW" (case and _ tolerant; "zh" = zh-CN); null otherwise.
 * @example parseLang('zh_tw') // 'zh-TW'
 */
export function parseLang(v: string): Lang | null {
  const s = v.trim().toLowerCase().replace('_', '-');
  if (s === 'en' || s.startsWith('en-')) return 'en';
  if (s === 'zh' || s === 'zh-cn' || s === 'zh-hans' || s === 'zh-sg') return 'zh-CN';
  if (s === 'zh-tw' || s === 'zh-hant' || s === 'zh-hk' || s === 'zh-mo') return 'zh-TW';
  return null;
}
