/**
 * The one owner of a reader's stored progress. Nothing else touches these keys.
 *
 * Stored as localStorage["delete-guides:progress:<guide>"], JSON:
 *
 *   { "version": 3,
 *     "done": { "<item key>": <time it was ticked, ms since 1970> },
 *     "route": "<id of the route the reader chose>",
 *     "closed": "<YYYY-MM-DD: the day the reader finished a route>",
 *     "checkDays": <days after closing to check the account is gone>,
 *     "checked": { "<id of an 'Is it really gone?' check>": <time ticked> },
 *     "requests": [ { "law": "eu" | "uk" | "other", "sent": "<YYYY-MM-DD>" } ],
 *     "contact": { "name": "<name>", "email": "<email>" } }
 *
 * An item key is the piece's anchor id: "step-<id>" or "caveat-<id>" (see
 * items.ts). Only ticked items are stored; unticking deletes the entry. Step
 * ids are unique across a guide's routes, so each route's ticks are kept side
 * by side, and switching routes loses none. `route` is absent until the reader
 * chooses one.
 *
 * Every field but `version` and `done` is absent until it has a value.
 * `closed` is set by ticking a route's last step (the reader's own day, see
 * src/lib/calendar.ts) and the reader can correct or clear it; `checkDays` is
 * absent while the reader keeps the default delay. `requests` are the written
 * requests the reader marked as sent (src/request/). `contact` is the name and
 * email the request page keeps only when the reader ticks "remember on this
 * device", and is removed when they untick it.
 *
 * Version 1 (before routes) had no `route`, version 2 none of the fields after
 * it; both are read as they are (nothing closed, no request) and written back
 * as version 3 on the next save.
 *
 * Export and import (exportAll, importAll) move these records between
 * browsers as one JSON file; each record in it is read by this same parser.
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
import { isDay, localDay } from '../lib/calendar';

export const STORAGE_VERSION = 3;
export const STORAGE_PREFIX = 'delete-guides:progress:';
/** Far above anything a guide writes (a few hundred bytes); larger means something else wrote here. */
export const MAX_STORED_LENGTH = 64 * 1024;

const ITEM_KEY = /^(?:step|caveat)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function storageKey(guide: string): string {
  return `${STORAGE_PREFIX}${guide}`;
}

/** Where a written request's law comes from: src/request/law.ts. */
export type Law = 'eu' | 'uk' | 'other';
export const LAWS: readonly Law[] = ['eu', 'uk', 'other'];

/** A written request the reader marked as sent, and the day it was received (for an email, sent). */
export interface SentRequest {
  law: Law;
  sent: string;
}

/** The name and email the reader asked this device to remember for their letters. */
export interface Contact {
  name: string;
  email: string;
}

/** The longest name or email kept; longer text is not something a reader typed for a letter. */
export const MAX_CONTACT_LENGTH = 254;
/** The most requests kept per guide: a request and a few follow-ups. */
export const MAX_REQUESTS = 20;
/** The longest delay before the check, in days (a year). */
export const MAX_CHECK_DAYS = 366;

/** What a guide's record holds: ticked items, the route the reader chose, and what happened after. */
export interface Saved {
  done: Map<string, number>;
  route: string | undefined;
  closed?: string | undefined;
  checkDays?: number | undefined;
  checked?: Map<string, number>;
  requests?: SentRequest[];
  contact?: Contact | undefined;
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

type Core = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'ok' | 'newer'; version: number; done: Map<string, number>; route: string | undefined; data: Record<string, unknown> };

/**
 * The part of a record the first paint needs (ticks and route). Kept apart
 * from the rest so the pre-paint script, inlined in every guide page, carries
 * no code for what only the full store reads.
 */
