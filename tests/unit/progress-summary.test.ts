import { describe, expect, it } from 'vitest';
import { summarise, type SummaryItem } from '../../src/lib/progress-summary';

const items: SummaryItem[] = [
  { key: 'caveat-a', kind: 'check', number: 1 },
  { key: 'caveat-b', kind: 'check', number: 2 },
  { key: 'step-1', kind: 'step', number: 1 },
  { key: 'step-2', kind: 'step', number: 2 },
  { key: 'step-3', kind: 'step', number: 3 },
];

describe('summarise', () => {
  it('counts steps and checks apart and points at step 1 at the start', () => {
    expect(summarise(items, new Set())).toEqual({
      stepsDone: 0,
      stepsTotal: 3,
      checksDone: 0,
      checksTotal: 2,
      next: items[2],
      finished: false,
    });
  });

  it('continues at the first unticked step, even when a later one is ticked', () => {
    const s = summarise(items, new Set(['caveat-a', 'step-1', 'step-3']));
    expect(s).toMatchObject({ stepsDone: 2, checksDone: 1, finished: false });
    expect(s.next?.number).toBe(2);
  });

  it('is finished when every step is ticked, checks or not', () => {
    const s = summarise(items, new Set(['step-1', 'step-2', 'step-3']));
    expect(s).toMatchObject({ stepsDone: 3, finished: true, next: undefined });
  });

  it('ignores keys that are not items', () => {
    expect(summarise(items, new Set(['step-9', 'x'])).stepsDone).toBe(0);
  });
});
