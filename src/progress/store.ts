/**
 * The one owner of a reader's stored progress. Nothing else touches these keys.
 *
 * Stored as localStorage["delete-guides:progress:<guide>"], JSON:
 *
 *   { "version": 2,
 *     "done": { "<item key>": <time it was ticked, ms since 1970> },
 *     "route": "<id of the route the reader chose>" }
 *
 * An item key is the piece's anchor id: "step-<id>" or "caveat-<id>" (see
 * items.ts). Only ticked items are stored; unticking deletes the entry. Step
 * ids are unique across a guide's routes, so each route's ticks are kept side
 * by side, and switching routes loses none. `route` is absent until the reader
 * chooses one.
 *
 * Version 1 (before routes) had no `route`; it is read as version 2 with no
 * choice made, and written back as version 2 on the next save.
 *
 * When a guide changes:
 * - a new step starts unticked;
 * - a removed step's tick stays in storage, unseen and uncounted, so nothing
 *   is lost if the step comes back;
 * - a renamed step lists its old id in `formerIds`; a tick under the old key
 *   counts for the new one and is moved to the new key on the next save.
 *
 * When the stored data is not what this code writes:
 * - not JSON, the wrong shape, an unknown older version, or huge: it is copied
 *   to "<key>:unreadable:<time>" before anything overwrites it, and the reader
 *   starts afresh with a notice; if even the copy fails, nothing is written;
 * - a newer version, found when the page loads: reloading cannot help (this is
 *   the newest page the reader can get: a rollback, an old cached page, or
 *   data edited by hand), so the data is copied to "<key>:newer:<time>", its
 *   ticks are read where the shape allows and saved in this version's shape,
 *   and the reader carries on, with a notice; if the copy fails, nothing is
 *   written;
 * - a newer version that appears during the visit (a newer copy of the site
 *   saved in another tab): its ticks are read, but nothing is written until
 *   this page is reloaded, so the newer data is never downgraded.
 *
 * Storage that throws on access (blocked site data), on write (quota full), or
 * does not exist leaves ticking working for the visit, with a notice.
 */

import type { ProgressItem } from './items';

export const STORAGE_VERSION = 2;
export const STORAGE_PREFIX = 'delete-guides:progress:';
/** Far above anything a guide writes (a few hundred bytes); larger means something else wrote here. */
export const MAX_STORED_LENGTH = 64 * 1024;

const ITEM_KEY = /^(?:step|caveat)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function storageKey(guide: string): string {
  return `${STORAGE_PREFIX}${guide}`;
}

/** What a guide's record holds: ticked items, and the route the reader chose. */
export interface Saved {
  done: Map<string, number>;
  route: string | undefined;
}

const ROUTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Parsed =
  | { kind: 'empty' }
  | ({ kind: 'ok' } & Saved)
  | ({ kind: 'newer'; version: number } & Saved)
  | { kind: 'unreadable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `done` entries that look right and skips the rest; never trusts a key or a value. */
function readDone(value: unknown): Map<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const done = new Map<string, number>();
  for (const [key, at] of Object.entries(value)) {
    if (!ITEM_KEY.test(key)) continue;
    if (typeof at === 'number' && Number.isFinite(at) && at >= 0) done.set(key, at);
    else if (at === true) done.set(key, 0);
  }
  return done;
}

/** Parses what storage holds into a typed value; never throws. */
export function parseProgress(raw: string | null | undefined): Parsed {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (raw.length > MAX_STORED_LENGTH) return { kind: 'unreadable' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!isRecord(data)) return { kind: 'unreadable' };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unreadable' };
  const done = readDone(data.done);
  const route = typeof data.route === 'string' && ROUTE_ID.test(data.route) ? data.route : undefined;
  if (version > STORAGE_VERSION) return { kind: 'newer', version, done: done ?? new Map(), route };
  if (!done) return { kind: 'unreadable' };
  return { kind: 'ok', done, route };
}

export function serialiseProgress(saved: Readonly<Saved>): string {
  return JSON.stringify({ version: STORAGE_VERSION, done: Object.fromEntries(saved.done), ...(saved.route && { route: saved.route }) });
}

