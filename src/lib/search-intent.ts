/**
 * The few decisions the always-loaded search button makes before the reader
 * asks for search: which keys open it, which keys are the reader typing, and
 * whether the address asks for it. Kept apart from the results code so the
 * eager script stays tiny.
 */

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** The parts of an event target that say whether keys pressed there are text. */
export interface KeyTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** A field where keys are text the reader is typing, not shortcuts. */
export function isTyping(target: KeyTarget | null | undefined): boolean {
  if (!target || typeof target.tagName !== 'string') return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !/^(checkbox|radio|button|submit|reset|range|color|file|image|hidden)$/.test(target.type ?? '');
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

/**
 * The text typed after a search shortcut while the search box is still on its
 * way, after one more key: a character is added and Backspace takes one off.
 * Null for a key that is not typing (Escape, arrows, a shortcut), which the
 * page then keeps.
 */
export function typeAhead(text: string, press: KeyPress): string | null {
  if (press.isComposing || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Backspace') return text.slice(0, -1);
  return [...press.key].length === 1 ? text + press.key : null;
}

/** The query a shared link asks for (`?q=`), trimmed; null when there is none. */
export function queryFromSearch(search: string): string | null {
  const q = new URLSearchParams(search).get('q')?.trim();
  return q ? q : null;
}