function parseCore(raw: string | null | undefined): Core {
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
  if (version > STORAGE_VERSION) return { kind: 'newer', version, done: done ?? new Map(), route, data };
  if (!done) return { kind: 'unreadable' };
  return { kind: 'ok', version, done, route, data };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= MAX_CONTACT_LENGTH;

/** Reads the fields after `route`, each on its own: one that does not look right is left out, the others kept. */
function readExtras(data: Record<string, unknown>): Omit<Saved, 'done' | 'route'> {
  const { closed, checkDays, checked, requests, contact } = data;
  const extras: Omit<Saved, 'done' | 'route'> = {};
  if (isDay(closed)) extras.closed = closed;
  if (typeof checkDays === 'number' && Number.isInteger(checkDays) && checkDays >= 1 && checkDays <= MAX_CHECK_DAYS) extras.checkDays = checkDays;
  if (isRecord(checked)) {
    const ticks = new Map<string, number>();
    for (const [id, at] of Object.entries(checked)) if (ROUTE_ID.test(id) && typeof at === 'number' && Number.isFinite(at) && at >= 0) ticks.set(id, at);
    if (ticks.size > 0) extras.checked = ticks;
  }
  if (Array.isArray(requests)) {
    const list = requests.flatMap((r: unknown): SentRequest[] => {
      if (!isRecord(r) || !LAWS.includes(r.law as Law) || !isDay(r.sent)) return [];
      return [{ law: r.law as Law, sent: r.sent }];
    });
    if (list.length > 0) extras.requests = list.slice(-MAX_REQUESTS);
  }
  if (isRecord(contact) && isText(contact.name) && isText(contact.email)) extras.contact = { name: contact.name, email: contact.email };
  return extras;
}

/** Parses what storage holds into a typed value; never throws. */
export function parseProgress(raw: string | null | undefined): Parsed {
  const core = parseCore(raw);
  if (core.kind === 'empty' || core.kind === 'unreadable') return core;
  const { kind, version, done, route, data } = core;
  const saved = { done, route, ...readExtras(data) };
  return kind === 'newer' ? { kind, version, ...saved } : { kind, ...saved };
}

export function serialiseProgress(saved: Readonly<Saved>): string {
  return JSON.stringify({
    version: STORAGE_VERSION,
    done: Object.fromEntries(saved.done),
    ...(saved.route && { route: saved.route }),
    ...(saved.closed && { closed: saved.closed }),
    ...(saved.checkDays && { checkDays: saved.checkDays }),
    ...(saved.checked && saved.checked.size > 0 && { checked: Object.fromEntries(saved.checked) }),
    ...(saved.requests && saved.requests.length > 0 && { requests: saved.requests }),
    ...(saved.contact && { contact: saved.contact }),
  });
}

/** True when `saved` holds anything at all, so an empty record need not be written. */
function holdsAnything(saved: Readonly<Saved>): boolean {
  return serialiseProgress(saved) !== serialiseProgress({ done: new Map(), route: undefined });
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
  /** The day the reader finished a route (YYYY-MM-DD), as recorded or corrected. */
  closed: string | undefined;
  /** The delay before the check the reader chose, in days; undefined for the default. */
  checkDays: number | undefined;
  /** Ticked "Is it really gone?" checks, by id. */
  checked: ReadonlySet<string>;
  /** Written requests marked as sent, oldest first. */
  requests: readonly SentRequest[];
  /** The name and email the reader asked this device to remember. */
  contact: Contact | undefined;
  status: SaveStatus;
  /** Why stored data was copied aside when the page loaded, if it was: the reader is told. */
  setAside: 'unreadable' | 'newer' | undefined;
}

/** What `reset()` returns and `restore()` takes back: the ticks, and the closing day they recorded. */
export interface ProgressSnapshot {
  done: ReadonlyMap<string, number>;
  closed: string | undefined;
}

/** What the store needs to know of an item: its key, the keys it had before, and a step's route. */
export type StoredItem = Pick<ProgressItem, 'key' | 'formerKeys'> & { route?: string };

export interface ProgressStoreOptions {
  guide: string;
  /** The guide's current items; a page that shows none (the request page) passes none and keeps every tick as stored. */
  items: readonly StoredItem[];
  /** Returns the storage; may throw or return undefined, as real browsers do. */
  storage?: () => Storage | undefined;
  now?: () => number;
  /** The reader's day today, YYYY-MM-DD; their own time zone's by default. */
  today?: () => string;
}

export interface ProgressStore {
  readonly state: ProgressState;
  /** Calls `listener` after every change, whatever caused it. Returns an unsubscribe function. */
  subscribe(listener: (state: ProgressState) => void): () => void;
  /** Ticks or unticks an item; ticking the last step of a route records today as the closing day, unless one is recorded. */
  set(key: string, done: boolean): void;
  /** Remembers the route the reader chose; ignored unless it is one of the items' routes. */
  setRoute(route: string): void;
  /** Corrects the closing day, or clears it (undefined). */
  setClosed(day: string | undefined): void;
  /** The delay before the check, in days; undefined goes back to the default. */
  setCheckDays(days: number | undefined): void;
  /** Ticks or unticks an "Is it really gone?" check. */
  setChecked(id: string, done: boolean): void;
  /** Records a request as sent (received) on `day`. */
  addRequest(request: SentRequest): void;
  /** Forgets the request at `index` (marked as sent by mistake). */
  removeRequest(index: number): void;
  /** Keeps the reader's name and email on this device, or forgets them (undefined). */
  setContact(contact: Contact | undefined): void;
  /** Unticks everything in this guide (every route) and its closing day; returns what was there, for `restore`. */
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
  let parsed: Core = { kind: 'unreadable' };
  try {
    const raw = storage()?.getItem(storageKey(guide));
    if (raw !== undefined) parsed = parseCore(raw);
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

const emptySaved = (): Saved => ({ done: new Map(), route: undefined });

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { guide, items } = options;
  const getStorage = options.storage ?? defaultStorage;
  const now = options.now ?? Date.now;
  const today = options.today ?? (() => localDay(new Date(now())));
  const key = storageKey(guide);
  const current = new Set(items.map((item) => item.key));
  const stepsByRoute = new Map<string, string[]>();
  for (const item of items) if (item.route) stepsByRoute.set(item.route, [...(stepsByRoute.get(item.route) ?? []), item.key]);

  const listeners = new Set<(state: ProgressState) => void>();
  let stored: Saved = emptySaved();
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
      if (holdsAnything(replacement)) store.setItem(key, serialiseProgress(replacement));
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
        return emptySaved();
      case 'ok': {
        const { kind: _kind, ...saved } = parsed;
        return { ...saved, done: underCurrentKeys(parsed.done, items) };
      }
      case 'newer': {
        const { kind: _kind, version: _version, ...rest } = parsed;
        const saved = { ...rest, done: underCurrentKeys(parsed.done, items) };
        if (loading) {
          keepAside(store, raw ?? '', 'newer', saved);
          return saved;
        }
        status = 'newer';
        readOnly = true;
        return saved;
      }
      case 'unreadable':
        keepAside(store, raw ?? '', 'unreadable', emptySaved());
        return emptySaved();
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
      closed: stored.closed,
      checkDays: stored.checkDays,
      checked: new Set(stored.checked?.keys() ?? []),
      requests: stored.requests ?? [],
      contact: stored.contact,
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
      const route = items.find((item) => item.key === itemKey)?.route;
      change((saved) => {
        if (done) saved.done.set(itemKey, saved.done.get(itemKey) ?? now());
        else saved.done.delete(itemKey);
        // The day the last step of a route is ticked is the day the account was closed; a day already recorded (perhaps corrected) stays.
        const steps = route ? (stepsByRoute.get(route) ?? []) : [];
        if (done && !saved.closed && steps.length > 0 && steps.every((step) => saved.done.has(step))) saved.closed = today();
      });
    },
    setRoute(route) {
      if (route === knownRoute(stored.route, items) || !knownRoute(route, items)) return;
      change((saved) => {
        saved.route = route;
      });
    },
    setClosed(day) {
      if (day !== undefined && !isDay(day)) return;
      change((saved) => {
        saved.closed = day;
      });
    },
    setCheckDays(days) {
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_CHECK_DAYS)) return;
      change((saved) => {
        saved.checkDays = days;
      });
    },
    setChecked(id, done) {
      if (!ROUTE_ID.test(id)) return;
      change((saved) => {
        const checked = (saved.checked ??= new Map());
        if (done) checked.set(id, checked.get(id) ?? now());
        else checked.delete(id);
      });
    },
    addRequest(request) {
      if (!LAWS.includes(request.law) || !isDay(request.sent)) return;
      change((saved) => {
        saved.requests = [...(saved.requests ?? []), { law: request.law, sent: request.sent }].slice(-MAX_REQUESTS);
      });
    },
    removeRequest(index) {
      const target = stored.requests?.[index];
      if (!target) return;
      change((saved) => {
        const at = (saved.requests ?? []).findIndex((r) => r.law === target.law && r.sent === target.sent);
        if (at >= 0) saved.requests?.splice(at, 1);
      });
    },
    setContact(contact) {
      if (contact !== undefined && !(isText(contact.name) && isText(contact.email))) return;
      change((saved) => {
        saved.contact = contact && { name: contact.name, email: contact.email };
      });
    },
    reset() {
      const before: ProgressSnapshot = { done: new Map([...stored.done].filter(([itemKey]) => current.has(itemKey))), closed: stored.closed };
      change((saved) => {
        for (const itemKey of current) saved.done.delete(itemKey);
        saved.closed = undefined;
      });
      return before;
    },
    restore(saved) {
      change((record) => {
        for (const [itemKey, at] of saved.done) if (current.has(itemKey)) record.done.set(itemKey, at);
        record.closed ??= saved.closed;
      });
    },
    refresh() {
      if (status === 'unavailable') return;
      stored = read() ?? stored;
      notify();
    },
  };
}

