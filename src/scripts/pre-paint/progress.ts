/**
 * Runs inline, before first paint (see ProgressPrePaint.astro): puts the saved
 * ticks and the progress summary in place so a returning reader sees no jump
 * and the tracker code can wait for intent. It only reads, through the same
 * parser and summary the tracker uses; saving, notices, other tabs and bad
 * data belong to the tracker. When it cannot use what is stored, it flags the
 * page so the tracker code loads at once to tell the reader.
 *
 * It starts with the theme's pre-paint work, which a guide page gets from here
 * instead of from ThemeScript.astro: one inline script means one hash fewer in
 * the page's security policy.
 */
import './theme';
import { parseProgress, underCurrentKeys } from '../../lib/progress-store';
import { summarise } from '../../lib/progress-summary';
import { parseTrackerItems, type TrackerItem } from '../../lib/tracker-data';
import { paintSummary } from '../summary-view';

const cache = new Map<string, ReadonlySet<string>>();

function savedTicks(key: string, items: readonly TrackerItem[]): ReadonlySet<string> {
  const cached = cache.get(key);
  if (cached) return cached;
  let stored: Map<string, number> | undefined;
  try {
    const parsed = parseProgress(localStorage.getItem(key));
    if (parsed.kind === 'ok') stored = parsed.done;
    else if (parsed.kind === 'empty') stored = new Map();
  } catch {
    // Blocked storage throws on access.
  }
  if (!stored) document.documentElement.setAttribute('data-progress-problem', '');
  const ticked = stored ? underCurrentKeys(stored, items) : new Map<string, number>();
  const done = new Set(items.filter((item) => ticked.has(item.key)).map((item) => item.key));
  cache.set(key, done);
  return done;
}

window.__progressPaint = (element) => {
  const host = element?.closest<HTMLElement>('[data-progress-key]');
  const key = host?.dataset.progressKey;
  if (!element || !host || !key) return;
  const items = parseTrackerItems(host.dataset.progressItems);
  const done = savedTicks(key, items);
  for (const box of element.querySelectorAll<HTMLInputElement>('input[data-progress-item]')) {
    box.checked = done.has(box.dataset.progressItem ?? '');
  }
  if (element.hasAttribute('data-progress-summary')) paintSummary(element, summarise(items, done));
};
