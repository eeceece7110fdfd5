/** `YYYY-MM-DD` for the `datetime` attribute; content dates are calendar days, so UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day for readers, e.g. "28 November 2026", the same on every build machine. */
export function readableDay(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