/**
 * - saved: every change is kept in this browser.
 * - unavailable: the browser gives no storage (blocked or absent); ticks last for this visit.
 * - failed: a save failed (storage full, or stored data could not be set aside); ticks last for this visit.
 * - newer: another tab saved with a newer version of the site; reload to keep saving.
 */
export type SaveStatus = 'saved' | 'unavailable' | 'failed' | 'newer';

export interface ProgressState {
  /** Ticked item keys among the guide's current items. */
  done: ReadonlySet<string>;
  /** The route the reader chose, if it is one of the guide's routes. */
  route: string | undefined;
  status: SaveStatus;
  /** Why stored data was copied aside when the page loaded, if it was: the reader is told. */
  setAside: 'unreadable' | 'newer' | undefined;
}

/** What `reset()` returns and `restore()` takes back. */
export type ProgressSnapshot = ReadonlyMap<string, number>;

/** What the store needs to know of an item: its key, the keys it had before, and a step's route. */
export type StoredItem = Pick<ProgressItem, 'key' | 'formerKeys'> & { route?: string };

export interface ProgressStoreOptions {
  guide: string;
  /** The guide's current items. */
  items: readonly StoredItem[];
  /** Returns the storage; may throw or return undefined, as real browsers do. */
  storage?: () => Storage | undefined;
  now?: () => number;
}

export interface ProgressStore {
  readonly state: ProgressState;
  /** Calls `listener` after every change, whatever caused it. Returns an unsubscribe function. */
  subscribe(listener: (state: ProgressState) => void): () => void;
  set(key: string, done: boolean): void;
  /** Remembers the route the reader chose; ignored unless it is one of the items' routes. */
  setRoute(route: string): void;
  /** Unticks everything in this guide (every route); returns what was there, for `restore`. */
  reset(): ProgressSnapshot;
  restore(snapshot: ProgressSnapshot): void;
  /** Re-reads storage, e.g. when another tab changed it. */
  refresh(): void;
}

/**
 * Stored ticks under the items' current keys: a key an item had before (its
 * formerKeys) counts as the item's key now, and a tick stored under both
 * keeps the earlier time.
 */
function underCurrentKeys(done: ReadonlyMap<string, number>, items: readonly StoredItem[]): Map<string, number> {
  const renamed = new Map<string, string>();
  for (const item of items) for (const former of item.formerKeys) renamed.set(former, item.key);
  const result = new Map<string, number>();
  for (const [itemKey, at] of done) {
    const target = renamed.get(itemKey) ?? itemKey;
    const existing = result.get(target);
    result.set(target, existing === undefined ? at : Math.min(existing, at));
  }
  return result;
}

/** `route` if one of the items' steps is on it: a route a guide no longer has counts as no choice. */
function knownRoute(route: string | undefined, items: readonly StoredItem[]): string | undefined {
  return route !== undefined && items.some((item) => item.route === route) ? route : undefined;
}

function defaultStorage(): Storage | undefined {
  return globalThis.localStorage;
}

/**
 * The saved ticks among `items`, for the script that paints them before first
 * paint: it only reads, so it never sets data aside or writes. `problem` is
 * true when storage is out of reach or holds data only the full store can deal
 * with (unreadable or newer), so that the store's code loads at once to do so
 * and tell the reader.
 */
