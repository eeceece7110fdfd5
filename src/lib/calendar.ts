/**
 * Calendar days as a reader means them: "the day I closed the account", "the
 * day they must answer". A day is written `YYYY-MM-DD` and has no time and no
 * time zone, so adding a month or counting days never shifts by an hour at a
 * daylight-saving change. The only place a time zone enters is `localDay`,
 * which says which day it is for the reader now.
 *
 * How a month is counted follows the sources cited in src/request/law.ts: from
 * the day the request is received to the same date in the next month, or that
 * month's last day when it has no such date (31 January gives the last day of
 * February).
 */
import { parseIsoDay } from './dates';

export type Day = string;

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromUtc(date: Date): Day {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** True for a day that exists, written `YYYY-MM-DD`. */
export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && parseIsoDay(value) !== undefined;
}

function utc(day: Day): Date {
  const date = parseIsoDay(day);
  if (!date) throw new RangeError(`not a day: "${day}" (expected YYYY-MM-DD)`);
  return date;
}

/**
 * The day it is at `at` where the reader is: their browser's time zone, or
 * `timeZone` (tests pass one). A reader in Kiribati is a day ahead of one in
 * Samoa at the same instant, and each sees their own date.
 */
export function localDay(at: Date = new Date(), timeZone?: string): Day {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`;
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: Day, n: number): Day {
  return fromUtc(new Date(utc(day).getTime() + n * MS_PER_DAY));
}

/** The same date `n` months after `day`, or that month's last day when it has no such date. */
export function addMonths(day: Day, n: number): Day {
  const start = utc(day);
  const monthIndex = start.getUTCMonth() + n;
  const lastOfTarget = new Date(Date.UTC(start.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(start.getUTCFullYear(), monthIndex, Math.min(start.getUTCDate(), lastOfTarget))));
}

/** Whole days from `from` to `to`: 1 for tomorrow, 0 for today, negative for days past. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / MS_PER_DAY);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(day: Day): number {
  return utc(day).getUTCDay();
}

/** The first day from `day` on that is not a Saturday or a Sunday (public holidays differ by place and are not known here). */
export function notOnWeekend(day: Day): Day {
  const d = weekday(day);
  return d === 6 ? addDays(day, 2) : d === 0 ? addDays(day, 1) : day;
}

/** A day for readers, e.g. "Saturday 28 February 2026", the same wherever the page runs. */
export function readableDay(day: Day, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}
