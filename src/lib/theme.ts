/**
 * The one owner of the stored theme choice.
 *
 * Stored as localStorage["theme"] = "light" | "dark". No entry means "follow
 * the operating system". The pre-paint script (src/scripts/pre-paint/theme.ts)
 * is built from this module, so it reads the key the same way before first paint.
 */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'theme';

export function parseTheme(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The saved choice, or null; blocked storage throws on access, so every touch is guarded. */
export function readTheme(getStorage: () => Storage | undefined = () => globalThis.localStorage): Theme | null {
  try {
    return parseTheme(getStorage()?.getItem(THEME_KEY));
  } catch {
    return null;
  }
}

/** Saves the choice; returns false when the browser will not keep it (the page still switches). */
export function saveTheme(theme: Theme, getStorage: () => Storage | undefined = () => globalThis.localStorage): boolean {
  try {
    const storage = getStorage();
    if (!storage) return false;
    storage.setItem(THEME_KEY, theme);
    return true;
  } catch {
    return false;
  }
}
