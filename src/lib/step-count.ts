import type { Guide } from './guide';
import { t } from '../i18n/ui';

/** How many steps a guide takes, as the guide page and the home page say it: per route when there are several. */
export function stepCountFact(guide: Pick<Guide, 'routes'>): { term: string; value: string } {
  const lengths = guide.routes.map((route) => route.steps.length);
  const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
  if (lengths.length === 1) return { term: t('guide.meta.steps'), value: String(max) };
  const key = min === max ? 'guide.meta.routesEach' : 'guide.meta.routesValue';
  return { term: t('guide.meta.routes'), value: t(key, { n: lengths.length, min, max }) };
}
