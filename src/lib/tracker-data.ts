/**
 * Reads the checklist that tracker-config.ts hands to client
 * scripts through data-* attributes. Attributes can be edited by anyone, so
 * nothing is trusted: what does not fit is left out.
 */
import type { SummaryItem } from './progress-summary';

export interface TrackerItem extends SummaryItem {
  /** What announcements call a check (its checklist line); steps are called by their number. */
  name?: string;
  formerKeys: string[];
}

function parseJson(raw: string | undefined): unknown {
  try {
    return JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
}

export function parseTrackerItems(raw: string | undefined): TrackerItem[] {
  const data = parseJson(raw);
  if (!Array.isArray(data)) return [];
  const counted = { step: 0, check: 0 };
  return data.flatMap((item: unknown): TrackerItem[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { key, kind, name, formerKeys } = item as Record<string, unknown>;
    if (typeof key !== 'string' || (kind !== 'step' && kind !== 'check')) return [];
    const former = Array.isArray(formerKeys) ? formerKeys.filter((k): k is string => typeof k === 'string') : [];
    return [{ key, kind, number: ++counted[kind], ...(typeof name === 'string' && { name }), formerKeys: former }];
  });
}