export function readSavedTicks(
  guide: string,
  items: readonly StoredItem[],
  storage: () => Storage | undefined = defaultStorage,
): { done: ReadonlySet<string>; route: string | undefined; problem: boolean } {
  // Absent storage, and blocked storage (which throws on access), count as unreadable: the controller says why.
  let parsed: Parsed = { kind: 'unreadable' };
  try {
    const raw = storage()?.getItem(storageKey(guide));
    if (raw !== undefined) parsed = parseProgress(raw);
  } catch {
    // Reported through `problem`, never thrown: the page must paint.
  }
  const readable = parsed.kind === 'ok' || parsed.kind === 'newer' ? parsed : undefined;
  const stored = readable ? underCurrentKeys(readable.done, items) : new Map<string, number>();
  return {
    done: new Set(items.filter((item) => stored.has(item.key)).map((item) => item.key)),
    route: knownRoute(readable?.route, items),
    problem: parsed.kind === 'unreadable' || parsed.kind === 'newer',
  };
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { guide, items } = options;
  const getStorage = options.storage ?? defaultStorage;
  const now = options.now ?? Date.now;
  const key = storageKey(guide);
  const current = new Set(items.map((item) => item.key));

  const listeners = new Set<(state: ProgressState) => void>();
  let stored: Saved = { done: new Map(), route: undefined };
  let status: SaveStatus = 'saved';
  let setAside: ProgressState['setAside'];
  /** Writing is off when it would destroy data we could not keep a copy of, or newer data. */
  let readOnly = false;
  /** The first read happens as the page loads; newer data then means no reload can help. */
  let loading = true;

  function storage(): Storage | undefined {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Copies what storage holds aside before it is replaced; false (and writing off) when even that fails. */
  function keepAside(store: Storage, raw: string, why: 'unreadable' | 'newer', replacement: Saved): boolean {
    try {
      store.setItem(`${key}:${why}:${now()}`, raw);
      if (replacement.done.size > 0 || replacement.route) store.setItem(key, serialiseProgress(replacement));
      else store.removeItem(key);
      setAside = why;
      return true;
    } catch {
      status = 'failed';
      readOnly = true;
      return false;
    }
  }

  /** Reads storage; sets unreadable or (at load) newer data aside first. Returns undefined when storage is out of reach. */
  function read(): Saved | undefined {
    const store = storage();
    if (!store) {
      status = 'unavailable';
      return undefined;
    }
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch {
      status = 'unavailable';
      return undefined;
    }
    const parsed = parseProgress(raw);
    switch (parsed.kind) {
      case 'empty':
        return { done: new Map(), route: undefined };
      case 'ok':
        return { done: underCurrentKeys(parsed.done, items), route: parsed.route };
      case 'newer': {
        const saved = { done: underCurrentKeys(parsed.done, items), route: parsed.route };
        if (loading) {
          keepAside(store, raw ?? '', 'newer', saved);
          return saved;
        }
        status = 'newer';
        readOnly = true;
        return saved;
      }
      case 'unreadable':
        keepAside(store, raw ?? '', 'unreadable', { done: new Map(), route: undefined });
        return { done: new Map(), route: undefined };
    }
  }

  /** Changes made this visit that storage has not accepted yet, replayed on every later save. */
  let unsaved: ((saved: Saved) => void)[] = [];

  /**
   * Applies a change on top of what storage holds now, so another tab's ticks
   * are never overwritten, and retries earlier changes a full storage refused.
   * Storage we could not read is never written: we could not merge with it.
   */
  function change(apply: (saved: Saved) => void): void {
    const store = readOnly || status === 'unavailable' ? undefined : storage();
    const fresh = store ? read() : undefined;
    if (!store || !fresh || readOnly) {
      apply(stored);
      notify();
      return;
    }
    unsaved.push(apply);
    for (const op of unsaved) op(fresh);
    stored = fresh;
    try {
      store.setItem(key, serialiseProgress(fresh));
      status = 'saved';
      unsaved = [];
    } catch {
      status = 'failed';
    }
    notify();
  }

  function snapshot(): ProgressState {
    return {
      done: new Set([...stored.done.keys()].filter((itemKey) => current.has(itemKey))),
      route: knownRoute(stored.route, items),
      status,
      setAside,
    };
  }

  let state: ProgressState;
  function notify(): void {
    state = snapshot();
    for (const listener of listeners) listener(state);
  }

  stored = read() ?? stored;
  loading = false;
  state = snapshot();

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(itemKey, done) {
      if (!current.has(itemKey)) return;
      change(({ done: map }) => {
        if (done) map.set(itemKey, map.get(itemKey) ?? now());
        else map.delete(itemKey);
      });
    },
    setRoute(route) {
      if (route === knownRoute(stored.route, items) || !knownRoute(route, items)) return;
      change((saved) => {
        saved.route = route;
      });
    },
    reset() {
      const before: ProgressSnapshot = new Map([...stored.done].filter(([itemKey]) => current.has(itemKey)));
      change(({ done: map }) => {
        for (const itemKey of current) map.delete(itemKey);
      });
      return before;
    },
    restore(saved) {
      change(({ done: map }) => {
        for (const [itemKey, at] of saved) if (current.has(itemKey)) map.set(itemKey, at);
      });
    },
    refresh() {
      if (status === 'unavailable') return;
      stored = read() ?? stored;
      notify();
    },
  };
}
