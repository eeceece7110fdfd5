/**
 * The few decisions the always-loaded search button makes before the reader
 * asks for search: which keys open it and whether the address asks for it.
 * Kept apart from the results code so the eager script stays tiny.
 */

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * `/` opens search unless the reader is typing somewhere (it is a character
 * then); Ctrl+K or Cmd+K opens it from anywhere, the way many sites do.
 */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.isComposing || press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' && !typing;
}

/** The query a shared link asks for (`?q=`), trimmed; null when there is none. */
export function queryFromSearch(search: string): string | null {
  const q = new URLSearchParams(search).get('q')?.trim();
  return q ? q : null;
}
