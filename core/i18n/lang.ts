/** The three languages every user-facing string exists in. */
export type Lang = 'zh-CN' | 'zh-TW' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

/**
 * Picks our language from a host display-language tag.
 * @example langFromLocale('zh-HK') // 'zh-TW'
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('zh')) {
    return /(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}
