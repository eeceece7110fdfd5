/*
 * The progress controls' boot: <progress-controls> (its markup is in
 * ProgressSummary.astro) is defined by the one script every page inlines. It
 * fetches the controller (controller.ts) only when the reader reaches for a
 * progress control, another tab saves progress, or the pre-paint script met
 * stored data it could not use (the reader must see that notice at once).
 * Ticks and clicks made before the controller arrives are handed over, never
 * lost. The address comes from Vite's worker bundling, used only to get a
 * self-contained module's URL without a preload helper (as the search button
 * does); start.ts says how the boot then starts it.
 */
import controllerModule from './controller.ts?worker&url';
import { START_EVENT, type StartDetail } from './start';

class ProgressControls extends HTMLElement {
  connectedCallback() {
    const touched = new Set<HTMLInputElement>();
    const clicked: HTMLElement[] = [];
    let started = false;
    let loading: Promise<void> | undefined;
    const load = () =>
      (loading ??= import(/* @vite-ignore */ controllerModule).then(
        () => {
          started = true;
          const detail: StartDetail = { controls: this, touched };
          dispatchEvent(new CustomEvent(START_EVENT, { detail }));
          for (const button of clicked) button.click();
        },
        () => {
          // Offline mid-visit: the boxes still tick; try again on the next intent.
          loading = undefined;
        },
      ));

    // Listened for on the document, not on the element with the hand-over, so that this code,
    // inlined in every page, shares no module with the other progress code.
    document.addEventListener('change', (event) => {
      const input = event.target;
      if (started || !(input instanceof HTMLInputElement) || !(input.dataset.progressItem || input.dataset.routePick !== undefined)) return;
      touched.add(input);
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
    document.addEventListener('pointerover', intent);
    document.addEventListener('focusin', intent);
    addEventListener('storage', () => void load());
    // The address may now point at a step of a route not on screen.
    addEventListener('hashchange', () => void load());
    if (document.documentElement.hasAttribute('data-progress-problem')) void load();
    // A returning reader who finished sees the closing timeline; its dates come with the controller.
    // One element is observed, and load() runs once, so the observer need not stop: this inlined code stays small.
    const timeline = document.querySelector('[data-timeline]');
    if (timeline) new IntersectionObserver(([entry]) => entry?.isIntersecting && void load()).observe(timeline);
  }
}

customElements.define('progress-controls', ProgressControls);
