/*
 * The tracker's boot (its markup is ProgressSummary.astro). It fetches the
 * tracker code (src/scripts/tracker.ts) only when the reader reaches for a tracker
 * control, another tab saves progress, or the pre-paint script met stored
 * data it could not use (the reader must see that notice at once). Ticks
 * and clicks made before the code arrives are handed over, never lost.
 * The address comes from Vite's worker bundling, used only to get a
 * self-contained module's URL without a preload helper (as the search button does).
 */
import trackerModule from '../tracker.ts?worker&url';

class ProgressTracker extends HTMLElement {
  connectedCallback() {
    const host = this.closest<HTMLElement>('[data-progress-key]');
    if (!host) return;
    const touched = new Set<HTMLInputElement>();
    const clicked: HTMLElement[] = [];
    let started = false;
    let loading: Promise<void> | undefined;
    const load = () =>
      (loading ??= import(/* @vite-ignore */ trackerModule).then(
        () => {
          started = true;
          dispatchEvent(new CustomEvent('progress-tracker-start', { detail: { tracker: this, host, touched } }));
          for (const button of clicked) button.click();
        },
        () => {
          // Offline mid-visit: the boxes still tick; try again on the next intent.
          loading = undefined;
        },
      ));

    host.addEventListener('change', (event) => {
      if (started || !(event.target instanceof HTMLInputElement) || !event.target.dataset.progressItem) return;
      touched.add(event.target);
      void load();
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (started || !button) return;
      clicked.push(button);
      void load();
    });
    const intent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('[data-needs-js]')) void load();
    };
    host.addEventListener('pointerover', intent);
    host.addEventListener('focusin', intent);
    addEventListener('storage', () => void load());
    if (document.documentElement.hasAttribute('data-progress-problem')) void load();
  }
}

customElements.define('progress-tracker', ProgressTracker);
