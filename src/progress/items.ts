/**
 * The thing a reader ticks off: an item. There are two kinds, a "before you
 * start" check (a caveat with a checklist line) and a step. The guide page,
 * the printed checklist, the stored progress and the summary all speak of
 * items of this one type.
 */
import type { Guide } from '../lib/guide';
import { anchorId } from '../lib/anchors';

interface ItemBase {
  /**
   * The piece's anchor id, "step-<id>" or "caveat-<id>": the page anchor, the
   * checkbox's `data-progress-item` and the key progress is stored under.
   */
  key: string;
  /** Its place among the items of its kind, from 1 ("Step 3"); see `numberByKind`. */
  number: number;
  /** Keys this item had before a rename (`formerIds` in the content), so old ticks still count. */
  formerKeys: readonly string[];
}

export type ProgressItem =
  | (ItemBase & { kind: 'step' })
  /** A check is named by its checklist line, since it has no number a reader knows it by. */
  | (ItemBase & { kind: 'check'; label: string });

export type ItemKind = ProgressItem['kind'];

type WithoutNumber<T> = T extends unknown ? Omit<T, 'number'> : never;
/** An item before `numberByKind` has given it its number. */
export type UnnumberedItem = WithoutNumber<ProgressItem>;

/**
 * Numbers items by their place among their kind, in reading order. The one
 * place a number is worked out: the build uses it, and so does the browser
 * when it reads the hand-over (which leaves numbers out to stay small).
 * Content rules keep step orders at 1, 2, 3…, so a step's number is its order.
 */
export function numberByKind<T extends { kind: ItemKind }>(items: readonly T[]): (T & { number: number })[] {
  const counted: Record<ItemKind, number> = { check: 0, step: 0 };
  return items.map((item) => ({ ...item, number: ++counted[item.kind] }));
}

/** The guide's items: the before-you-start checks, then the steps, in reading order. */
export function progressItems(guide: Pick<Guide, 'beforeStart' | 'steps'>): ProgressItem[] {
  return numberByKind([
    ...guide.beforeStart.map(({ data }) => ({
      kind: 'check' as const,
      key: anchorId('caveat', data.id),
      label: data.label ?? data.title,
      formerKeys: data.formerIds.map((id) => anchorId('caveat', id)),
    })),
    ...guide.steps.map(({ data }) => ({
      kind: 'step' as const,
      key: anchorId('step', data.id),
      formerKeys: data.formerIds.map((id) => anchorId('step', id)),
    })),
  ]);
}
