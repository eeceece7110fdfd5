import type { ProgressItem } from './items';

export interface ProgressSummary {
  stepsDone: number;
  stepsTotal: number;
  checksDone: number;
  checksTotal: number;
  /** The first unticked step, where the reader should carry on; undefined when every step is done. */
  next: ProgressItem | undefined;
  finished: boolean;
}

/**
 * How far the reader is on `route` (the chosen route's id; each route counts
 * its own steps, and the checks count for every route). Items are in reading
 * order; `done` holds ticked keys.
 */
export function summarise(items: readonly ProgressItem[], done: ReadonlySet<string>, route: string): ProgressSummary {
  const steps = items.filter((item) => item.kind === 'step' && item.route === route);
  const checks = items.filter((item) => item.kind === 'check');
  const next = steps.find((item) => !done.has(item.key));
  return {
    stepsDone: steps.filter((item) => done.has(item.key)).length,
    stepsTotal: steps.length,
    checksDone: checks.filter((item) => done.has(item.key)).length,
    checksTotal: checks.length,
    next,
    finished: steps.length > 0 && next === undefined,
  };
}
