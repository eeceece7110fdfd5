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
  /** A step belongs to one route (its id), and is numbered among that route's steps. */
  | (ItemBase & { kind: 'step'; route: string })
  /** A check is named by its checklist line, since it has no number a reader knows it by. */
  | (ItemBase & { kind: 'check'; label: string });

export type ItemKind = ProgressItem['kind'];

type WithoutNumber<T> = T extends unknown ? Omit<T, 'number'> : never;
/** An item before `numberByKind` has given it its number. */
export type UnnumberedItem = WithoutNumber<ProgressItem>;

/**
 * Numbers items by their place among their kind (a step: among its route's
 * steps), in reading order. The one place a number is worked out: the build
 * uses it, and so does the browser when it reads the hand-over (which leaves
 * numbers out to stay small). Content rules keep step orders at 1, 2, 3…
 * within a route, so a step's number is its order.
 */
export function numberByKind<T extends { kind: ItemKind; route?: string }>(items: readonly T[]): (T & { number: number })[] {
  const counted = new Map<string, number>();
  return items.map((item) => {
    const group = item.kind === 'step' ? `step:${item.route ?? ''}` : item.kind;
    const number = (counted.get(group) ?? 0) + 1;
    counted.set(group, number);
    return { ...item, number };
  });
}

/** The routes the items' steps belong to, in reading order: the recommended route first. */
export function routesOf(items: readonly ProgressItem[]): string[] {
  return [...new Set(items.flatMap((item) => (item.kind === 'step' ? [item.route] : [])))];
}

/** The guide's items: the before-you-start checks, shared by every route, then each route's steps, in reading order. */
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
      route: data.route,
      key: anchorId('step', data.id),
      formerKeys: data.formerIds.map((id) => anchorId('step', id)),
    })),
  ]);
}
