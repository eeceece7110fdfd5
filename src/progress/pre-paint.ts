/**
 * Runs inline, before first paint (see ProgressPrePaint.astro): puts the saved
 * ticks and the progress summary in place so a returning reader sees no jump
 * and the controller can wait for intent. It only reads, through the store's
 * `readSavedTicks`, and paints through the view the controller uses. When the
 * stored data needs the full store (unreadable, newer, or storage blocked), it
 * flags the page so the controller loads at once to deal with it and tell the
 * reader.
 *
 * It starts with the theme's pre-paint work, which a guide page gets from here
 * instead of from ThemeScript.astro: one inline script means one hash fewer in
 * the page's security policy.
 */
import '../scripts/pre-paint/theme';
import { takeOver } from './hand-over';
import { chooseRoute } from './route';
import { readSavedTicks } from './store';
import { paintProgress } from './view';

/** Each guide's saved state, read once: a guide page has one guide, the home page one per card. */
const saved = new Map<string, { done: ReadonlySet<string>; route: string }>();

window.__progressPaint = (element) => {
  const handed = takeOver(element);
  if (!element || !handed) return;
  let state = saved.get(handed.guide);
  if (!state) {
    const read = readSavedTicks(handed.guide, handed.items);
    if (read.problem) document.documentElement.setAttribute('data-progress-problem', '');
    state = { done: read.done, route: chooseRoute(handed.items, location, read.route) };
    saved.set(handed.guide, state);
  }
  paintProgress(element, handed.items, state.done, state.route);
};
