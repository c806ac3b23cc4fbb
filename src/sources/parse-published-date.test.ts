import { parsePublishedDate } from './parse-published-date';

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
