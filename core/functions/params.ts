/** Small builders that keep the registry tables readable. */
import type { ParamDef, Texts } from './types';

/** Texts in en / zh-CN / zh-TW. */
export function tx(en: string, zhCN: string, zhTW: string): Texts {
  return { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
}

type Extra = Partial<Pick<ParamDef, 'optional' | 'default' | 'cell'>>;

/** A number, or a range evaluated element by element. */
export function spreadNumber(name: string, help: Texts, extra: Extra = {}): ParamDef {
  return { name, type: 'number', cell: 'number', spread: true, help, ...extra };
}

/** One number (a 1×1 range is accepted). */
export function scalarNumber(name: string, help: Texts, extra: Extra = {}): ParamDef {
  return { name, type: 'number', cell: 'number', help, ...extra };
}

/** A block of cells used as a whole. */
export function rangeParam(name: string, help: Texts, extra: Extra = {}): ParamDef {
  return { name, type: 'range', cell: 'number', help, ...extra };
}

/** One text value. */
export function textParam(name: string, help: Texts, extra: Extra = {}): ParamDef {
  return { name, type: 'text', cell: 'text', help, ...extra };
}
