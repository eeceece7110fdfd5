import { t, type UiKey } from '../i18n/ui';
import type { ChecklistItem } from './checklist';
import { storageKey } from './progress-store';

/** The templates the pre-paint script fills in before the tracker code arrives, by the names it uses. */
const prePaintStrings = {
  steps: 'progress.steps',
  checks: 'progress.checks',
  start: 'progress.start',
  continue: 'progress.continue',
} satisfies Record<string, UiKey>;

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
        name: kind === 'step' ? t('progress.step.name', { n: number }) : label,
        formerKeys,
      })),
    ),
    'data-progress-strings': JSON.stringify(
      Object.fromEntries(Object.entries(prePaintStrings).map(([name, key]) => [name, t(key)])),
    ),
  };
}
