import { parseTheme, readTheme, saveTheme, THEME_KEY, type Theme } from '../../lib/theme';

const root = document.documentElement;

/** The theme on screen: the reader's choice for this page, else the OS's. */
function shown(): Theme {
  return parseTheme(root.dataset.theme) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Switches the theme. Its button's name and icon follow the theme through CSS (ThemeToggle.astro), so nothing here redraws them. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => {
      // The page switches even when storage is blocked; the choice then lasts for this visit.
      const next = shown() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      saveTheme(next);
    });
    // Another tab may pick a theme.
    addEventListener('storage', (event) => {
      if (event.key !== THEME_KEY && event.key !== null) return;
      const saved = readTheme();
      if (saved) root.dataset.theme = saved;
      else delete root.dataset.theme;
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
