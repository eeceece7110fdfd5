import type { z } from 'astro/zod';
import type { followedSchema } from '../content.config';
import { readableDay } from './dates';
import { t } from '../i18n/ui';

export type Followed = z.output<typeof followedSchema>;

/** What a reader is told about following the steps on the live service: when, where and in which app version, or plainly that nobody has. */
export function followedText(followed: Followed | undefined): string {
  if (!followed) return t('guide.meta.notFollowed');
  const values = { date: readableDay(followed.date), platform: t(`platform.${followed.platform}`) };
  return followed.appVersion
    ? t('guide.meta.followedOnApp', { ...values, version: followed.appVersion })
    : t('guide.meta.followedOn', values);
}
