import { calendarDayProblem, parsePublishedDate } from './parse-published-date';

describe('parsePublishedDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-08:00', '2024-03-05'],
    ['2024-03-05T01:30:00+09:00', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['03/05/2024', '2024-03-05'],
    ['1709683200', '2024-03-06'],
    [1709683200, '2024-03-06'],
    [1709683200000, '2024-03-06'],
  ])('reads %j as %s', (value, expected) => {
    expect(parsePublishedDate(value)).toBe(expected);
  });

  it.each(['yesterday', 'March 2024', '2024', '2024-02-30', 'not a date', ''])('does not accept %j', (value) => {
    expect(parsePublishedDate(value)).toBeUndefined();
  });
});

describe('calendarDayProblem', () => {
  it.each(['2017-11-11', '2020-02-29', '2021-12-31'])('accepts %s', (value) => {
    expect(calendarDayProblem(value)).toBeUndefined();
  });

  it.each([
    ['2020-13-45', 'has month 13; months run from 01 to 12'],
    ['2020-02-30', 'has day 30; February 2020 has days 01 to 29'],
    ['2021-02-29', 'has day 29; February 2021 has days 01 to 28'],
    ['2021-04-31', 'has day 31; April 2021 has days 01 to 30'],
    ['2021-01-00', 'has day 0; January 2021 has days 01 to 31'],
    ['11/11/2017', 'is not written YYYY-MM-DD'],
  ])('says what is wrong with %s', (value, problem) => {
    expect(calendarDayProblem(value)).toContain(problem);
  });
});
