import { displayText } from '../../../examples/browser-host/render-doc';

describe('displayText', () => {
  it('formats numbers and formula results with the cell format', () => {
    expect(displayText(0.5, '0.0%')).toBe('50.0%');
    expect(displayText({ formula: '=B2/C2', value: 1.013 }, '0.0%')).toBe('101.3%');
  });

  it('keeps text as text, formulas-looking text included', () => {
    expect(displayText('=HYPERLINK("x")', '#,##0')).toBe('=HYPERLINK("x")');
  });

  it('shows blanks empty and booleans as Excel does', () => {
    expect(displayText(null)).toBe('');
    expect(displayText({ formula: '=NA()', value: null })).toBe('');
    expect(displayText(true)).toBe('TRUE');
  });
});
