import { t } from '../i18n/ui';
import type { ChecklistItem } from './checklist';
import { storageKey } from './progress-store';

/**
 * The data-* attributes that hand a guide's checklist to the tracker code and
 * the pre-paint script, so neither has to work out the steps from the page.
 */
export function trackerAttributes(slug: string, items: readonly ChecklistItem[]) {
  return {
    'data-guide': slug,
    'data-progress-key': storageKey(slug),
    'data-progress-items': JSON.stringify(
      items.map(({ key, kind, number, label, formerKeys }) => ({
        key,
        kind,
        number,
        name: kind === 'step' ? t('step.number', { n: number }) : label,
        formerKeys,
      })),
    ),
  };
}
