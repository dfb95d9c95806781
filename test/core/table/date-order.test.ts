import { addVote, decideDayOrder, defaultDayOrder, emptyVotes } from '../../../core/table/date-order';

const votes = (texts: string[]) => {
  const v = emptyVotes();
  for (const t of texts) addVote(v, t);
  return v;
};

describe('decideDayOrder', () => {
  it('reads day first when a first part is above 12', () => {
    expect(decideDayOrder(votes(['05-02-2010', '19-02-2010']), 'auto', 'mdy')).toEqual({
      order: 'dmy',
      basis: 'evidence',
      example: '19-02-2010',
      conflicts: 0,
    });
  });

  it('reads month first when a second part is above 12', () => {
    expect(decideDayOrder(votes(['2/1/2003 0:00', '2/24/2003 0:00']), 'auto', 'dmy')).toMatchObject({
      order: 'mdy',
      basis: 'evidence',
      example: '2/24/2003 0:00',
    });
  });

  it('takes the majority when cells disagree, counting the others as conflicts', () => {
    expect(decideDayOrder(votes(['13/01/2020', '14/01/2020', '01/13/2020']), 'auto', 'mdy')).toMatchObject({
      order: 'dmy',
      conflicts: 1,
    });
  });

  it('uses the language default without evidence, and says so', () => {
    expect(decideDayOrder(votes(['01/02/2020']), 'auto', defaultDayOrder('en'))).toEqual({
      order: 'mdy',
      basis: 'default',
      example: '01/02/2020',
      conflicts: 0,
    });
  });

  it('has nothing to decide for ISO dates', () => {
    expect(decideDayOrder(votes(['2020-01-02', 'abc']), 'auto', 'mdy').basis).toBe('none');
  });

  it('follows the user, counting what the user’s order cannot read', () => {
    expect(decideDayOrder(votes(['13/01/2020', '01/02/2020']), 'mdy', 'dmy')).toEqual({
      order: 'mdy',
      basis: 'user',
      example: null,
      conflicts: 1,
    });
  });
});
