import type { Guide } from './guide';
import { anchorId } from './anchors';
import type { SummaryItem } from './progress-summary';

/**
 * One thing the reader ticks off: a "before you start" check or a step. The
 * key is the piece's anchor id, so the page anchor, the checkbox and the
 * stored progress all use one name.
 */
export interface ChecklistItem extends SummaryItem {
  /** The stable id from the content. */
  id: string;
  title: string;
  /** The short checklist line. */
  label: string;
  /** Interface labels to click (steps only). */
  clicks: string[];
  /** Ids this piece had before (see `formerIds` in the schema), for stored progress. */
  formerKeys: string[];
}

/** The guide's checklist: the before-you-start checks, then the steps, in reading order. */
export function checklistItems(guide: Pick<Guide, 'beforeStart' | 'steps'>): ChecklistItem[] {
  const checks = guide.beforeStart.map(({ data }, index): ChecklistItem => ({
    key: anchorId('caveat', data.id),
    kind: 'check',
    id: data.id,
    number: index + 1,
    title: data.title,
    label: data.label ?? data.title,
    clicks: [],
    formerKeys: data.formerIds.map((id) => anchorId('caveat', id)),
  }));
  const steps = guide.steps.map(({ data }): ChecklistItem => ({
    key: anchorId('step', data.id),
    kind: 'step',
    id: data.id,
    number: data.order,
    title: data.title,
    label: data.label,
    clicks: data.clicks,
    formerKeys: data.formerIds.map((id) => anchorId('step', id)),
  }));
  return [...checks, ...steps];
}
