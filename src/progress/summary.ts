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

/** How far the reader is. Items are in reading order; `done` holds ticked keys. */
export function summarise(items: readonly ProgressItem[], done: ReadonlySet<string>): ProgressSummary {
  const steps = items.filter((item) => item.kind === 'step');
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
