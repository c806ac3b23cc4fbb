import * as chrono from 'chrono-node';

/** Numeric dates with dots (05.03.2024) are day-first, as in Europe; with slashes, month-first as in the US. */
const DOTTED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{4}\b/;
const dayFirst = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const EPOCH = /^\s*\d{9,13}\s*$/;

/**
 * A published date in any common format as YYYY-MM-DD, or undefined when it is not one. Timestamps
 * give the calendar date as written (`2024-03-05T23:30:00-08:00` is 2024-03-05, whatever the zone);
 * Unix times (seconds, or milliseconds from 12 digits up) give the UTC date. Relative dates
 * ("yesterday") and partial ones ("March 2024") are not accepted.
 */
export function parsePublishedDate(value: string | number): string | undefined {
  if (typeof value === 'number' || EPOCH.test(value)) return fromEpoch(Number(value));
  const parser = DOTTED_DATE.test(value) ? dayFirst : chrono.strict;
  const [result] = parser.parse(value, undefined, { forwardDate: false });
  if (result === undefined) return undefined;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  return isoDate(start.get('year'), start.get('month'), start.get('day'));
}

function fromEpoch(value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const date = new Date(value >= 1e11 ? value : value * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isoDate(year: number | null, month: number | null, day: number | null): string | undefined {
  if (year === null || month === null || day === null) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why `value` is not a day of the calendar written YYYY-MM-DD (`2020-13-45`, `2021-02-29`), or
 * undefined when it is one. For dates a user types (`--published`), checked before anything is read.
 */
export function calendarDayProblem(value: string): string | undefined {
  const match = DAY.exec(value);
  if (!match) return `"${value}" is not written YYYY-MM-DD (e.g. 2017-11-11)`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `"${value}" has month ${month}; months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return `"${value}" has day ${day}; ${MONTHS[month - 1]} ${year} has days 01 to ${days}`;
  }
  return undefined;
}
