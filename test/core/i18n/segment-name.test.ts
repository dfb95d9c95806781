import { localize } from '../../../core/i18n';
import { segmentName } from '../../../core/i18n/segment-name';

describe('segmentName', () => {
  it('names the folded tail and the blank cells in the user’s language, and keeps a value as it is', () => {
    expect(segmentName(null, localize('en'))).toBe('Others');
    expect(segmentName(null, localize('zh-CN'))).toBe('其他');
    expect(segmentName('', localize('en'))).toBe('(blank)');
    expect(segmentName('', localize('zh-TW'))).toBe('（空白）');
    expect(segmentName('华东', localize('en'))).toBe('华东');
  });
});
