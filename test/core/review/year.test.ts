import { chooseReviewYear } from '../../../core/review/year';

describe('chooseReviewYear', () => {
  it('takes the latest year when it has substantial data', () => {
    const c = chooseReviewYear(
      [
        { year: 2013, rows: 100, months: 4 },
        { year: 2014, rows: 600, months: 12 },
      ],
      null,
    );
    expect(c).toEqual({ year: 2014, basis: 'latest', passedOver: null });
  });

  it('passes over a thin later year (5 months, a third of the rows) and says which', () => {
    const late = { year: 2005, rows: 338, months: 5 };
    const c = chooseReviewYear(
      [{ year: 2003, rows: 734, months: 12 }, { year: 2004, rows: 927, months: 12 }, late],
      null,
    );
    expect(c).toEqual({ year: 2004, basis: 'substantial', passedOver: late });
  });

  it('passes over a handful of late rows', () => {
    const c = chooseReviewYear(
      [
        { year: 2024, rows: 5000, months: 12 },
        { year: 2025, rows: 6, months: 1 },
      ],
      null,
    );
    expect(c.year).toBe(2024);
  });

  it('keeps a later year with 6 months or more, or half the rows of the year before', () => {
    expect(
      chooseReviewYear(
        [
          { year: 2011, rows: 100, months: 12 },
          { year: 2012, rows: 40, months: 6 },
        ],
        null,
      ).year,
    ).toBe(2012);
    expect(
      chooseReviewYear(
        [
          { year: 2011, rows: 100, months: 12 },
          { year: 2012, rows: 50, months: 2 },
        ],
        null,
      ).year,
    ).toBe(2012);
  });

  it('reviews the only year, however short', () => {
    expect(chooseReviewYear([{ year: 2020, rows: 3, months: 1 }], null)).toEqual({
      year: 2020,
      basis: 'latest',
      passedOver: null,
    });
  });

  it('takes the user’s year', () => {
    expect(chooseReviewYear([{ year: 2020, rows: 3, months: 1 }], 2019)).toEqual({
      year: 2019,
      basis: 'settings',
      passedOver: null,
    });
  });

  it('does not mutate its input', () => {
    const years = [
      { year: 2025, rows: 1, months: 1 },
      { year: 2024, rows: 100, months: 12 },
    ];
    chooseReviewYear(years, null);
    expect(years.map((y) => y.year)).toEqual([2025, 2024]);
  });
});
