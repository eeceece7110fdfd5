import { describe, expect, it } from 'vitest';
import { checklistItems } from '../../src/lib/checklist';
import { getGuide } from '../../src/lib/guide';
import { trackerAttributes } from '../../src/lib/tracker-config';
import { parseTrackerItems } from '../../src/lib/tracker-data';
import { storageKey } from '../../src/lib/progress-store';

// The fictional guide of tests/fixtures/content: four steps, two checks before you start.
describe('the checklist of a guide', async () => {
  const guide = await getGuide('bramblebox');
  const items = checklistItems(guide);

  it('lists the before-you-start checks first, then every step in order', () => {
    expect(items.map((item) => item.kind)).toEqual([
      ...guide.beforeStart.map(() => 'check'),
      ...guide.steps.map(() => 'step'),
    ]);
    expect(items.filter((item) => item.kind === 'step').map((item) => item.number)).toEqual([1, 2, 3, 4]);
    expect(items.filter((item) => item.kind === 'check').map((item) => item.number)).toEqual([1, 2]);
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
    expect(items.find((item) => item.id === 'open-privacy-settings')?.clicks).toEqual(['Menu', 'Privacy settings']);
    expect(items.find((item) => item.id === 'confirm-erasure')?.clicks).toEqual(['Confirm']);
  });

  it('hands the tracker every item, as the tracker reads it back', () => {
    const attributes = trackerAttributes(guide.slug, items);
    expect(attributes['data-progress-key']).toBe(storageKey('bramblebox'));
    const handed = parseTrackerItems(attributes['data-progress-items']);
    expect(handed.map(({ key, kind, number }) => ({ key, kind, number }))).toEqual(
      items.map(({ key, kind, number }) => ({ key, kind, number })),
    );
    // Checks are announced by their checklist line; steps by their number.
    expect(handed.filter((item) => item.kind === 'check').map((item) => item.name)).toEqual(
      guide.beforeStart.map((caveat) => caveat.data.label),
    );
    expect(handed.find((item) => item.key === 'step-sign-in')?.name).toBeUndefined();
  });

  it('hands over a renamed piece\'s former keys, so its old ticks still count', () => {
    // Step 2 of the fictional guide was once "open-settings" (formerIds in its file).
    const handed = parseTrackerItems(trackerAttributes(guide.slug, items)['data-progress-items']);
    expect(handed.find((item) => item.key === 'step-open-privacy-settings')?.formerKeys).toEqual(['step-open-settings']);
    expect(handed.find((item) => item.key === 'step-sign-in')?.formerKeys).toEqual([]);
  });
});

describe('reading the hand-over back', () => {
  it('skips what does not fit and numbers the rest among their kind', () => {
    const raw = JSON.stringify([
      { key: 'caveat-a', kind: 'check', name: 'A is done' },
      { key: 'step-b', kind: 'step' },
      { key: 'step-x', kind: 'sideways' },
      'step-y',
      { key: 'step-c', kind: 'step', formerKeys: ['step-old', 7] },
    ]);
    expect(parseTrackerItems(raw)).toEqual([
      { key: 'caveat-a', kind: 'check', number: 1, name: 'A is done', formerKeys: [] },
      { key: 'step-b', kind: 'step', number: 1, formerKeys: [] },
      { key: 'step-c', kind: 'step', number: 2, formerKeys: ['step-old'] },
    ]);
  });

  it('gives an empty checklist for a broken attribute, never an error', () => {
    expect(parseTrackerItems('{not json')).toEqual([]);
    expect(parseTrackerItems(undefined)).toEqual([]);
    expect(parseTrackerItems('{"key":"step-a"}')).toEqual([]);
  });
});
