import { fill } from '../i18n/fill';
import type { ProgressSummary } from '../lib/progress-summary';

/** Fills `element`'s text from the template in its attribute `name`, if it has one. */
function write(element: Element | null, name: string, values: Record<string, number>): void {
  const template = element?.getAttribute(name);
  if (element && template) element.textContent = fill(template, values);
}

/**
 * Writes a summary into one `[data-progress-summary]` element, each part from
 * the template it carries (ProgressSummary.astro puts the UI strings there).
 * Shared by the pre-paint script and the tracker, so what the first paint
 * shows and what the tracker shows later can never differ.
 */
export function paintSummary(element: Element, s: ProgressSummary): void {
  const part = (name: string) => element.querySelector(`[data-summary-${name}]`);
  const bar = part('bar');
  const link = part('next');
  const finished = part('finished');
  write(part('count'), 'data-summary-count', { done: s.stepsDone, total: s.stepsTotal });
  write(part('checks'), 'data-summary-checks', { done: s.checksDone, total: s.checksTotal });
  if (bar instanceof HTMLProgressElement) bar.value = s.stepsDone;
  if (link instanceof HTMLAnchorElement) {
    link.hidden = !s.next;
    if (s.next) {
      link.href = `#${s.next.key}`;
      write(link, s.stepsDone === 0 ? 'data-start' : 'data-continue', { n: s.next.number });
    }
  }
  if (finished instanceof HTMLElement) finished.hidden = !s.finished;
}
