/** `YYYY-MM-DD` for the `datetime` attribute; content dates are calendar days, so UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day for readers, e.g. "28 November 2026", the same on every build machine. */
export function readableDay(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A month for readers, e.g. "November 2021"; `month` counts from 1. */
export function readableMonth(year: number, month: number, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * The day that `YYYY-MM-DD` names, at midnight UTC; undefined for any other
 * form and for days no calendar has (2026-02-30, 2026-13-45), which `Date`
 * would otherwise roll over into another day.
 */
export function parseIsoDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
