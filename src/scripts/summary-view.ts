import { fill } from '../i18n/fill';
import type { ProgressSummary } from '../lib/progress-summary';

/** The templates a progress summary is written with (from progress.* in the UI strings). */
export interface SummaryWords {
  steps: string;
  checks: string;
  start: string;
  continue: string;
}

/**
 * Writes a summary into one `[data-progress-summary]` element. Shared by the
 * pre-paint script and the tracker, so what the first paint shows and what
 * the tracker shows later can never differ.
 */
export function paintSummary(element: Element, s: ProgressSummary, words: SummaryWords): void {
  const part = (name: string) => element.querySelector(`[data-summary-${name}]`);
  const count = part('count');
  const checks = part('checks');
  const bar = part('bar');
  const link = part('next');
  const finished = part('finished');
  if (count) count.textContent = fill(words.steps, { done: s.stepsDone, total: s.stepsTotal });
  if (checks) checks.textContent = fill(words.checks, { done: s.checksDone, total: s.checksTotal });
  if (bar instanceof HTMLProgressElement) bar.value = s.stepsDone;
  if (link instanceof HTMLAnchorElement) {
    link.hidden = !s.next;
    if (s.next) {
      link.href = `#${s.next.key}`;
      link.textContent = fill(s.stepsDone === 0 ? words.start : words.continue, { n: s.next.number });
    }
  }
  if (finished instanceof HTMLElement) finished.hidden = !s.finished;
}
