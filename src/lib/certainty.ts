/**
 * How sure we are of a route, in the words every page that shows a route
 * uses: who reports it and when, or when and where it was followed.
 */
import type { Certainty, platforms } from '../content.config';
import { readableDay, readableMonth } from './dates';
import { t } from '../i18n/ui';

type Platform = (typeof platforms)[number];

/** A report's date as precise as its source: "2025", "November 2021", "24 November 2021" or "undated". */
export function reportedDateText(date: string): string {
  if (date === 'undated') return t('route.undated');
  const [year, month, day] = date.split('-').map(Number);
  if (day !== undefined && month !== undefined && year !== undefined) return readableDay(new Date(Date.UTC(year, month - 1, day)));
  if (month !== undefined && year !== undefined) return readableMonth(year, month);
  return String(year);
}

export function platformText(platform: Platform): string {
  return t(`platform.${platform}`);
}

/** Where a route is taken, e.g. "Android app, iPhone app". */
export function platformsText(platforms: readonly Platform[]): string {
  return platforms.map(platformText).join(', ');
}

/** E.g. "Reported by JustDeleteMe, November 2021", or "Followed by us on 30 January 2026, iPhone app version 8.120.4". */
export function certaintyText(certainty: Certainty): string {
  if (certainty.status === 'reported') return t('route.reported', { by: certainty.by, date: reportedDateText(certainty.date) });
  const values = { date: readableDay(certainty.date), platform: platformText(certainty.platform) };
  return certainty.appVersion
    ? t('route.confirmedOnApp', { ...values, version: certainty.appVersion })
    : t('route.confirmed', values);
}

/** Whether we followed the route on the live service, said plainly either way. */
export function followedText(certainty: Certainty): string {
  return certainty.status === 'confirmed' ? certaintyText(certainty) : t('route.notFollowed');
}
