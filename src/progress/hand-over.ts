/**
 * The hand-over from the build to the browser: the page element that holds a
 * guide's progress controls carries the guide's name and its items as data-*
 * attributes, so client code never works out the steps from the page. The
 * writer and the reader of that format sit side by side here.
 *
 * Only what the browser cannot work out is written, since it rides in every
 * guide page: numbers come back from `numberByKind`, steps are announced by
 * their number so only checks carry a label, and most items have no former keys.
 */
import { numberByKind, type ItemKind, type ProgressItem, type UnnumberedItem } from './items';

/** One item as written into the page. */
interface WireItem {
  key: string;
  kind: ItemKind;
  route?: string;
  label?: string;
  formerKeys?: readonly string[];
}

/** What the browser gets back: the guide's name (its storage key comes from the store) and its items. */
export interface HandOver {
  guide: string;
  items: ProgressItem[];
}

/** The element that carries the hand-over; client code finds it with `closest(HOST)`. */
export const HOST = '[data-progress-guide]';

/** The attributes to spread on the element that holds the guide's progress controls. */
export function handOverAttributes(guide: string, items: readonly ProgressItem[]) {
  const wire = items.map(
    (item): WireItem => ({
      key: item.key,
      kind: item.kind,
      ...(item.kind === 'step' && { route: item.route }),
      ...(item.kind === 'check' && { label: item.label }),
      ...(item.formerKeys.length > 0 && { formerKeys: item.formerKeys }),
    }),
  );
  return { 'data-progress-guide': guide, 'data-progress-items': JSON.stringify(wire) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readItem(value: unknown): UnnumberedItem[] {
  if (!isRecord(value)) return [];
  const { key, kind, route, label, formerKeys } = value;
  if (typeof key !== 'string') return [];
  const former = Array.isArray(formerKeys) ? formerKeys.filter((k): k is string => typeof k === 'string') : [];
  if (kind === 'step' && typeof route === 'string') return [{ key, kind, route, formerKeys: former }];
  if (kind === 'check' && typeof label === 'string') return [{ key, kind, label, formerKeys: former }];
  return [];
}

/**
 * Reads the hand-over of the element `from` sits in. Attributes can be edited
 * by anyone, so nothing is trusted: items that do not fit are left out, and a
 * missing or broken hand-over gives undefined.
 */
export function takeOver(from: Element | null | undefined): HandOver | undefined {
  const host = from?.closest<HTMLElement>(HOST);
  const guide = host?.dataset.progressGuide;
  if (!host || !guide) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(host.dataset.progressItems ?? '');
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  return { guide, items: numberByKind(data.flatMap(readItem)) };
}

