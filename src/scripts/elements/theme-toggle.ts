import { parseTheme, readTheme, saveTheme, THEME_KEY, type Theme } from '../../lib/theme';

const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;

/** The theme on screen: the reader's choice for this page, else the OS's. */
function shown(): Theme {
  return parseTheme(root.dataset.theme) ?? (darkQuery.matches ? 'dark' : 'light');
}

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.addEventListener('click', () => {
      const next = shown() === 'dark' ? 'light' : 'dark';
      // The page switches even when storage is blocked; the choice then lasts for this visit.
      root.dataset.theme = next;
      saveTheme(next);
      this.#render();
    });
    // Another tab may pick a theme, and the OS may switch while the page is open.
    addEventListener('storage', (event) => {
      if (event.key !== THEME_KEY && event.key !== null) return;
      const saved = readTheme();
      if (saved) root.dataset.theme = saved;
      else delete root.dataset.theme;
      this.#render();
    });
    darkQuery.addEventListener('change', () => this.#render());
    this.#render();
  }

  #render() {
    this.#button?.setAttribute('aria-pressed', String(shown() === 'dark'));
  }
}

customElements.define('theme-toggle', ThemeToggle);
