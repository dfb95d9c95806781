/** The wizard's catalogue (core/i18n/messages-ui.ts): complete in three languages, every code the views build exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMessage, t } from '../../../core/i18n';
import { UI_MESSAGES } from '../../../core/i18n/messages-ui';
import { ALL_SECTIONS } from '../../../core/settings/schema';
import { ROLES, type RowIssueCode } from '../../../core/table/types';
import type { HostErrorCode } from '../../../core/host/port';
import { hostMessageCode } from '../../../core/taskpane/generate';

const HOST_CODES: HostErrorCode[] = [
  'SHEET_NOT_FOUND',
  'READ_FAILED',
  'WRITE_FAILED',
  'TOO_LARGE',
  'CANCELLED',
  'HOST_TOO_OLD',
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('has every message in en, zh-CN and zh-TW with the same placeholders', () => {
    for (const [code, m] of Object.entries(UI_MESSAGES)) {
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
        expect([code, lang, m[lang].trim().length > 0]).toEqual([code, lang, true]);
        expect([code, lang, placeholders(m[lang])]).toEqual([code, lang, placeholders(m.en)]);
      }
    }
  });

  it('is merged into the catalogue', () => {
    expect(t('WIZ_NEXT', 'zh-TW')).toBe('下一步');
  });

  it('has every code the views build from parts', () => {
    const skip: RowIssueCode[] = [
      'BLANK_ROW',
      'REPEATED_HEADER',
      'SUBTOTAL_ROW',
      'NO_AMOUNT',
      'BAD_AMOUNT',
      'NO_DATE',
      'BAD_DATE',
      'MISSING_RATE',
      'DUPLICATE_ROW',
      'REFUND_ROW',
    ];
    const codes = [
      ...ROLES.map((r) => `WIZ_ROLE_${r}`),
      ...ALL_SECTIONS.map((s) => `WIZ_SECTION_${s}`),
      ...Array.from({ length: 12 }, (_, i) => `WIZ_MONTH_${i + 1}`),
      ...['header', 'content', 'user'].map((s) => `WIZ_SOURCE_${s}`),
      ...['none', 'column', 'sheet', 'typed'].map((k) => `WIZ_TARGET_${k}`),
      ...['3322', 'equal', 'seasonal', 'custom'].map((w) => `WIZ_W_${w}`),
      ...['reading', 'computing', 'writing', 'done'].map((s) => `WIZ_STAGE_${s}`),
      ...HOST_CODES.map(hostMessageCode),
      ...skip.map((c) => `WIZ_SKIP_${c}`),
    ];
    expect(codes.filter((c) => !hasMessage(c))).toEqual([]);
  });

  it('has every literal code the wizard sources use', () => {
    const dir = join(__dirname, '..', '..', '..', 'core', 'taskpane');
    const used = new Set<string>();
    for (const f of readdirSync(dir)) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:WIZ|NO|EMPTY)_[A-Z_]+)'/g))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((c) => !hasMessage(c))).toEqual([]);
  });
});
