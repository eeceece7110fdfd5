import { describe, expect, it } from 'vitest';
import { exportAll, forgetAll, importAll, MAX_IMPORT_LENGTH, restoreAll, storageKey } from '../../../src/progress/store';
import { parseTheme, THEME_KEY } from '../../../src/lib/theme';
import { fillUp, memoryStorage, throwingStorage } from '../../helpers/storage';

const theme = { key: THEME_KEY, parse: parseTheme };

const acme = storageKey('acme');
const other = storageKey('other-guide');
const at = new Date('2026-03-14T10:00:00Z');

const record = (fields: object) => JSON.stringify({ version: 3, done: {}, ...fields });

describe('export', () => {
  it("holds every guide's record and the theme, and nothing set aside or not ours", () => {
    const storage = memoryStorage({
      [acme]: record({ done: { 'step-a': 1 }, closed: '2026-03-01', requests: [{ law: 'eu', sent: '2026-03-02' }] }),
      [other]: '{"version":2,"done":{"caveat-b":2},"route":"app"}',
      [`${acme}:unreadable:5`]: 'garbage',
      theme: 'dark',
      'someone-else': 'x',
    });
    const file = JSON.parse(exportAll(() => storage, at, theme));
    expect(file).toEqual({
      format: 'delete-guides-data',
      version: 1,
      exported: '2026-03-14T10:00:00.000Z',
      theme: 'dark',
      records: {
        acme: { version: 3, done: { 'step-a': 1 }, closed: '2026-03-01', requests: [{ law: 'eu', sent: '2026-03-02' }] },
        'other-guide': { version: 3, done: { 'caveat-b': 2 }, route: 'app' },
      },
    });
  });

  it('gives an empty file, not an error, when storage is blocked', () => {
    expect(JSON.parse(exportAll(throwingStorage, at)).records).toEqual({});
  });
});

describe('import', () => {
  it('restores everything into an empty browser', () => {
    const from = memoryStorage({ [acme]: record({ done: { 'step-a': 1 }, route: 'web', closed: '2026-03-01', contact: { name: 'Ada', email: 'ada@example.org' } }), theme: 'light' });
    const to = memoryStorage();
    const result = importAll(exportAll(() => from, at, theme), () => to, theme);
    expect(result).toEqual({ kind: 'imported', guides: ['acme'], kept: [] });
    expect(to.getItem(acme)).toBe(from.getItem(acme));
    expect(to.getItem('theme')).toBe('light');
  });

  it('merges: ticks from both, and where both differ keeps this device\'s value and says so', () => {
    const to = memoryStorage({ [acme]: record({ done: { 'step-a': 5 }, route: 'web', closed: '2026-03-01', requests: [{ law: 'eu', sent: '2026-03-02' }] }), theme: 'dark' });
    const file = JSON.stringify({
      format: 'delete-guides-data',
      version: 1,
      theme: 'light',
      records: { acme: { version: 3, done: { 'step-a': 3, 'step-b': 4 }, route: 'app', closed: '2026-03-01', requests: [{ law: 'uk', sent: '2026-01-31' }] } },
    });
    const result = importAll(file, () => to, theme);
    expect(result).toEqual({ kind: 'imported', guides: ['acme'], kept: [{ guide: 'acme', field: 'route' }, { guide: undefined, field: 'theme' }] });
    expect(JSON.parse(to.getItem(acme) ?? '')).toEqual({
      version: 3,
      done: { 'step-a': 3, 'step-b': 4 },
      route: 'web',
      closed: '2026-03-01',
      requests: [
        { law: 'uk', sent: '2026-01-31' },
        { law: 'eu', sent: '2026-03-02' },
      ],
    });
    expect(to.getItem('theme')).toBe('dark');
  });

  it('never overwrites data this browser holds but cannot read: it names it and leaves it for the guide to set aside', () => {
    const to = memoryStorage({ [acme]: 'garbage{' });
    const file = JSON.stringify({ format: 'delete-guides-data', version: 1, records: { acme: { version: 3, done: { 'step-a': 1 } } } });
    expect(importAll(file, () => to, theme)).toEqual({ kind: 'imported', guides: ['acme'], kept: [{ guide: 'acme', field: 'record' }] });
    expect(to.getItem(acme)).toBe('garbage{');
  });

  const good = { format: 'delete-guides-data', version: 1, records: { acme: { version: 3, done: { 'step-a': 1 } } } };
  const bad: [string, string, string][] = [
    ['a truncated file', JSON.stringify(good).slice(0, 40), 'damaged'],
    ['not JSON at all', 'PK\u0003\u0004 a zip file', 'damaged'],
    ['an empty file', '', 'damaged'],
    ['another site\'s JSON', '{"ticks":["a"]}', 'foreign'],
    ['a JSON array', '[1,2]', 'foreign'],
    ['a file of a newer version of this site', JSON.stringify({ ...good, version: 2 }), 'newer'],
    ['a record of a newer version', JSON.stringify({ ...good, records: { acme: { version: 9, done: {} } } }), 'newer'],
    ['a record that cannot be read', JSON.stringify({ ...good, records: { acme: { version: 3, done: [] } } }), 'damaged'],
    ['a guide named __proto__', '{"format":"delete-guides-data","version":1,"records":{"__proto__":{"version":3,"done":{}}}}', 'damaged'],
    ['a theme that is not one', JSON.stringify({ ...good, theme: 'purple' }), 'damaged'],
    ['a huge file', JSON.stringify({ ...good, pad: 'x'.repeat(MAX_IMPORT_LENGTH) }), 'huge'],
  ];
  it.each(bad)('refuses %s, and changes nothing', (_name, text, why) => {
    const before = record({ done: { 'step-z': 1 } });
    const to = memoryStorage({ [acme]: before });
    expect(importAll(text, () => to, theme)).toEqual({ kind: 'refused', why });
    expect(to.getItem(acme)).toBe(before);
    expect(to.length).toBe(1);
  });

  it('does not let a __proto__ key inside a record reach anything', () => {
    const to = memoryStorage();
    const text = '{"format":"delete-guides-data","version":1,"records":{"acme":{"version":3,"done":{"__proto__":1,"step-a":2},"__proto__":{"polluted":true}}}}';
    expect(importAll(text, () => to, theme).kind).toBe('imported');
    expect(JSON.parse(to.getItem(acme) ?? '')).toEqual({ version: 3, done: { 'step-a': 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says so when storage is blocked or full', () => {
    const file = JSON.stringify(good);
    expect(importAll(file, throwingStorage)).toEqual({ kind: 'refused', why: 'unavailable' });
    expect(importAll(file, () => fillUp(memoryStorage()))).toEqual({ kind: 'refused', why: 'unavailable' });
  });
});

describe('forget everything', () => {
  it("removes every key of this site's and only those, and undo puts them all back", () => {
    const storage = memoryStorage({ [acme]: record({}), [`${acme}:newer:3`]: 'x', theme: 'dark', 'someone-else': 'keep' });
    const forgotten = forgetAll(() => storage, theme);
    expect(storage.length).toBe(1);
    expect(storage.getItem('someone-else')).toBe('keep');
    expect(forgotten && restoreAll(forgotten, () => storage)).toBe(true);
    expect(storage.getItem(acme)).toBe(record({}));
    expect(storage.getItem('theme')).toBe('dark');
    expect(storage.length).toBe(4);
  });

  it('reports blocked storage instead of throwing', () => {
    expect(forgetAll(throwingStorage)).toBeUndefined();
    expect(restoreAll([['theme', 'dark']], throwingStorage)).toBe(false);
  });
});
