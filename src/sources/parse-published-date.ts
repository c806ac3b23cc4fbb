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
