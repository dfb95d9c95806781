import { finalNames, newRunId, tempNames, tempPrefix } from '../../excel-addin/tab-names';

describe('finalNames', () => {
  test('keeps names no user tab uses', () => {
    expect(finalNames(['复盘-总览', '复盘-季度'], ['Sales'])).toEqual(['复盘-总览', '复盘-季度']);
  });

  test('suffixes a name a user tab already has, case-insensitively', () => {
    expect(finalNames(['Review - Overview'], ['REVIEW - OVERVIEW', 'Review - Overview (2)'])).toEqual([
      'Review - Overview (3)',
    ]);
  });

  test('keeps suffixed names within 31 characters', () => {
    const long = 'R'.repeat(31);
    const [name] = finalNames([long], [long]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  test('two new tabs never share a name', () => {
    expect(finalNames(['A', 'a'], [])).toEqual(['A', 'a (2)']);
  });

  test('does not mutate its inputs', () => {
    const wanted = ['A'];
    const users = ['A'];
    finalNames(wanted, users);
    expect([wanted, users]).toEqual([['A'], ['A']]);
  });
});

describe('tempNames / newRunId', () => {
  test('temporary names share the run prefix and avoid existing names', () => {
    expect(tempNames('ab12', 2, ['~SR-ab12-1'])).toEqual(['~SR-ab12-2', '~SR-ab12-3']);
    expect(tempPrefix('ab12')).toBe('~SR-ab12-');
  });

  test('run ids are 4 base-36 characters', () => {
    for (let i = 0; i < 50; i++) expect(newRunId()).toMatch(/^[0-9a-z]{4}$/);
  });
});
