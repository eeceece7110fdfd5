/**
 * The search dialog, loaded only once the reader shows intent (see
 * SearchButton.astro, which imports this file by URL and then sends its
 * <search-dialog> a `search-open` event whose detail is the query or null).
 * It drives Pagefind's own search API, served by this site from /pagefind/,
 * and turns the answer into links to the exact piece.
 */
import { echoedQuery, excerptParts, rankHits, type PageResult, type SearchHit } from '../lib/search-results';
import { t, type UiKey } from '../i18n/ui';
import stylesheet from './search-dialog.css?url';

interface PagefindResult {
  data(): Promise<PageResult>;
}

/** The part of Pagefind's browser API this dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options: object, debounceMs: number): Promise<{ results: PagefindResult[] } | null>;
}

function isPagefind(value: unknown): value is Pagefind {
  if (typeof value !== 'object' || value === null) return false;
  return ['options', 'init', 'debouncedSearch'].every((name) => typeof Reflect.get(value, name) === 'function');
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime path, so the bundler leaves it alone: the file only exists after `pagefind --site dist`.
    const module: unknown = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    if (!isPagefind(module)) throw new Error('pagefind.js is not the Pagefind API');
    // noWorker: searching this index takes milliseconds on the main thread, and Pagefind's
    // worker would cost a second copy of its code (about 12 KB gzip) on the first query.
    await module.options({ excerptLength: 22, excerptEllipsis: '…', noWorker: true });
    await module.init();
    return module;
  })();
  // A failed load (offline) is not remembered, so the next keystroke tries again.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/**
 * Adds the dialog's stylesheet. The dialog opens at once, so no keystroke is
 * lost, but stays unseen (SearchButton.css) until the stylesheet has loaded;
 * if it cannot load, the dialog shows anyway, plain but working.
 */
function loadStylesheet(dialog: HTMLDialogElement): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const ready = () => dialog.toggleAttribute('data-ready', true);
  link.addEventListener('load', ready, { once: true });
  link.addEventListener('error', ready, { once: true });
  document.head.append(link);
}

/** How many pages to ask Pagefind for; their pieces are then ranked together. */
const PAGES = 5;
/** Short enough to feel instant, long enough not to search for every keystroke of a fast typist. */
const DEBOUNCE_MS = 60;

const kindKey: Record<SearchHit['kind'], UiKey> = {
  step: 'search.kind.step',
  caveat: 'search.kind.caveat',
  reason: 'search.kind.reason',
  route: 'search.kind.route',
  section: 'search.kind.section',
  page: 'search.kind.page',
};

function span(className: string, text = ''): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function renderHit(hit: SearchHit, index: number): HTMLLIElement {
  const id = `search-hit-${index}`;
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit';
  link.setAttribute('aria-labelledby', `${id}-title`);
  link.setAttribute('aria-describedby', `${id}-meta ${id}-excerpt`);

  // A step's title already says "Step 3: …", so its context line names the guide and the step's route.
  const context = hit.kind === 'step' ? [hit.guide, hit.label].filter(Boolean).join(' · ') : `${hit.guide} · ${hit.label ?? t(kindKey[hit.kind])}`;
  const meta = span('search-hit-context', context);
  meta.id = `${id}-meta`;
  const title = span('search-hit-title', hit.title);
  title.id = `${id}-title`;
  const excerpt = span('search-hit-excerpt');
  excerpt.id = `${id}-excerpt`;
  for (const part of excerptParts(hit.excerpt)) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }

  link.append(meta, title, excerpt);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

class SearchDialog {
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLElement;
  #button: HTMLElement;
  /** Where focus goes back to on close; the search button when search was opened by a shortcut. */
  #returnTo: HTMLElement | null = null;
  /** Set while following a result, so closing leaves focus to the landing. */
  #landing = false;
  /** Counts searches, so an answer that arrives after a newer keystroke is dropped. */
  #run = 0;
  #ready = false;

