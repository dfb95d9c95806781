import { findingKey, isFindingKey, FINDING_CODES, segmentToken } from '../../../core/review/finding-key';
import { money, rate, role, text } from '../../../core/review/evidence';
import type { Finding } from '../../../core/review/model';

const declining = (segment: string | null, revenue: number): Finding => ({
  code: 'DECLINING_SEGMENT',
  severity: 'high',
  evidence: [
    role('dimension', 'region'),
    text('segment', segment),
    money('revenue', revenue),
    rate('yoy', -0.2),
  ],
});

describe('findingKey', () => {
  it('is the code and the subject, not the figures', () => {
    expect(findingKey(declining('Central', 100))).toBe('DECLINING_SEGMENT / region / Central');
    expect(findingKey(declining('Central', 999))).toBe(findingKey(declining('Central', 100)));
    expect(findingKey(declining('East', 100))).not.toBe(findingKey(declining('Central', 100)));
  });

  it('names the blank segment and the folded tail apart from any data value', () => {
    expect(findingKey(declining('', 1))).toBe('DECLINING_SEGMENT / region / (blank)');
    expect(segmentToken(null)).toBe('(others)');
  });

  it('keeps a whole-business finding to its code, and a volatility finding off its moving quarters', () => {
    const vol: Finding = {
      code: 'QUARTER_VOLATILITY',
      severity: 'low',
      evidence: [rate('coefficientOfVariation', 0.3), text('highQuarter', 'Q4'), text('lowQuarter', 'Q1')],
    };
    expect(findingKey(vol)).toBe('QUARTER_VOLATILITY');
    expect(
      findingKey({ code: 'RECORD_QUARTER', severity: 'highlight', evidence: [text('quarter', 'Q4')] }),
    ).toBe('RECORD_QUARTER / Q4');
  });

  it('reads back as a key, and nothing else does', () => {
    for (const code of FINDING_CODES) expect(isFindingKey(code)).toBe(true);
    expect(isFindingKey(findingKey(declining('Central', 1)))).toBe(true);
    expect(isFindingKey('ID (keep)')).toBe(false);
    expect(isFindingKey('MARGIN_DOWNWARD')).toBe(false);
  });
});
