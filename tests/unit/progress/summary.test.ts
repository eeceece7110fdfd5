import { describe, expect, it } from 'vitest';
import { numberByKind, type ProgressItem } from '../../../src/progress/items';
import { summarise } from '../../../src/progress/summary';

const items: ProgressItem[] = numberByKind([
  { key: 'caveat-a', kind: 'check', label: 'A is done', formerKeys: [] },
  { key: 'caveat-b', kind: 'check', label: 'B is done', formerKeys: [] },
  { key: 'step-1', kind: 'step', route: 'web', formerKeys: [] },
  { key: 'step-2', kind: 'step', route: 'web', formerKeys: [] },
  { key: 'step-3', kind: 'step', route: 'web', formerKeys: [] },
  { key: 'step-app-1', kind: 'step', route: 'app', formerKeys: [] },
  { key: 'step-app-2', kind: 'step', route: 'app', formerKeys: [] },
]);

describe('summarise', () => {
  it('counts steps and checks apart and points at step 1 at the start', () => {
    expect(summarise(items, new Set(), 'web')).toEqual({
      stepsDone: 0,
      stepsTotal: 3,
      checksDone: 0,
      checksTotal: 2,
      next: items[2],
      finished: false,
    });
  });

  it('continues at the first unticked step, even when a later one is ticked', () => {
    const s = summarise(items, new Set(['caveat-a', 'step-1', 'step-3']), 'web');
    expect(s).toMatchObject({ stepsDone: 2, checksDone: 1, finished: false });
    expect(s.next?.key).toBe('step-2');
    expect(s.next?.number).toBe(2);
  });

  it('is finished when every step is ticked, checks or not', () => {
    const s = summarise(items, new Set(['step-1', 'step-2', 'step-3']), 'web');
    expect(s).toMatchObject({ stepsDone: 3, finished: true, next: undefined });
  });

  it("counts the chosen route's steps only, and the checks on every route", () => {
    const done = new Set(['caveat-a', 'step-1', 'step-2', 'step-3', 'step-app-2']);
    expect(summarise(items, done, 'app')).toMatchObject({ stepsDone: 1, stepsTotal: 2, checksDone: 1, finished: false });
    expect(summarise(items, done, 'app').next?.key).toBe('step-app-1');
    expect(summarise(items, done, 'web')).toMatchObject({ stepsDone: 3, stepsTotal: 3, checksDone: 1, finished: true });
  });

  it('ignores keys that are not items', () => {
    expect(summarise(items, new Set(['step-9', 'x']), 'web').stepsDone).toBe(0);
  });
});

describe('numberByKind', () => {
  it("numbers each kind from 1 in reading order, checks and steps apart, and each route's steps from 1", () => {
    expect(items.map(({ kind, number }) => `${kind} ${number}`)).toEqual(['check 1', 'check 2', 'step 1', 'step 2', 'step 3', 'step 1', 'step 2']);
  });
});
