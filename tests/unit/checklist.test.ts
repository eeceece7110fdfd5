import { describe, expect, it } from 'vitest';
import { checklistItems } from '../../src/lib/checklist';
import { getGuide } from '../../src/lib/guide';
import { trackerAttributes } from '../../src/lib/tracker-config';
import { storageKey } from '../../src/lib/progress-store';

describe('the checklist of a guide', async () => {
  const guide = await getGuide('aliexpress');
  const items = checklistItems(guide);

  it('lists the before-you-start checks first, then every step in order', () => {
    expect(items.map((item) => item.kind)).toEqual([
      ...guide.beforeStart.map(() => 'check'),
      ...guide.steps.map(() => 'step'),
    ]);
    expect(items.filter((item) => item.kind === 'step').map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items.filter((item) => item.kind === 'check').map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('keys each item by its page anchor, so the tick, the link and the stored progress agree', () => {
    for (const step of guide.steps) {
      expect(items).toContainEqual(expect.objectContaining({ key: `step-${step.data.id}`, label: step.data.label }));
    }
    for (const caveat of guide.beforeStart) {
      expect(items).toContainEqual(expect.objectContaining({ key: `caveat-${caveat.data.id}`, label: caveat.data.label }));
    }
  });

  it('carries the interface labels to click with each step', () => {
    const confirm = items.find((item) => item.id === 'confirm-closure');
    expect(confirm?.clicks).toEqual(['Confirm Closure']);
  });

  it('hands the tracker every item', () => {
    const attributes = trackerAttributes(guide.slug, items);
    expect(attributes['data-progress-key']).toBe(storageKey('aliexpress'));
    const handed: { key: string; name: string }[] = JSON.parse(attributes['data-progress-items']);
    expect(handed.map((item) => item.key)).toEqual(items.map((item) => item.key));
    expect(handed.find((item) => item.key === 'step-log-in')?.name).toBe('Step 1');
  });
});
