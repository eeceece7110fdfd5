import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  MAX_STORED_LENGTH,
  parseProgress,
  serialiseProgress,
  storageKey,
  type ProgressStoreOptions,
  readSavedTicks,
} from '../../../src/progress/store';
import { fillUp, memoryStorage, throwingStorage } from '../../helpers/storage';

const KEY = storageKey('acme');
const items = ['caveat-orders', 'step-log-in', 'step-settings', 'step-confirm'].map((key) => ({ key, formerKeys: [] }));

function store(storage: Storage | (() => Storage | undefined), extra: Partial<ProgressStoreOptions> = {}) {
  const get = typeof storage === 'function' ? storage : () => storage;
  let clock = 1_000;
  return createProgressStore({ guide: 'acme', items, storage: get, now: () => clock++, ...extra });
}

function saved(storage: Storage): unknown {
  return JSON.parse(storage.getItem(KEY) ?? 'null');
}

/** Copies the store set aside under "<key>:<why>:<time>". */
function asideCopies(storage: Storage, why: 'unreadable' | 'newer'): string[] {
  const found: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(`${KEY}:${why}:`)) found.push(storage.getItem(k) ?? '');
  }
  return found;
}

const backups = (storage: Storage) => asideCopies(storage, 'unreadable');

describe('parseProgress', () => {
  it('reads what serialiseProgress writes', () => {
    const done = new Map([
      ['step-log-in', 5],
      ['caveat-orders', 7],
    ]);
    expect(parseProgress(serialiseProgress({ done, route: undefined }))).toEqual({ kind: 'ok', done, route: undefined });
    expect(parseProgress(serialiseProgress({ done, route: 'app' }))).toEqual({ kind: 'ok', done, route: 'app' });
  });

  it('reads what the release before routes wrote (version 1): its ticks, and no route chosen', () => {
    // Written by that release's serialiseProgress after ticking the first two steps and a check.
    const written = '{"version":1,"done":{"caveat-pending-orders":1764400000000,"step-log-in":1764400060000,"step-open-account-settings":1764400120000}}';
    expect(parseProgress(written)).toEqual({
      kind: 'ok',
      route: undefined,
      done: new Map([
        ['caveat-pending-orders', 1764400000000],
        ['step-log-in', 1764400060000],
        ['step-open-account-settings', 1764400120000],
      ]),
    });
  });

  it('reads a chosen route only when it is written as an id', () => {
    for (const route of ['App', 'app route', 7, '', '../x']) {
      expect(parseProgress(JSON.stringify({ version: 2, done: {}, route }))).toMatchObject({ kind: 'ok', route: undefined });
    }
  });

  it('treats a missing value as empty', () => {
    expect(parseProgress(null)).toEqual({ kind: 'empty' });
  });

  const unreadable: [string, string][] = [
    ['not JSON', 'progress!'],
    ['an empty string', ''],
    ['the text undefined', 'undefined'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"step-log-in"'],
    ['an array', '["step-log-in"]'],
    ['an object with no version', '{"done":{"step-log-in":1}}'],
    ['a version that is a string', '{"version":"1","done":{}}'],
    ['version 0', '{"version":0,"done":{}}'],
    ['a fractional version', '{"version":1.5,"done":{}}'],
    ['a negative version', '{"version":-3,"done":{}}'],
    ['no done', '{"version":1}'],
    ['done as an array', '{"version":1,"done":["step-log-in"]}'],
    ['done as a string', '{"version":1,"done":"step-log-in"}'],
    ['done as null', '{"version":1,"done":null}'],
    ['binary garbage', '\u0000\u0001\uffff'],
    ['a truncated write', '{"version":1,"done":{"step-log-in":17'],
    ['a huge value', JSON.stringify({ version: 1, done: {}, pad: 'x'.repeat(MAX_STORED_LENGTH) })],
  ];
  it.each(unreadable)('calls %s unreadable', (_name, raw) => {
    expect(parseProgress(raw).kind).toBe('unreadable');
  });

  it('survives deeply nested JSON', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(parseProgress(deep).kind).toBe('unreadable');
  });

  it('keeps only entries whose key and value look right', () => {
    const raw =
      '{"version":1,"done":{"__proto__":1,"constructor":2,"toString":3,"Step-Log-In":4,"step log in":5,' +
      '"step-":6,"note-x":7,"step-log-in":8,"step-a":"yes","step-b":-1,"step-c":null,"step-d":{},"caveat-orders":true}}';
    const parsed = parseProgress(raw);
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect([...parsed.done.keys()].sort()).toEqual(['caveat-orders', 'step-log-in']);
  });

  it('recognises a newer version and still reads its ticks where it can', () => {
    const parsed = parseProgress('{"version":4,"done":{"step-log-in":3},"route":"app","notes":{}}');
    expect(parsed).toEqual({ kind: 'newer', version: 4, done: new Map([['step-log-in', 3]]), route: 'app' });
    expect(parseProgress('{"version":7,"ticks":[]}')).toEqual({ kind: 'newer', version: 7, done: new Map(), route: undefined });
  });
});

