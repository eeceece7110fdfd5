import { isSearchShortcut, queryFromSearch } from '../../lib/search-intent';
/*
 * Only the address of the dialog code, bundled on its own. Vite's worker
 * bundling is the one way to get a self-contained module's URL without a
 * static import(), and with no import() here this script stays a few hundred
 * bytes that Astro can inline, instead of an extra request carrying Vite's
 * preload helper. The module is imported as a normal module, never run as a worker.
 */
import dialogModule from '../search-dialog.ts?worker&url';

/** A field where `/` is a character the reader is typing, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test(target.type);
}

class SearchButton extends HTMLElement {
  #loading: Promise<unknown> | undefined;

  connectedCallback() {
    const link = this.querySelector('a');
    const dialog = this.querySelector('search-dialog');
    if (!link || !dialog) return;

    // Loading the dialog code is the reader's intent; hover and focus start it early so opening feels instant.
    const load = () => (this.#loading ??= import(/* @vite-ignore */ dialogModule));
    const open = (query: string | null) =>
      load().then(
        () => dialog.dispatchEvent(new CustomEvent('search-open', { detail: query })),
        () => {
          this.#loading = undefined;
          // Without the dialog code (offline, a deploy in progress) the search page still explains itself.
          if (location.pathname !== link.pathname) location.assign(link.href);
        },
      );

    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    for (const intent of ['pointerenter', 'focus']) link.addEventListener(intent, () => load().catch(() => {}), { once: true });
    link.addEventListener('click', (event) => {
      // A modified click still opens the search page in a new tab.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void open(null);
    });
    // It acts as a button now, and buttons answer Space too.
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      link.click();
    });
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || !isSearchShortcut(event, isTyping(event.target))) return;
      event.preventDefault();
      void open(null);
    });

    const query = queryFromSearch(location.search);
    if (query !== null || location.pathname === link.pathname) void open(query);
  }
}

customElements.define('search-button', SearchButton);
