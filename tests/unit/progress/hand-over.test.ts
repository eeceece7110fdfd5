import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { handOverAttributes, takeOver } from '../../../src/progress/hand-over';
import { numberByKind, type ProgressItem } from '../../../src/progress/items';

const items: ProgressItem[] = numberByKind([
  { key: 'caveat-orders', kind: 'check', label: 'Every order is done', formerKeys: [] },
  { key: 'step-log-in', kind: 'step', route: 'web', formerKeys: ['step-sign-in'] },
  { key: 'step-settings', kind: 'step', route: 'web', formerKeys: [] },
  { key: 'step-app-settings', kind: 'step', route: 'app', formerKeys: [] },
]);

/** A page element carrying `attributes`, and an element inside it, as the browser would see them. */
function pageWith(attributes: Record<string, string>) {
  const { document } = new Window();
  const host = document.createElement('article');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const inside = document.createElement('label');
  host.append(inside);
  document.body.append(host);
  // happy-dom's elements, used as the page's own: the code under test knows only the DOM types.
  return inside as unknown as Element;
}

describe('the hand-over from the build to the browser', () => {
  it('gives back every item, with its key, kind, number, label and former keys', () => {
    expect(takeOver(pageWith(handOverAttributes('acme', items)))).toEqual({ guide: 'acme', items });
  });

  it('names the guide once, and writes no number and no step label into the page', () => {
    const attributes = handOverAttributes('acme', items);
    expect(Object.keys(attributes)).toEqual(['data-progress-guide', 'data-progress-items']);
    expect(attributes['data-progress-items']).not.toContain('number');
    expect(JSON.parse(attributes['data-progress-items'])).toEqual([
      { key: 'caveat-orders', kind: 'check', label: 'Every order is done' },
      { key: 'step-log-in', kind: 'step', route: 'web', formerKeys: ['step-sign-in'] },
      { key: 'step-settings', kind: 'step', route: 'web' },
      { key: 'step-app-settings', kind: 'step', route: 'app' },
    ]);
  });

  it('skips items that do not fit, and numbers the rest among their kind', () => {
    const raw = JSON.stringify([
      { key: 'caveat-a', kind: 'check', label: 'A is done' },
      { key: 'caveat-b', kind: 'check' },
      { key: 'step-b', kind: 'step', route: 'web' },
      { key: 'step-x', kind: 'sideways' },
      { key: 'step-no-route', kind: 'step' },
      'step-y',
      null,
      { key: 'step-c', kind: 'step', route: 'web', formerKeys: ['step-old', 7] },
      { key: 'step-d', kind: 'step', route: 'app' },
    ]);
    expect(takeOver(pageWith({ 'data-progress-guide': 'acme', 'data-progress-items': raw }))?.items).toEqual([
      { key: 'caveat-a', kind: 'check', number: 1, label: 'A is done', formerKeys: [] },
      { key: 'step-b', kind: 'step', route: 'web', number: 1, formerKeys: [] },
      { key: 'step-c', kind: 'step', route: 'web', number: 2, formerKeys: ['step-old'] },
      { key: 'step-d', kind: 'step', route: 'app', number: 1, formerKeys: [] },
    ]);
  });

  it('gives nothing, never an error, for a missing or broken hand-over', () => {
    expect(takeOver(pageWith({ 'data-progress-guide': 'acme', 'data-progress-items': '{not json' }))).toBeUndefined();
    expect(takeOver(pageWith({ 'data-progress-guide': 'acme', 'data-progress-items': '{"key":"step-a"}' }))).toBeUndefined();
    expect(takeOver(pageWith({ 'data-progress-items': '[]' }))).toBeUndefined();
    expect(takeOver(pageWith({}))).toBeUndefined();
    expect(takeOver(null)).toBeUndefined();
  });
});