describe('progress store', () => {
  it('starts empty, saves a tick and reads it back in a new visit', () => {
    const storage = memoryStorage();
    const first = store(storage);
    expect(first.state).toMatchObject({ status: 'saved', setAside: undefined });
    expect(first.state.done.size).toBe(0);
    first.set('step-log-in', true);
    first.set('caveat-orders', true);
    expect(saved(storage)).toMatchObject({ version: 3, done: { 'step-log-in': expect.any(Number) } });

    const again = store(storage);
    expect([...again.state.done].sort()).toEqual(['caveat-orders', 'step-log-in']);
  });

  it('unticking removes the entry', () => {
    const storage = memoryStorage();
    const s = store(storage);
    s.set('step-log-in', true);
    s.set('step-log-in', false);
    expect(saved(storage)).toEqual({ version: 3, done: {} });
    expect(s.state.done.has('step-log-in')).toBe(false);
  });

  it('ignores keys that are not items of the guide', () => {
    const storage = memoryStorage();
    const s = store(storage);
    s.set('step-unknown', true);
    s.set('__proto__', true);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('tells subscribers about every change and stops when they unsubscribe', () => {
    const s = store(memoryStorage());
    const seen: number[] = [];
    const stop = s.subscribe((state) => seen.push(state.done.size));
    s.set('step-log-in', true);
    s.set('step-settings', true);
    stop();
    s.set('step-confirm', true);
    expect(seen).toEqual([1, 2]);
  });

  describe('unreadable stored data', () => {
    it('is set aside, not overwritten, and the reader starts afresh with a notice', () => {
      const storage = memoryStorage({ [KEY]: 'garbage{' });
      const s = store(storage);
      expect(s.state).toMatchObject({ setAside: 'unreadable', status: 'saved' });
      expect(backups(storage)).toEqual(['garbage{']);
      s.set('step-log-in', true);
      expect(saved(storage)).toMatchObject({ done: { 'step-log-in': expect.any(Number) } });
      expect(backups(storage)).toEqual(['garbage{']);
    });

    it('is left untouched when even the copy cannot be made', () => {
      const storage = memoryStorage({ [KEY]: 'garbage{' });
      fillUp(storage);
      const s = store(storage);
      s.set('step-log-in', true);
      expect(s.state.done.has('step-log-in')).toBe(true);
      expect(s.state.status).toBe('failed');
      expect(storage.getItem(KEY)).toBe('garbage{');
    });
  });

  describe('broken storage', () => {
    it('blocked storage (throws on access): ticking works for the visit, with a notice', () => {
      const s = store(throwingStorage);
      expect(s.state.status).toBe('unavailable');
      s.set('step-log-in', true);
      expect(s.state.done.has('step-log-in')).toBe(true);
      expect(s.state.status).toBe('unavailable');
      s.refresh();
      expect(s.state.done.has('step-log-in')).toBe(true);
    });

    it('no storage at all: the same', () => {
      const s = store(() => undefined);
      s.set('step-settings', true);
      expect(s.state).toMatchObject({ status: 'unavailable' });
      expect(s.state.done.has('step-settings')).toBe(true);
    });

    it('getItem that throws: the same', () => {
      const storage = memoryStorage();
      storage.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      const s = store(storage);
      s.set('step-settings', true);
      expect(s.state).toMatchObject({ status: 'unavailable' });
      expect(s.state.done.has('step-settings')).toBe(true);
    });

    it('a full storage keeps the earlier saved ticks and this visit’s new ones, and says it could not save', () => {
      const storage = memoryStorage();
      store(storage).set('step-log-in', true);
      const before = storage.getItem(KEY);
      fillUp(storage);
      const s = store(storage);
      s.set('step-settings', true);
      expect(s.state.status).toBe('failed');
      expect([...s.state.done].sort()).toEqual(['step-log-in', 'step-settings']);
      expect(storage.getItem(KEY)).toBe(before);
    });

    it('recovers once storage accepts writes again', () => {
      const storage = memoryStorage();
      const realSet = storage.setItem;
      fillUp(storage);
      const s = store(storage);
      s.set('step-log-in', true);
      expect(s.state.status).toBe('failed');
      storage.setItem = realSet;
      s.set('step-settings', true);
      expect(s.state.status).toBe('saved');
      expect(Object.keys((saved(storage) as { done: object }).done).sort()).toEqual(['step-log-in', 'step-settings']);
    });
  });

  describe('versions', () => {
    const newer = '{"version":4,"done":{"step-log-in":3},"notes":{"step-log-in":"done on phone"}}';

    it('a newer version found as the page loads is kept aside, and the reader carries on saving its ticks', () => {
      // No reload can help here: this is the newest page the reader gets (a rollback, a cached page, a hand edit).
      const storage = memoryStorage({ [KEY]: newer });
      const s = store(storage);
      expect(s.state).toMatchObject({ status: 'saved', setAside: 'newer' });
      expect(s.state.done.has('step-log-in')).toBe(true);
      expect(asideCopies(storage, 'newer')).toEqual([newer]);
      // Written in this version's shape at once, so a reload shows the same ticks.
      expect(saved(storage)).toEqual({ version: 3, done: { 'step-log-in': 3 } });
      s.set('step-settings', true);
      expect(s.state.status).toBe('saved');
      expect(saved(storage)).toEqual({ version: 3, done: { 'step-log-in': 3, 'step-settings': expect.any(Number) } });
      expect(store(storage).state).toMatchObject({ status: 'saved', setAside: undefined });
    });

    it('a newer version found as the page loads is left untouched when even its copy cannot be made', () => {
      const storage = fillUp(memoryStorage({ [KEY]: newer }));
      const s = store(storage);
      expect(s.state.status).toBe('failed');
      s.set('step-settings', true);
      expect(s.state.done.has('step-settings')).toBe(true);
      expect(storage.getItem(KEY)).toBe(newer);
    });

    it('a newer version saved by another tab during the visit is read but never overwritten until reload', () => {
      const storage = memoryStorage({ [KEY]: '{"version":1,"done":{}}' });
      const s = store(storage);
      storage.setItem(KEY, newer);
      s.refresh();
      expect(s.state.status).toBe('newer');
      expect(s.state.done.has('step-log-in')).toBe(true);
      s.set('step-settings', true);
      expect(s.state.done.has('step-settings')).toBe(true);
      expect(storage.getItem(KEY)).toBe(newer);
      expect(asideCopies(storage, 'newer')).toEqual([]);
    });

    it('accepts the plain `true` a hand edit might leave and rewrites it in the current shape', () => {
      const storage = memoryStorage({ [KEY]: '{"version":1,"done":{"step-log-in":true}}' });
      const s = store(storage);
      expect(s.state.done.has('step-log-in')).toBe(true);
      s.set('step-settings', true);
      expect(saved(storage)).toEqual({ version: 3, done: { 'step-log-in': 0, 'step-settings': expect.any(Number) } });
    });
  });

  describe('when the guide changes', () => {
    it('a removed step keeps its stored tick, unseen and uncounted, through later saves', () => {
      const storage = memoryStorage({ [KEY]: '{"version":1,"done":{"step-old":5,"step-log-in":6}}' });
      const s = store(storage);
      expect([...s.state.done]).toEqual(['step-log-in']);
      s.set('step-settings', true);
      expect(saved(storage)).toMatchObject({ done: { 'step-old': 5, 'step-log-in': 6 } });
      s.reset();
      expect(saved(storage)).toEqual({ version: 3, done: { 'step-old': 5 } });
    });

    it('a renamed step carries its tick over from the former id and saves it under the new one', () => {
      const storage = memoryStorage({ [KEY]: '{"version":1,"done":{"step-signin":5}}' });
      const renamedItems = items.map((item) => (item.key === 'step-log-in' ? { ...item, formerKeys: ['step-signin'] } : item));
      const s = store(storage, { items: renamedItems });
      expect(s.state.done.has('step-log-in')).toBe(true);
      s.set('step-settings', true);
      expect(saved(storage)).toEqual({ version: 3, done: { 'step-log-in': 5, 'step-settings': expect.any(Number) } });
    });

    it('a new step starts unticked', () => {
      const storage = memoryStorage({ [KEY]: '{"version":1,"done":{"step-log-in":5}}' });
      const s = store(storage, { items: [...items, { key: 'step-new', formerKeys: [] }] });
      expect(s.state.done.has('step-new')).toBe(false);
      expect(s.state.done.has('step-log-in')).toBe(true);
    });
  });

  describe('two tabs', () => {
    it('a tick in one tab never overwrites a tick made in another', () => {
      const storage = memoryStorage();
      const a = store(storage);
      const b = store(storage);
      a.set('step-log-in', true);
      b.set('step-settings', true);
      expect(Object.keys((saved(storage) as { done: object }).done).sort()).toEqual(['step-log-in', 'step-settings']);
      a.refresh();
      expect([...a.state.done].sort()).toEqual(['step-log-in', 'step-settings']);
    });
  });

  describe('reset and undo', () => {
    it('reset clears every tick and restore brings back exactly what was there', () => {
      const storage = memoryStorage();
      const s = store(storage);
      s.set('caveat-orders', true);
      s.set('step-log-in', true);
      const before = storage.getItem(KEY);
      const snapshot = s.reset();
      expect(s.state.done.size).toBe(0);
      expect(saved(storage)).toEqual({ version: 3, done: {} });
      s.restore(snapshot);
      expect([...s.state.done].sort()).toEqual(['caveat-orders', 'step-log-in']);
      expect(storage.getItem(KEY)).toBe(before);
    });
  });
});

describe('readSavedTicks, for the script that paints before first paint', () => {
  const renamed = items.map((item) => (item.key === 'step-log-in' ? { ...item, formerKeys: ['step-signin'] } : item));

  it('gives the saved ticks among the current items, a renamed item included, and writes nothing', () => {
    const raw = '{"version":1,"done":{"step-signin":5,"step-settings":6,"step-gone":7}}';
    const storage = memoryStorage({ [KEY]: raw });
    const read = readSavedTicks('acme', renamed, () => storage);
    expect(read).toEqual({ done: new Set(['step-log-in', 'step-settings']), problem: false });
    expect(storage.getItem(KEY)).toBe(raw);
    expect(storage.length).toBe(1);
  });

  it('reports nothing wrong for a new reader', () => {
    expect(readSavedTicks('acme', items, () => memoryStorage())).toEqual({ done: new Set(), problem: false });
  });

  it('shows a newer version\'s ticks but reports a problem, so the full store loads to deal with it', () => {
    const storage = memoryStorage({ [KEY]: '{"version":9,"done":{"step-log-in":1}}' });
    expect(readSavedTicks('acme', items, () => storage)).toEqual({ done: new Set(['step-log-in']), problem: true });
  });

  it('reports a problem, with no ticks and no error, for unreadable data and for blocked storage', () => {
    const storage = memoryStorage({ [KEY]: '{"version":1,"done":' });
    expect(readSavedTicks('acme', items, () => storage)).toEqual({ done: new Set(), problem: true });
    expect(readSavedTicks('acme', items, throwingStorage)).toEqual({ done: new Set(), problem: true });
    expect(readSavedTicks('acme', items, () => undefined)).toEqual({ done: new Set(), problem: true });
  });
});

describe('a guide with several routes', () => {
  const routeItems = [
    { key: 'caveat-orders', formerKeys: [] },
    { key: 'step-web-1', formerKeys: [], route: 'web' },
    { key: 'step-web-2', formerKeys: [], route: 'web' },
    { key: 'step-app-1', formerKeys: [], route: 'app' },
  ];
  const routed = (storage: Storage) => store(storage, { items: routeItems });

  it("keeps each route's ticks when the reader switches, and remembers the route chosen", () => {
    const storage = memoryStorage();
    const s = routed(storage);
    expect(s.state.route).toBeUndefined();
    s.set('step-web-1', true);
    s.setRoute('app');
    s.set('step-app-1', true);
    s.setRoute('web');
    const again = routed(storage);
    expect([...again.state.done].sort()).toEqual(['step-app-1', 'step-web-1']);
    expect(again.state.route).toBe('web');
    expect(saved(storage)).toMatchObject({ version: 3, route: 'web' });
  });

  it('ignores a route the guide does not have, and forgets a stored one it no longer has', () => {
    const storage = memoryStorage({ [KEY]: '{"version":2,"done":{"step-web-1":4},"route":"kiosk"}' });
    const s = routed(storage);
    expect(s.state.route).toBeUndefined();
    expect(s.state.done.has('step-web-1')).toBe(true);
    s.setRoute('fax');
    expect(s.state.route).toBeUndefined();
    expect(readSavedTicks('acme', routeItems, () => storage).route).toBeUndefined();
  });

  it('gives the painting script the stored route with the ticks', () => {
    const storage = memoryStorage({ [KEY]: '{"version":2,"done":{"step-app-1":4},"route":"app"}' });
    expect(readSavedTicks('acme', routeItems, () => storage)).toEqual({ done: new Set(['step-app-1']), route: 'app', problem: false });
  });

  it('"start over" clears the ticks of every route, and undo brings them back', () => {
    const storage = memoryStorage();
    const s = routed(storage);
    s.set('step-web-1', true);
    s.set('step-app-1', true);
    const snapshot = s.reset();
    expect(s.state.done.size).toBe(0);
    s.restore(snapshot);
    expect([...s.state.done].sort()).toEqual(['step-app-1', 'step-web-1']);
  });

  it('upgrades a record of the release before routes on the first save, keeping every tick', () => {
    const storage = memoryStorage({ [KEY]: '{"version":1,"done":{"step-web-1":5,"caveat-orders":6}}' });
    const s = routed(storage);
    expect([...s.state.done].sort()).toEqual(['caveat-orders', 'step-web-1']);
    s.setRoute('app');
    expect(saved(storage)).toEqual({ version: 3, done: { 'step-web-1': 5, 'caveat-orders': 6 }, route: 'app' });
  });
});

describe('version 3: what happens after closing', () => {
  const routeItems = [
    { key: 'caveat-orders', formerKeys: [] },
    { key: 'step-web-1', formerKeys: [], route: 'web' },
    { key: 'step-web-2', formerKeys: [], route: 'web' },
    { key: 'step-app-1', formerKeys: [], route: 'app' },
  ];
  const routed = (storage: Storage, day = '2026-03-14') => store(storage, { items: routeItems, today: () => day });

  it('reads a version 2 record exactly as the release before this one wrote it, and keeps it all on the next save', () => {
    // Written by that release's serialiseProgress: two ticks and the chosen route.
    const written = '{"version":2,"done":{"caveat-orders":1764400000000,"step-web-1":1764400060000},"route":"web"}';
    expect(parseProgress(written)).toEqual({
      kind: 'ok',
      route: 'web',
      done: new Map([
        ['caveat-orders', 1764400000000],
        ['step-web-1', 1764400060000],
      ]),
    });
    const storage = memoryStorage({ [KEY]: written });
    const s = routed(storage);
    expect(s.state).toMatchObject({ route: 'web', closed: undefined, requests: [], contact: undefined });
    s.setCheckDays(10);
    expect(saved(storage)).toEqual({ version: 3, done: { 'caveat-orders': 1764400000000, 'step-web-1': 1764400060000 }, route: 'web', checkDays: 10 });
  });

  it('records the reader\'s day when the last step of a route is ticked, and not before', () => {
    const storage = memoryStorage();
    const s = routed(storage);
    s.set('step-web-1', true);
    expect(s.state.closed).toBeUndefined();
    s.set('step-web-2', true);
    expect(s.state.closed).toBe('2026-03-14');
    expect(saved(storage)).toMatchObject({ closed: '2026-03-14' });
  });

  it('keeps a corrected day when the last step is ticked again later', () => {
    const storage = memoryStorage();
    const s = routed(storage);
    s.set('step-app-1', true);
    s.setClosed('2026-03-01');
    s.set('step-app-1', false);
    routed(storage, '2026-04-02').set('step-app-1', true);
    expect(routed(storage).state.closed).toBe('2026-03-01');
  });

  it('refuses a day that does not exist, and clears the day when asked', () => {
    const s = routed(memoryStorage());
    s.setClosed('2026-02-30');
    expect(s.state.closed).toBeUndefined();
    s.setClosed('2026-02-28');
    s.setClosed(undefined);
    expect(s.state.closed).toBeUndefined();
  });

  it('"start over" clears the closing day with the ticks, and undo brings both back', () => {
    const storage = memoryStorage();
    const s = routed(storage);
    s.set('step-app-1', true);
    const snapshot = s.reset();
    expect(s.state).toMatchObject({ closed: undefined });
    s.restore(snapshot);
    expect(s.state.closed).toBe('2026-03-14');
    expect(s.state.done.has('step-app-1')).toBe(true);
  });

  it('keeps checks, requests, the check delay and a remembered contact, and reads them back in a new visit', () => {
    const storage = memoryStorage();
    const s = routed(storage);
    s.setChecked('sign-in', true);
    s.addRequest({ law: 'uk', sent: '2026-01-31' });
    s.setCheckDays(45);
    s.setContact({ name: 'Ada Lovelace', email: 'ada@example.org' });
    const again = routed(storage).state;
    expect([...again.checked]).toEqual(['sign-in']);
    expect(again.requests).toEqual([{ law: 'uk', sent: '2026-01-31' }]);
    expect(again.checkDays).toBe(45);
    expect(again.contact).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org' });
    routed(storage).setContact(undefined);
    expect(JSON.stringify(saved(storage))).not.toContain('Ada');
  });

  it('removes the request marked sent by mistake, and only that one', () => {
    const s = routed(memoryStorage());
    s.addRequest({ law: 'eu', sent: '2026-01-10' });
    s.addRequest({ law: 'eu', sent: '2026-02-20' });
    s.removeRequest(0);
    expect(s.state.requests).toEqual([{ law: 'eu', sent: '2026-02-20' }]);
  });

  it('refuses values no reader could have meant', () => {
    const s = routed(memoryStorage());
    s.setCheckDays(0);
    s.setCheckDays(2.5);
    s.setCheckDays(10_000);
    s.addRequest({ law: 'mars' as 'eu', sent: '2026-01-10' });
    s.addRequest({ law: 'eu', sent: 'yesterday' });
    s.setContact({ name: '  ', email: 'a@b.c' });
    s.setChecked('__proto__', true);
    expect(s.state).toMatchObject({ checkDays: undefined, requests: [], contact: undefined });
    expect(s.state.checked.size).toBe(0);
  });

  it('reads each field of a stored record on its own: one that is wrong is dropped, the rest kept', () => {
    const raw = JSON.stringify({
      version: 3,
      done: { 'step-web-1': 1 },
      closed: '2026-13-01',
      checkDays: 30,
      checked: { 'sign-in': 5, __proto__: 1, 'Bad Id': 2 },
      requests: [{ law: 'eu', sent: '2026-01-31' }, { law: 'xx', sent: '2026-01-31' }, 'junk'],
      contact: { name: 'A', email: 7 },
    });
    const parsed = parseProgress(raw);
    expect(parsed).toEqual({
      kind: 'ok',
      done: new Map([['step-web-1', 1]]),
      route: undefined,
      checkDays: 30,
      checked: new Map([['sign-in', 5]]),
      requests: [{ law: 'eu', sent: '2026-01-31' }],
    });
  });

  it('never lets the page that paints first carry what only the full store reads', () => {
    const storage = memoryStorage({ [KEY]: '{"version":3,"done":{"step-web-1":1},"route":"web","closed":"2026-03-14"}' });
    expect(readSavedTicks('acme', routeItems, () => storage)).toEqual({ done: new Set(['step-web-1']), route: 'web', problem: false });
  });
});
