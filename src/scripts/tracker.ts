/**
 * The progress tracker's behaviour, loaded when the reader first reaches for
 * a tracker control (see the boot in ProgressSummary.astro); until then the
 * pre-paint script has already put the saved state on screen. The boot starts
 * it with a `progress-tracker-start` event, since this module is bundled on
 * its own and exports nothing.
 */
import { createProgressStore, storageKey, type ProgressState } from '../lib/progress-store';
import { summarise } from '../lib/progress-summary';
import { parseTrackerItems } from '../lib/tracker-data';
import { t } from '../i18n/ui';
import { paintSummary } from './summary-view';

const UNDO_MS = 10_000;

/**
 * Takes over `tracker` (the full summary's controls) for the guide article
 * `host`. `touched` are the checkboxes the reader changed before this code
 * arrived; their state is saved now.
 */
function start(tracker: HTMLElement, host: HTMLElement, touched: Iterable<HTMLInputElement>): void {
  const guide = host.dataset.guide;
  if (!guide) return;
  const items = parseTrackerItems(host.dataset.progressItems);

  const boxes = new Map<string, HTMLInputElement>();
  for (const item of items) {
    const box = document.getElementById(`done-${item.key}`);
    if (box instanceof HTMLInputElement) boxes.set(item.key, box);
  }
  const byKey = new Map(items.map((item) => [item.key, item]));
  const store = createProgressStore({ guide, items });
  for (const box of touched) {
    const key = box.dataset.progressItem;
    if (key && byKey.has(key)) store.set(key, box.checked);
  }

  const part = <T extends Element>(selector: string) => tracker.querySelector<T>(selector);
  const notice = part<HTMLElement>('[data-notice]');
  const announcer = part<HTMLElement>('[data-announce]');
  const resetButton = part<HTMLButtonElement>('[data-reset]');
  const confirm = part<HTMLElement>('[data-confirm]');
  const undo = part<HTMLElement>('[data-undo]');
  const undoButton = part<HTMLButtonElement>('[data-undo-button]');

  const stepsText = (state: ProgressState) => {
    const s = summarise(items, state.done);
    return t('progress.steps', { done: s.stepsDone, total: s.stepsTotal });
  };
  const announce = (message: string) => {
    if (announcer) announcer.textContent = message;
  };

  const notices = {
    unavailable: t('progress.notice.unavailable'),
    failed: t('progress.notice.failed'),
    newer: t('progress.notice.newer'),
  };

  const render = (state: ProgressState) => {
    for (const [key, box] of boxes) box.checked = state.done.has(key);
    const s = summarise(items, state.done);
    for (const summary of host.querySelectorAll('[data-progress-summary]')) paintSummary(summary, s);
    const message = state.status !== 'saved' ? notices[state.status] : state.recovered ? t('progress.notice.recovered') : '';
    if (notice) {
      notice.textContent = message;
      notice.hidden = message === '';
    }
    if (resetButton) resetButton.disabled = state.done.size === 0;
  };

  host.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const item = byKey.get(box.dataset.progressItem ?? '');
    if (!item) return;
    store.set(item.key, box.checked);
    const summary = stepsText(store.state);
    announce(t(box.checked ? 'progress.announce.done' : 'progress.announce.undone', { item: item.name ?? t('step.number', { n: item.number }), summary }));
  });

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
}

addEventListener('progress-tracker-start', (event) => {
  const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
  if (typeof detail !== 'object' || detail === null) return;
  const { tracker, host, touched } = detail as Record<string, unknown>;
  if (tracker instanceof HTMLElement && host instanceof HTMLElement && touched instanceof Set) {
    start(tracker, host, [...touched].filter((box): box is HTMLInputElement => box instanceof HTMLInputElement));
  }
});
