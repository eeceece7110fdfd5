import { describe, expect, it } from 'vitest';
import { anchorId, parseAnchorId } from '../../src/lib/anchors';
import { isSearchShortcut, isTyping, queryFromSearch, typeAhead, type KeyPress } from '../../src/lib/search-intent';
import { ECHO_LENGTH, echoedQuery, excerptParts, rankHits, type PageResult, type SubResult } from '../../src/lib/search-results';

describe('parseAnchorId', () => {
  it('reads back every kind of piece anchorId writes', () => {
    for (const kind of ['reason', 'step', 'caveat'] as const) {
      expect(parseAnchorId(anchorId(kind, 'confirm-erasure'))).toEqual({ kind, id: 'confirm-erasure' });
    }
  });

  it('returns null for ids that are not pieces', () => {
    for (const id of ['steps', 'before-you-start', 'source-handbook', 'step-', '', 'Step-sign-in']) {
      expect(parseAnchorId(id)).toBeNull();
    }
  });
});

/** A key press with no modifier unless `more` adds one. */
const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...more });

describe('isSearchShortcut', () => {
  it('opens on / unless the reader is typing it', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  it('opens on Ctrl+K and Cmd+K, even while typing', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
  });

  it('ignores other keys, Alt combinations and keys pressed while composing text', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('?'), false)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { isComposing: true }), false)).toBe(false);
  });
});