  constructor(dialog: HTMLDialogElement, input: HTMLInputElement, status: HTMLElement, list: HTMLElement, button: HTMLElement) {
    this.#dialog = dialog;
    this.#input = input;
    this.#status = status;
    this.#list = list;
    this.#button = button;

    input.addEventListener('input', () => void this.#search(input.value));
    dialog.addEventListener('keydown', (event) => this.#onKeydown(event));
    dialog.addEventListener('close', () => this.#onClose());
    // A click on the backdrop lands on the dialog itself; its content covers the rest.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    list.addEventListener('click', (event) => this.#onResultClick(event));
  }

  static for(host: HTMLElement, button: HTMLElement): SearchDialog | null {
    const dialog = host.querySelector('dialog');
    const input = dialog?.querySelector('input');
    const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
    const list = dialog?.querySelector<HTMLElement>('[data-search-results]');
    if (!dialog || !input || !status || !list) return null;
    return new SearchDialog(dialog, input, status, list, button);
  }

  open(query: string | null): void {
    if (!this.#dialog.open) {
      const active = document.activeElement;
      this.#returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
      this.#dialog.showModal();
    }
    if (query !== null) this.#input.value = query;
    this.#input.focus();
    // Reopened, the last search is selected so typing replaces it; a query handed in (typed
    // while the dialog loaded, or from a shared link) keeps the caret at its end.
    if (query === null) this.#input.select();
    void this.#search(this.#input.value);
  }

  async #search(raw: string): Promise<void> {
    const query = raw.trim();
    const run = ++this.#run;
    if (!query) {
      this.#show(query, [], t('search.hint'));
      return;
    }
    if (!this.#ready) this.#status.textContent = t('search.loading');
    try {
      const api = await loadPagefind();
      this.#ready = true;
      const search = await api.debouncedSearch(query, {}, DEBOUNCE_MS);
      if (search === null || run !== this.#run) return;
      const pages = await Promise.all(search.results.slice(0, PAGES).map((result) => result.data()));
      if (run !== this.#run) return;
      const hits = rankHits(pages);
      const echo = echoedQuery(query);
      const count = hits.length === 1 ? t('search.count.one', { query: echo }) : t('search.count.many', { n: hits.length, query: echo });
      this.#show(query, hits, hits.length > 0 ? count : t('search.none', { query: echo }));
    } catch {
      if (run === this.#run) this.#show(query, [], t('search.failed'));
    }
  }

  #show(query: string, hits: SearchHit[], status: string): void {
    this.#list.replaceChildren(...hits.map(renderHit));
    this.#status.textContent = status;
    this.#keepQueryInAddress(query);
  }

  /** The address always holds the current search, so copying it shares the search. */
  #keepQueryInAddress(query: string): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll('a')];
  }

  #onKeydown(event: KeyboardEvent): void {
    // In a search field Chromium's first Escape only clears the text; here Escape always closes, as promised.
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#dialog.close();
      return;
    }
    const links = this.#links();
    if (event.key === 'Enter' && event.target === this.#input) {
      event.preventDefault();
      links[0]?.click();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [this.#input, ...links];
    const at = stops.findIndex((stop) => stop === document.activeElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    event.preventDefault();
    stops[next]?.focus();
  }

  #onResultClick(event: MouseEvent): void {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const url = new URL(link.href);
    this.#landing = true;
    this.#dialog.close();
    // Another page: the browser follows the link and lands on its #anchor.
    if (url.pathname !== location.pathname) return;
    event.preventDefault();
    land(url.hash);
  }

  #onClose(): void {
    // A search still under way must not put ?q= back once the dialog is gone.
    this.#run++;
    this.#keepQueryInAddress('');
    if (this.#landing) {
      this.#landing = false;
      return;
    }
    // The close event is queued, and the browser handles key presses first: a quick Escape then
    // Tab may already have moved focus on. Only focus left nowhere (or in the dialog) is put back.
    const active = document.activeElement;
    if (active && active !== document.body && !this.#dialog.contains(active)) return;
    const back = this.#returnTo?.isConnected ? this.#returnTo : this.#button;
    back.focus();
  }
}

/** Scrolls to a piece on this page and marks it, as following a link to it would. */
function land(hash: string): void {
  const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  // Setting the hash to its current value does nothing, not even scroll.
  if (location.hash === hash) target?.scrollIntoView();
  else location.hash = hash;
  if (!target) return;
  // Focus follows the reader to the piece, so Tab continues from there.
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/** The dialog's markup, made here rather than shipped in every page, since most visits never search. */
function dialogMarkup(): string {
  const icon = (path: string) =>
    `<svg class="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">${path}</svg>`;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<dialog aria-labelledby="search-title" class="search-dialog">
<h2 id="search-title" class="sr-only">${escape(t('search.title'))}</h2>
<div class="search-dialog-bar">
${icon('<circle cx="11" cy="11" r="6.5"></circle><path d="m16 16 4.5 4.5"></path>')}
<label for="search-input" class="sr-only">${escape(t('search.label'))}</label>
<input id="search-input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="search-help" placeholder="${escape(t('search.placeholder'))}">
<button type="button" data-search-close class="icon-button" aria-label="${escape(t('search.close'))}">${icon('<path d="M6 6l12 12M18 6 6 18"></path>')}</button>
</div>
<p role="status" data-search-status></p>
<ul role="list" data-search-results></ul>
<p id="search-help">${escape(t('search.help'))}</p>
</dialog>`;
}

class SearchDialogElement extends HTMLElement {
  connectedCallback() {
    if (!this.querySelector('dialog')) this.innerHTML = dialogMarkup();
    const button = this.closest('search-button')?.querySelector('a');
    const controller = button ? SearchDialog.for(this, button) : null;
    const dialog = this.querySelector('dialog');
    if (!controller || !dialog) return;
    loadStylesheet(dialog);
    this.addEventListener('search-open', (event) => {
      const query = event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : null;
      controller.open(query);
      // The index (about 90 KB) waits for an open dialog: this code also loads when the reader
      // only hovers or tabs past the button, and then nothing more should be fetched.
      loadPagefind().catch(() => undefined);
    });
  }
}

customElements.define('search-dialog', SearchDialogElement);
