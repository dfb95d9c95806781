/** Text functions: PARSE_AMOUNT, CN_UNIT, NARRATIVE. */
import { attainment, growth } from '../metrics';
import { t } from '../i18n';
import { parseAmount, parseAmountText } from '../table';
import { formatAmount, formatPercent, sentenceUnit } from '../i18n';
import { CN_UNITS, fixed } from './amount-text';
import { isBlank } from './coerce';
import { parseLang } from './lang-arg';
import { scalarNumber, spreadNumber, textParam, tx } from './params';
import type { ElementwiseDef, FnContext, FnError, ParamDef } from './types';

/** Scale of a unit argument: a number (10000) or unit text (万, 万元, 亿, K, M); blank = 1. */
function unitScale(u: unknown, ctx: FnContext): number | FnError {
  if (isBlank(u)) return 1;
  if (typeof u === 'number' && Number.isFinite(u) && u > 0) return u;
  const s = typeof u === 'string' ? parseAmountText(`1${u.trim()}`) : NaN;
  return Number.isFinite(s) && s > 0 ? s : ctx.error('#VALUE!', 'FN_BAD_UNIT', { value: String(u) });
}

export const PARSE_AMOUNT: ElementwiseDef = {
  name: 'PARSE_AMOUNT',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Reads money written as text: "12.5万" → 125000, "¥1,234" → 1234, "(1,200)" → −1200; amounts without their own unit (万, K …) are multiplied by unit.',
    '把文本金额转成数字："12.5万" → 125000，"¥1,234" → 1234，"(1,200)" → −1200；不带单位的金额乘以 unit。',
    '把文字金額轉成數字："12.5萬" → 125000，"¥1,234" → 1234，"(1,200)" → −1200；不帶單位的金額乘以 unit。',
  ),
  params: [
    {
      name: 'text',
      type: 'text',
      cell: 'any',
      spread: true,
      help: tx(
        'Amount text, e.g. 12.5万 or ¥1,234.',
        '金额文本，如 12.5万 或 ¥1,234。',
        '金額文字，如 12.5萬 或 ¥1,234。',
      ),
    },
    {
      name: 'unit',
      type: 'text',
      cell: 'any',
      optional: true,
      default: '',
      help: tx(
        'Unit of plain numbers, e.g. 万 or 10000 (default 1).',
        '纯数字的单位，如 万 或 10000（默认 1）。',
        '純數字的單位，如 萬 或 10000（預設 1）。',
      ),
    } satisfies ParamDef,
  ],
  map: ([text, unit], ctx) => {
    const scale = unitScale(unit, ctx);
    if (typeof scale !== 'number') return scale;
    if (isBlank(text)) return ctx.error('#N/A', 'FN_BLANK', { param: 'text' });
    if (typeof text !== 'string' && typeof text !== 'number') {
      return ctx.error('#VALUE!', 'FN_NOT_A_NUMBER', { param: 'text', value: String(text) });
    }
    const v = parseAmount(text, scale);
    if (typeof v === 'number') return v;
    // a number that only overflows (1e999, or too large for its unit) is #NUM!, as in Excel
    const parsed = typeof text === 'number' ? text : parseAmountText(text);
    return Number.isNaN(parsed)
      ? ctx.error('#VALUE!', 'FN_NOT_A_NUMBER', { param: 'text', value: String(text) })
      : ctx.error('#NUM!', 'FN_OUT_OF_RANGE');
  },
};

