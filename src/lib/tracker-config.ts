import { t, type UiKey } from '../i18n/ui';
import type { ChecklistItem } from './checklist';
import { storageKey } from './progress-store';

/** The strings the tracker fills in on the client, by the short names it uses. */
const clientStrings = {
  steps: 'progress.steps',
  checks: 'progress.checks',
  start: 'progress.start',
  continue: 'progress.continue',
  'notice.unavailable': 'progress.notice.unavailable',
  'notice.failed': 'progress.notice.failed',
  'notice.newer': 'progress.notice.newer',
  'notice.recovered': 'progress.notice.recovered',
  'announce.done': 'progress.announce.done',
  'announce.undone': 'progress.announce.undone',
  'announce.synced': 'progress.announce.synced',
  'reset.done': 'progress.reset.done',
  progressNote: 'checklist.progressNote',
} satisfies Record<string, UiKey>;

/**
 * The data-* attributes that hand a guide's checklist to the tracker script
 * and to the pre-paint script, so neither has to work out the steps from the page.
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
      Object.fromEntries(Object.entries(clientStrings).map(([name, key]) => [name, t(key)])),
    ),
  };
}
