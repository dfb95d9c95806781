/**
 * The wizard's messages (core/i18n/messages-ui.ts). Completeness and placeholders are checked for
 * every catalogue in test/core/i18n/messages.test.ts; the label tables (core/taskpane/labels.ts)
 * are checked by the type checker: a role, section or skip reason without a message does not compile.
 */
import { t } from '../../../core/i18n';
import type { HostErrorCode } from '../../../core/host/port';
import { hostMessageCode } from '../../../core/taskpane/generate';
import { MONTH_LABEL, roleName } from '../../../core/taskpane/labels';
import { errorText, translator } from '../../../core/taskpane/view-common';

describe('UI messages', () => {
  it('are merged into the catalogue', () => {
    expect(t('WIZ_NEXT', 'zh-TW')).toBe('下一步');
  });

  it('name every host error with what to do next', () => {
    const codes: HostErrorCode[] = [
      'SHEET_NOT_FOUND',
      'READ_FAILED',
      'WRITE_FAILED',
      'TOO_LARGE',
      'CANCELLED',
      'HOST_TOO_OLD',
      'BUSY',
    ];
    const texts = codes.map((c) => t(hostMessageCode(c), 'en', { message: 'x' }));
    expect(new Set(texts).size).toBe(codes.length);
  });

  it('name roles in the wizard’s words, and leave other headers as written', () => {
    const tr = translator('zh-TW');
    expect(roleName(tr, 'salesperson')).toBe('業務員');
    expect(roleName(tr, '大区')).toBe('大区');
  });

  it('have twelve months in order', () => {
    expect(MONTH_LABEL.map((c) => t(c, 'en'))[0]).toBe('January');
    expect(MONTH_LABEL).toHaveLength(12);
  });

  it('name the roles of a column used twice (not their keys)', () => {
    const e = {
      field: 'mapping',
      code: 'WIZ_ERR_SAME_COLUMN',
      params: { header: '金额', a: 'amount', b: 'cost' },
    } as const;
    expect(errorText(e, translator('zh-CN'))).toBe('“金额”同时被用作销售额和成本，请只选其一。');
  });

  it('show an ingest failure in the current language when its message takes no parameters', () => {
    const e = { field: 'mapping', code: 'NO_AMOUNT_COLUMN', text: '未找到金额列' } as const;
    expect(errorText(e, translator('en'))).toMatch(/No amount column found/);
    const withParams = { field: 'mapping', code: 'MISSING_RATE', text: '缺少汇率' } as const;
    expect(errorText(withParams, translator('en'))).toBe('缺少汇率');
  });
});
