import { ownedTabs, uniqueName, OWNED_NAME } from '../../cli/xlsx-package';
import { parseWorkbook } from '../../cli/ooxml';

describe('uniqueName', () => {
  it('keeps a free name', () => {
    expect(uniqueName('复盘-总览', ['销售明细'])).toBe('复盘-总览');
  });

  it('suffixes a clash, case-insensitively', () => {
    expect(uniqueName('Data', ['data'])).toBe('Data (2)');
    expect(uniqueName('Data', ['data', 'Data (2)'])).toBe('Data (3)');
  });

  it('stays within 31 characters', () => {
    const long = 'x'.repeat(31);
    const n = uniqueName(long, [long]);
    expect(n.length).toBe(31);
    expect(n.endsWith(' (2)')).toBe(true);
  });

  it('does not mutate the taken list', () => {
    const taken = ['a'];
    uniqueName('a', taken);
    expect(taken).toEqual(['a']);
  });
});

describe('ownedTabs', () => {
  it('reads the hidden defined name', () => {
    const xml = `<workbook><definedNames><definedName name="${OWNED_NAME}" hidden="1">&quot;复盘-总览|Review &amp; Plan&quot;</definedName></definedNames></workbook>`;
    expect(ownedTabs(parseWorkbook(xml))).toEqual(['复盘-总览', 'Review & Plan']);
  });

  it('is empty for a workbook we never wrote', () => {
    expect(ownedTabs(parseWorkbook('<workbook><sheets/></workbook>'))).toEqual([]);
  });
});