export const CN_UNIT: ElementwiseDef = {
  name: 'CN_UNIT',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Writes an amount in Chinese units: 13.6亿, 125.0万 (auto picks 亿 from 1亿 and 万 from 1万).',
    '以中文单位书写金额：13.6亿、125.0万（auto：满 1 亿用亿，满 1 万用万）。',
    '以中文單位書寫金額：13.6億、125.0萬（auto：滿 1 億用億，滿 1 萬用萬）。',
  ),
  params: [
    spreadNumber('value', tx('Amount in 元.', '金额（元）。', '金額（元）。')),
    textParam(
      'unit',
      tx(
        '"auto" (default), 元, 万 or 亿.',
        '"auto"（默认）、元、万 或 亿。',
        '"auto"（預設）、元、萬 或 億。',
      ),
      {
        optional: true,
        default: 'auto',
      },
    ),
    scalarNumber('decimals', tx('Decimals (default 1).', '小数位（默认 1）。', '小數位（預設 1）。'), {
      optional: true,
      default: 1,
    }),
  ],
  map: ([v, u, d], ctx) => {
    const decimals = d as number;
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
      return ctx.error('#NUM!', 'FN_BAD_DECIMALS', { min: 0, max: 10 });
    }
    const name = (u as string).trim();
    const value = v as number;
    if (name.toLowerCase() === 'auto') {
      const unit = sentenceUnit(value, 'zh-CN');
      return unit === '元'
        ? fixed(value, decimals)
        : `${fixed(value / CN_UNITS[unit].scale, decimals)}${unit}`;
    }
    const unit = CN_UNITS[name.replace(/元$/, '') || '元'];
    if (!unit) return ctx.error('#VALUE!', 'FN_BAD_UNIT', { value: name });
    return `${fixed(value / unit.scale, decimals)}${unit.suffix}`;
  },
};

export const NARRATIVE: ElementwiseDef = {
  name: 'NARRATIVE',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'One sentence with the amount, attainment and YoY growth, e.g. 销售额13.6亿元，完成率104.6%，同比增长13.4%. A blank or zero target or prior leaves its clause out.',
    '生成一句话：金额、完成率与同比，如 销售额13.6亿元，完成率104.6%，同比增长13.4%。目标或上年为空或为 0 时省略该部分。',
    '產生一句話：金額、達成率與年增，如 銷售額13.6億元，達成率104.6%，年增13.4%。目標或去年為空或為 0 時省略該部分。',
  ),
  params: [
    spreadNumber('actual', tx('Actual amount in 元.', '实际金额（元）。', '實際金額（元）。')),
    {
      ...spreadNumber(
        'target',
        tx('Target (blank = no attainment).', '目标（空 = 不写完成率）。', '目標（空 = 不寫達成率）。'),
      ),
      cell: 'any',
    },
    {
      ...spreadNumber(
        'prior',
        tx(
          'Same period last year (blank = no YoY).',
          '上年同期（空 = 不写同比）。',
          '去年同期（空 = 不寫年增）。',
        ),
      ),
      cell: 'any',
    },
    textParam(
      'label',
      tx(
        'What the amount is (default 销售额 / Revenue).',
        '指标名称（默认 销售额）。',
        '指標名稱（預設 銷售額）。',
      ),
      {
        optional: true,
        default: '',
      },
    ),
    textParam(
      'language',
      tx(
        '"zh-CN" (default), "zh-TW" or "en".',
        '"zh-CN"（默认）、"zh-TW" 或 "en"。',
        '"zh-CN"（預設）、"zh-TW" 或 "en"。',
      ),
      {
        optional: true,
        default: 'zh-CN',
      },
    ),
  ],
  map: ([a, tg, pr, l, lg], ctx) => {
    const lang = parseLang(lg as string);
    if (!lang) return ctx.error('#VALUE!', 'FN_BAD_LANGUAGE');
    const opt = (v: unknown, param: string): number | null | FnError => {
      if (isBlank(v)) return null;
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseAmount(v) : NaN;
      return typeof n === 'number' && Number.isFinite(n)
        ? n
        : ctx.error('#VALUE!', 'FN_NOT_A_NUMBER', { param, value: String(v) });
    };
    const target = opt(tg, 'target');
    if (target !== null && typeof target !== 'number') return target;
    const prior = opt(pr, 'prior');
    if (prior !== null && typeof prior !== 'number') return prior;
    const actual = a as number;
    const label = (l as string).trim() || t('NARR_LABEL', lang);
    const parts = [t('NARR_AMOUNT', lang, { label, amount: formatAmount(actual, lang) })];
    const att = target === null ? null : attainment(actual, target);
    if (att !== null) parts.push(t('NARR_ATTAINMENT', lang, { pct: formatPercent(att, lang) }));
    const g = prior === null ? null : growth(actual, prior);
    if (g !== null) {
      if (Math.abs(g) < 0.0005) parts.push(t('NARR_FLAT', lang));
      else parts.push(t(g > 0 ? 'NARR_UP' : 'NARR_DOWN', lang, { pct: formatPercent(Math.abs(g), lang) }));
    }
    return parts.join(t('NARR_SEPARATOR', lang));
  },
};
