/**
 * The progress controls' behaviour, fetched when the reader first reaches for
 * a progress control (see boot.ts); until then the pre-paint script has put
 * the saved state on screen. It owns saving ticks, start over and undo,
 * notices, announcements, and other tabs' changes. Its words come from the
 * dictionary: this code loads on intent, so they cost the page nothing.
 */
import { t } from '../i18n/ui';
import { HOST, takeOver } from './hand-over';
import { START_EVENT, type StartDetail } from './start';
import type { ProgressItem } from './items';
import { chooseRoute, ROUTE_PARAM } from './route';
import { createProgressStore, storageKey, type ProgressState } from './store';
import { summarise } from './summary';
import { paintProgress } from './view';
import { startTimeline } from './timeline-view';

const UNDO_MS = 10_000;

function notice(state: ProgressState): string {
  if (state.status !== 'saved') return t(`progress.notice.${state.status}`);
  if (state.setAside) return t(`progress.notice.setAside.${state.setAside}`);
  return '';
}

const itemName = (item: ProgressItem) => (item.kind === 'check' ? item.label : t('step.number', { n: item.number }));

/**
 * Takes over the progress controls `controls` (see ProgressSummary.astro) and
 * every checkbox and summary of the element with the hand-over around them.
 * `touched` are the checkboxes the reader changed before this code arrived;
 * their state is saved now.
 */
function start({ controls, touched }: StartDetail): void {
  const host = controls.closest<HTMLElement>(HOST);
  const handed = takeOver(host);
  if (!host || !handed) return;
  const { guide, items } = handed;
  const byKey = new Map(items.map((item) => [item.key, item]));
  const store = createProgressStore({ guide, items });
  const options = [...host.querySelectorAll<HTMLInputElement>('input[data-route-pick]')];
  // The route on screen: the option the pre-paint script checked, or one the reader picked since.
  let route = options.find((option) => option.checked)?.value ?? chooseRoute(items, location, store.state.route);

  const part = <T extends Element>(selector: string) => controls.querySelector<T>(selector);
  const noticeBox = part<HTMLElement>('[data-notice]');
  const announcer = part<HTMLElement>('[data-announce]');
  const resetButton = part<HTMLButtonElement>('[data-reset]');
  const confirm = part<HTMLElement>('[data-confirm]');
  const undo = part<HTMLElement>('[data-undo]');
  const undoButton = part<HTMLButtonElement>('[data-undo-button]');

  const stepsText = (state: ProgressState) => {
    const s = summarise(items, state.done, route);
    return t('progress.steps', { done: s.stepsDone, total: s.stepsTotal });
  };
  const announce = (message: string) => {
    if (announcer) announcer.textContent = message;
  };

  const render = (state: ProgressState) => {
    paintProgress(host, items, state.done, route);
    const message = notice(state);
    if (noticeBox) {
      noticeBox.textContent = message;
      noticeBox.hidden = message === '';
    }
  };

  /** Shows `chosen`, remembers it, and names it in the address so the page can be linked to as it is. */
  const showRoute = (chosen: string) => {
    route = chosen;
    store.setRoute(chosen);
    const url = new URL(location.href);
    url.searchParams.set(ROUTE_PARAM, chosen);
    // A link to a step of another route would bring that route back on reload.
    const linked = byKey.get(url.hash.slice(1));
    if (linked?.kind === 'step' && linked.route !== chosen) url.hash = '';
    history.replaceState(history.state, '', url);
    render(store.state);
  };

  const tick = (box: HTMLInputElement, quiet = false) => {
    const item = byKey.get(box.dataset.progressItem ?? '');
    if (!item) return;
    store.set(item.key, box.checked);
    // Working through a route's steps is choosing it.
    if (item.kind === 'step') store.setRoute(item.route);
    if (quiet) return;
    const summary = stepsText(store.state);
    announce(t(box.checked ? 'progress.announce.done' : 'progress.announce.undone', { item: itemName(item), summary }));
  };

  const pick = (option: HTMLInputElement) => {
    if (!option.checked) return;
    showRoute(option.value);
    announce(`${stepsText(store.state)}.`);
  };

  for (const box of touched) {
    if (box.dataset.routePick !== undefined) pick(box);
    else tick(box, true);
  }

  host.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    if (box.dataset.routePick !== undefined) pick(box);
    else tick(box);
  });

  // A link or a search result to a step of a route not on screen: show that route, then the step.
  const followHash = () => {
    const linked = byKey.get(location.hash.slice(1));
    if (linked?.kind !== 'step' || linked.route === route) return;
    showRoute(linked.route);
    document.getElementById(linked.key)?.scrollIntoView();
  };
  addEventListener('hashchange', followHash);
  followHash();

  // Another tab saved: show its ticks here too.
  addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== storageKey(guide)) return;
    store.refresh();
    announce(t('progress.announce.synced', { summary: stepsText(store.state) }));
  });

  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshot: ReturnType<typeof store.reset> | undefined;
  const show = (group: 'reset' | 'confirm' | 'undo') => {
    if (resetButton) resetButton.hidden = group !== 'reset';
    if (confirm) confirm.hidden = group !== 'confirm';
    if (undo) undo.hidden = group !== 'undo';
  };
  const endUndo = () => {
    clearTimeout(undoTimer);
    const hadFocus = undo?.contains(document.activeElement) ?? false;
    show('reset');
    if (hadFocus) resetButton?.focus();
  };

  resetButton?.addEventListener('click', () => {
    show('confirm');
    part<HTMLButtonElement>('[data-confirm-no]')?.focus();
  });
  part('[data-confirm-no]')?.addEventListener('click', () => {
    show('reset');
    resetButton?.focus();
  });
  part('[data-confirm-yes]')?.addEventListener('click', () => {
    snapshot = store.reset();
    show('undo');
    undoButton?.focus();
    announce(`${t('progress.reset.done')} ${stepsText(store.state)}.`);
    undoTimer = setTimeout(endUndo, UNDO_MS);
  });
  undoButton?.addEventListener('click', () => {
    if (snapshot) store.restore(snapshot);
    snapshot = undefined;
    endUndo();
    resetButton?.focus();
    announce(`${stepsText(store.state)}.`);
  });

  store.subscribe(render);
  render(store.state);
  startTimeline(host, store, guide);
}

addEventListener(START_EVENT, (event) => {
  const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
  if (typeof detail !== 'object' || detail === null) return;
  const { controls, touched } = detail as Record<keyof StartDetail, unknown>;
  if (controls instanceof HTMLElement && touched instanceof Set) {
    start({ controls, touched: new Set([...touched].filter((box): box is HTMLInputElement => box instanceof HTMLInputElement)) });
  }
});
