import type { ChecklistItem } from './checklist';
import { storageKey } from './progress-store';

/**
 * The data-* attributes that hand a guide's checklist to the tracker code and
 * the pre-paint script, so neither has to work out the steps from the page.
 * Only what the client cannot work out is handed over, since it rides in every
 * guide page: an item's number is its place among its kind (content rules keep
 * step orders 1, 2, 3…), steps are announced by that number, and most items
 * have no former keys.
 */
export function trackerAttributes(slug: string, items: readonly ChecklistItem[]) {
  return {
    'data-guide': slug,
    'data-progress-key': storageKey(slug),
    'data-progress-items': JSON.stringify(
      items.map(({ key, kind, label, formerKeys }) => ({
        key,
        kind,
        ...(kind === 'check' && { name: label }),
        ...(formerKeys.length > 0 && { formerKeys }),
      })),
    ),
  };
}
