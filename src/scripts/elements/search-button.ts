import { isSearchShortcut, isTyping, queryFromSearch, typeAhead } from '../../lib/search-intent';
/*
 * Only the address of the dialog code, bundled on its own. Vite's worker
 * bundling is the one way to get a self-contained module's URL without a
 * static import(), and with no import() here this script stays a few hundred
 * bytes that Astro can inline, instead of an extra request carrying Vite's
 * preload helper. The module is imported as a normal module, never run as a worker.
 */
import dialogModule from '../search-dialog.ts?worker&url';

class SearchButton extends HTMLElement {
  #loading: Promise<unknown> | undefined;

  connectedCallback() {
    const link = this.querySelector('a');
    const dialog = this.querySelector('search-dialog');
    if (!link || !dialog) return;

    // Loading the dialog code is the reader's intent; hover and focus start it early so opening feels instant.
    const load = () => (this.#loading ??= import(/* @vite-ignore */ dialogModule));
    // Keys typed after a shortcut while the dialog code is on its way, so a quick typist loses
    // none; they become the query. Null when not waiting.
    let typed: string | null = null;
    const open = (query: string | null) =>
      load().then(
        () => {
          const detail = query ?? (typed || null);
          typed = null;
          dialog.dispatchEvent(new CustomEvent('search-open', { detail }));
        },
        () => {
          typed = null;
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
      const typing = isTyping(event.target instanceof Element ? event.target : null);
      if (typed !== null && !typing) {
        // Waiting for the dialog: characters are kept for it, other keys are the page's.
        const next = typeAhead(typed, event);
        if (next === null) return;
        typed = next;
        event.preventDefault();
        return;
      }
      if (event.defaultPrevented || !isSearchShortcut(event, typing)) return;
      event.preventDefault();
      typed = '';
      void open(null);
    });

    const query = queryFromSearch(location.search);
    if (query !== null || location.pathname === link.pathname) {
      // The search page opens search by itself; what the reader types meanwhile is kept too.
      if (query === null) typed = '';
      void open(query);
    }
  }
}

customElements.define('search-button', SearchButton);