describe('isTyping', () => {
  it('counts text fields, text areas, selects and editable content as typing', () => {
    for (const type of ['text', 'search', 'email', 'password', 'url']) expect(isTyping({ tagName: 'INPUT', type })).toBe(true);
    expect(isTyping({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTyping({ tagName: 'SELECT' })).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('does not count buttons, checkboxes, links, the page itself or no target', () => {
    for (const type of ['checkbox', 'radio', 'button', 'submit']) expect(isTyping({ tagName: 'INPUT', type })).toBe(false);
    for (const tagName of ['A', 'BUTTON', 'BODY']) expect(isTyping({ tagName })).toBe(false);
    expect(isTyping(null)).toBe(false);
    expect(isTyping({})).toBe(false);
  });
});

describe('typeAhead', () => {
  const typeAll = (keys: string[]) => keys.reduce((text: string | null, key) => (text === null ? null : (typeAhead(text, press(key)) ?? text)), '');

  it('keeps every character in order, spaces and non-Latin letters included', () => {
    expect(typeAll([...'pass word'])).toBe('pass word');
    expect(typeAll(['ü', 'ß', '日', '😀'])).toBe('üß日😀');
  });

  it('takes a character off for Backspace, and nothing off an empty text', () => {
    expect(typeAll(['a', 'b', 'Backspace', 'c'])).toBe('ac');
    expect(typeAhead('', press('Backspace'))).toBe('');
  });

  it('leaves keys that are not typing to the page', () => {
    for (const key of ['Escape', 'Enter', 'ArrowDown', 'Tab', 'Shift']) expect(typeAhead('ab', press(key))).toBeNull();
    expect(typeAhead('ab', press('k', { ctrlKey: true }))).toBeNull();
    expect(typeAhead('ab', press('v', { metaKey: true }))).toBeNull();
    expect(typeAhead('ab', press('a', { isComposing: true }))).toBeNull();
  });
});

describe('queryFromSearch', () => {
  it('reads a shared ?q=, decoded and trimmed', () => {
    expect(queryFromSearch('?q=lockers')).toBe('lockers');
    expect(queryFromSearch('?x=1&q=erase+my+lockers%20')).toBe('erase my lockers');
  });

  it('treats a missing or blank query as none', () => {
    for (const search of ['', '?', '?q=', '?q=%20%20', '?query=lockers']) expect(queryFromSearch(search)).toBeNull();
  });
});

describe('rankHits', () => {
  const word = (balanced_score: number, location = 0) => ({ weight: 1, balanced_score, location });
  const sub = (url: string, anchorId: string | null, scores: number[]): SubResult => ({
    title: `title of ${url}`,
    url,
    excerpt: '',
    anchor: anchorId === null ? undefined : { id: anchorId, element: 'h3' },
    weighted_locations: scores.map((score, i) => word(score, i)),
  });
  const page = (subs: SubResult[], service = 'Bramblebox'): PageResult => ({
    url: '/bramblebox/',
    meta: { title: 'How to delete your Bramblebox account', service },
    sub_results: subs,
  });

  it('puts the piece with the strongest matches first, whatever its place on the page', () => {
    const hits = rankHits([
      page([
        sub('/bramblebox/#step-sign-in', 'step-sign-in', [1]),
        sub('/bramblebox/#step-confirm-erasure', 'step-confirm-erasure', [5, 1, 1]),
      ]),
    ]);
    expect(hits.map((h) => h.url)).toEqual(['/bramblebox/#step-confirm-erasure', '/bramblebox/#step-sign-in']);
  });

  it('names a caveat by the word its page shows on it, recorded under its anchor, and others by their kind only', () => {
    const hits = rankHits([
      {
        ...page([sub('/b/#caveat-spend-tokens', 'caveat-spend-tokens', [3]), sub('/b/#caveat-receipts-kept', 'caveat-receipts-kept', [2])]),
        meta: { service: 'Bramblebox', 'caveat-spend-tokens': 'Cannot be undone' },
      },
    ]);
    expect(hits.map((h) => [h.kind, h.label])).toEqual([
      ['caveat', 'Cannot be undone'],
      ['caveat', undefined],
    ]);
  });

  it('keeps reading order between equal matches', () => {
    const hits = rankHits([page([sub('/a/#step-a', 'step-a', [2]), sub('/a/#step-b', 'step-b', [2])])]);
    expect(hits.map((h) => h.url)).toEqual(['/a/#step-a', '/a/#step-b']);
  });

  it('says what each hit is and which guide it belongs to, pieces before the rest of the guide', () => {
    const hits = rankHits([
      page([
        sub('/bramblebox/', null, [9]),
        sub('/bramblebox/#steps', 'steps', [8]),
        sub('/bramblebox/#caveat-spend-tokens', 'caveat-spend-tokens', [1]),
        sub('/bramblebox/#reason-moved-away', 'reason-moved-away', [2]),
      ]),
    ]);
    expect(hits.map((h) => h.kind)).toEqual(['reason', 'caveat', 'page', 'section']);
    expect(new Set(hits.map((h) => h.guide))).toEqual(new Set(['Bramblebox']));
  });

  it('ranks pieces of several guides together and stops at the limit', () => {
    const hits = rankHits(
      [page([sub('/a/#step-x', 'step-x', [1])], 'A'), page([sub('/b/#step-y', 'step-y', [3]), sub('/b/#step-z', 'step-z', [2])], 'B')],
      2,
    );
    expect(hits.map((h) => `${h.guide} ${h.url}`)).toEqual(['B /b/#step-y', 'B /b/#step-z']);
  });

  it('returns nothing for no pages', () => {
    expect(rankHits([])).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('splits highlighted words from the text around them', () => {
    expect(excerptParts('spend your <mark>tokens</mark> before <mark>closing</mark>.')).toEqual([
      { text: 'spend your ', marked: false },
      { text: 'tokens', marked: true },
      { text: ' before ', marked: false },
      { text: 'closing', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes escaped characters instead of trusting them as markup', () => {
    expect(excerptParts('Tom &amp; Jerry &lt;script&gt; <mark>&quot;x&quot;</mark>')).toEqual([
      { text: 'Tom & Jerry <script> ', marked: false },
      { text: '"x"', marked: true },
    ]);
  });

  it('handles an excerpt without matches and an empty one', () => {
    expect(excerptParts('plain text')).toEqual([{ text: 'plain text', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('echoedQuery', () => {
  it('repeats a query as typed, without the spaces around it', () => {
    expect(echoedQuery('  delete my account ')).toBe('delete my account');
  });

  it('cuts a long query to ECHO_LENGTH characters, marked with …', () => {
    const echoed = echoedQuery('x'.repeat(5_000));
    expect(Array.from(echoed)).toHaveLength(ECHO_LENGTH);
    expect(echoed.endsWith('…')).toBe(true);
    expect(echoedQuery('y'.repeat(ECHO_LENGTH))).toBe('y'.repeat(ECHO_LENGTH));
  });

  it('never cuts a character in two', () => {
    const echoed = echoedQuery('🙂'.repeat(100));
    expect(echoed).toBe(`${'🙂'.repeat(ECHO_LENGTH - 1)}…`);
  });
});