/*
 * Everything this site keeps in the browser, as one file: every guide's
 * record and the theme choice. A file is read as stored data is: each record
 * by parseProgress, nothing trusted, and a file with any record that cannot
 * be read is refused whole, so an import never half happens.
 */

/**
 * The theme choice's key and parser, from src/lib/theme.ts, its owner. The
 * caller passes them in, so this module, which the checklist and the progress
 * controller bundle too, never pulls the theme's code into their bundles.
 */
export interface ThemeKey {
  key: string;
  parse(value: unknown): string | null;
}

/** Names the file's format, so a file from anywhere else is refused at once. */
export const EXPORT_FORMAT = 'delete-guides-data';
export const EXPORT_VERSION = 1;
/** Far above what a reader's data comes to (a few kilobytes); larger means it is not our file. */
export const MAX_IMPORT_LENGTH = 1024 * 1024;

/** The file's contents: `records` are stored records, by guide. */
export function exportAll(getStorage: () => Storage | undefined = defaultStorage, at: Date = new Date(), themeKey?: ThemeKey): string {
  const records: Record<string, unknown> = {};
  let theme: string | null = null;
  try {
    const storage = getStorage();
    for (let i = 0; storage && i < storage.length; i++) {
      const itemKey = storage.key(i);
      const guide = itemKey?.startsWith(STORAGE_PREFIX) ? itemKey.slice(STORAGE_PREFIX.length) : undefined;
      if (!guide || !ROUTE_ID.test(guide)) continue;
      const parsed = parseProgress(storage.getItem(itemKey ?? ''));
      if (parsed.kind === 'ok') records[guide] = JSON.parse(serialiseProgress(parsed));
    }
    theme = themeKey && storage ? themeKey.parse(storage.getItem(themeKey.key)) : null;
  } catch {
    // Blocked storage: the file holds what could be read, which is nothing.
  }
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: at.toISOString(), records, ...(theme && { theme }) }, null, 2)}\n`;
}

/** Where a field differed between this device and the file: this device's value was kept. */
export interface Kept {
  guide: string | undefined;
  field: 'route' | 'closed' | 'checkDays' | 'contact' | 'theme' | 'record';
}

export type ImportResult =
  | { kind: 'imported'; guides: string[]; kept: Kept[] }
  /** huge: over MAX_IMPORT_LENGTH; damaged: not JSON (a truncated file) or a record that cannot be read; foreign: not this site's file; newer: from a newer version of the site; unavailable: storage refused. */
  | { kind: 'refused'; why: 'huge' | 'damaged' | 'foreign' | 'newer' | 'unavailable' };

const sameContact = (a: Contact, b: Contact) => a.name === b.name && a.email === b.email;

/**
 * This device's record `mine` with the file's `theirs` added: ticks, checks and
 * requests are joined (a tick kept at its earlier time); a single value the
 * file has and this device lacks is taken; where both have one and they
 * differ, this device's is kept and named in `kept`, so the reader is told.
 */
export function mergeSaved(mine: Readonly<Saved>, theirs: Readonly<Saved>, guide?: string): { saved: Saved; kept: Kept[] } {
  const kept: Kept[] = [];
  const union = (a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined) => {
    const result = new Map(a ?? []);
    for (const [k, at] of b ?? []) result.set(k, Math.min(at, result.get(k) ?? at));
    return result;
  };
  const one = <T>(field: Kept['field'], a: T | undefined, b: T | undefined, same: (x: T, y: T) => boolean = (x, y) => x === y): T | undefined => {
    if (a === undefined) return b;
    if (b !== undefined && !same(a, b)) kept.push({ guide, field });
    return a;
  };
  const requests = [...(mine.requests ?? [])];
  for (const r of theirs.requests ?? []) if (!requests.some((m) => m.law === r.law && m.sent === r.sent)) requests.push(r);
  requests.sort((a, b) => a.sent.localeCompare(b.sent));
  return {
    saved: {
      done: union(mine.done, theirs.done),
      route: one('route', mine.route, theirs.route),
      closed: one('closed', mine.closed, theirs.closed),
      checkDays: one('checkDays', mine.checkDays, theirs.checkDays),
      checked: union(mine.checked, theirs.checked),
      requests: requests.slice(-MAX_REQUESTS),
      contact: one('contact', mine.contact, theirs.contact, sameContact),
    },
    kept,
  };
}

/** Reads an exported file and merges it into this browser's records; never throws, and writes nothing unless the whole file reads. */
export function importAll(text: string, getStorage: () => Storage | undefined = defaultStorage, themeKey?: ThemeKey): ImportResult {
  if (text.length > MAX_IMPORT_LENGTH) return { kind: 'refused', why: 'huge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'refused', why: 'damaged' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !isRecord(data.records)) return { kind: 'refused', why: 'foreign' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { kind: 'refused', why: 'foreign' };
  if (data.version > EXPORT_VERSION) return { kind: 'refused', why: 'newer' };

  const incoming = new Map<string, Saved>();
  for (const [guide, record] of Object.entries(data.records)) {
    if (!ROUTE_ID.test(guide)) return { kind: 'refused', why: 'damaged' };
    const parsed = parseProgress(JSON.stringify(record));
    if (parsed.kind === 'newer') return { kind: 'refused', why: 'newer' };
    if (parsed.kind !== 'ok') return { kind: 'refused', why: 'damaged' };
    const { kind: _kind, ...saved } = parsed;
    incoming.set(guide, saved);
  }
  const theme = data.theme === undefined || !themeKey ? null : themeKey.parse(data.theme);
  if (data.theme !== undefined && themeKey && !theme) return { kind: 'refused', why: 'damaged' };

  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {
    storage = undefined;
  }
  if (!storage) return { kind: 'refused', why: 'unavailable' };
  const kept: Kept[] = [];
  const writes: [string, string][] = [];
  try {
    for (const [guide, theirs] of incoming) {
      const mine = parseProgress(storage.getItem(storageKey(guide)));
      // Data this page cannot read (or a newer version's) is the store's to set aside, never this import's to overwrite.
      if (mine.kind === 'unreadable' || mine.kind === 'newer') {
        kept.push({ guide, field: 'record' });
        continue;
      }
      const merged = mergeSaved(mine.kind === 'ok' ? mine : emptySaved(), theirs, guide);
      kept.push(...merged.kept);
      writes.push([storageKey(guide), serialiseProgress(merged.saved)]);
    }
    if (theme && themeKey) {
      const mine = themeKey.parse(storage.getItem(themeKey.key));
      if (!mine) writes.push([themeKey.key, theme]);
      else if (mine !== theme) kept.push({ guide: undefined, field: 'theme' });
    }
    for (const [itemKey, value] of writes) storage.setItem(itemKey, value);
  } catch {
    return { kind: 'refused', why: 'unavailable' };
  }
  return { kind: 'imported', guides: [...incoming.keys()], kept };
}

/** What `forgetAll` removed, for `restoreAll`. */
export type ForgottenData = readonly (readonly [string, string])[];

/** Removes everything this site keeps in this browser (every guide's record, set-aside copies, the theme); returns it, so an undo can put it back. Undefined when storage is out of reach. */
export function forgetAll(getStorage: () => Storage | undefined = defaultStorage, themeKey?: ThemeKey): ForgottenData | undefined {
  const isOurs = (itemKey: string) => itemKey.startsWith(STORAGE_PREFIX) || itemKey === themeKey?.key;
  try {
    const storage = getStorage();
    if (!storage) return undefined;
    const removed: [string, string][] = [];
    for (let i = 0; i < storage.length; i++) {
      const itemKey = storage.key(i);
      const value = itemKey === null ? null : storage.getItem(itemKey);
      if (itemKey !== null && value !== null && isOurs(itemKey)) removed.push([itemKey, value]);
    }
    for (const [itemKey] of removed) storage.removeItem(itemKey);
    return removed;
  } catch {
    return undefined;
  }
}

/** Puts back what `forgetAll` removed; false when storage refused. */
export function restoreAll(data: ForgottenData, getStorage: () => Storage | undefined = defaultStorage): boolean {
  try {
    const storage = getStorage();
    if (!storage) return false;
    for (const [itemKey, value] of data) storage.setItem(itemKey, value);
    return true;
  } catch {
    return false;
  }
}
