/**
 * Puts a reader's progress on screen: the checkboxes, and each summary's
 * numbers, bar, next-step link and finished state. Shared by the pre-paint
 * script and the controller, so what the first paint shows and what the
 * controller shows later can never differ. It writes numbers and switches
 * parts on and off; every word is in the page already (see CountText.astro).
 */
import type { ProgressItem } from './items';
import { ROUTE_PARAM } from './route';
import { summarise, type ProgressSummary } from './summary';

function paintSummary(element: Element, s: ProgressSummary, anyTicked: boolean): void {
  const counts: Record<string, number | undefined> = { done: s.stepsDone, total: s.stepsTotal, checksDone: s.checksDone, next: s.next?.number };
  for (const slot of element.querySelectorAll<HTMLElement>('[data-count]')) {
    const value = counts[slot.dataset.count ?? ''];
    // Only what changed is written: a write the reader cannot see would still stop a smooth scroll under way.
    if (value !== undefined && slot.textContent !== String(value)) slot.textContent = String(value);
  }
  const part = <T extends Element>(selector: string) => element.querySelector<T>(selector);
  const bar = part('progress');
  if (bar instanceof HTMLProgressElement) {
    bar.max = s.stepsTotal;
    bar.value = s.stepsDone;
  }
  const link = part('[data-summary-next]');
  if (link instanceof HTMLAnchorElement) {
    link.hidden = !s.next;
    if (s.next) link.href = `#${s.next.key}`;
  }
  const show = (selector: string, shown: boolean) => {
    const target = part(selector);
    if (target instanceof HTMLElement) target.hidden = !shown;
  };
  show('[data-summary-start]', s.stepsDone === 0);
  show('[data-summary-continue]', s.stepsDone > 0);
  show('[data-summary-finished]', s.finished);
  // Disabled in the markup, as for a new reader, so it never changes state under a reader's focus.
  const reset = part('[data-reset]');
  if (reset instanceof HTMLButtonElement) reset.disabled = !anyTicked;
}

/**
 * Paints `done` (ticked item keys) and `route` (the route shown) into `root`:
 * its checkboxes, its route picker (whose checked option shows that route's
 * steps, see RoutePicker.css), its links to the checklist, and the summaries
 * in or at it, which count that route.
 */
export function paintProgress(root: Element, items: readonly ProgressItem[], done: ReadonlySet<string>, route: string): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-progress-item]')) {
    box.checked = done.has(box.dataset.progressItem ?? '');
  }
  for (const option of root.querySelectorAll<HTMLInputElement>('input[data-route-pick]')) {
    option.checked = option.value === route;
  }
  // The table of contents ticks the steps done.
  for (const entry of root.querySelectorAll<HTMLElement>('[data-toc-item]')) {
    entry.toggleAttribute('data-done', done.has(entry.dataset.tocItem ?? ''));
  }
  // Links to another view of the guide (the checklist) carry the route on screen.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-route-link]')) {
    const search = `?${ROUTE_PARAM}=${route}`;
    if (link.search !== search) link.search = search;
  }
  const summaries = root.matches('[data-progress-summary]') ? [root] : root.querySelectorAll('[data-progress-summary]');
  if (summaries.length === 0) return;
  const s = summarise(items, done, route);
  for (const summary of summaries) paintSummary(summary, s, done.size > 0);
}
