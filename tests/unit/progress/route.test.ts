import { describe, expect, it } from 'vitest';
import { numberByKind, type ProgressItem } from '../../../src/progress/items';
import { chooseRoute } from '../../../src/progress/route';

const items: ProgressItem[] = numberByKind([
  { key: 'caveat-orders', kind: 'check', label: 'Orders are done', formerKeys: [] },
  { key: 'step-web-1', kind: 'step', route: 'web', formerKeys: [] },
  { key: 'step-app-1', kind: 'step', route: 'app', formerKeys: [] },
  { key: 'step-desk-1', kind: 'step', route: 'desk', formerKeys: [] },
]);

describe('which route the page shows', () => {
  it.each([
    ['a new reader, with a plain address', '', '', undefined, 'web'],
    ['a reader who chose a route before', '', '', 'desk', 'desk'],
    ['a shared link naming a route, over the stored choice', '?route=app', '', 'desk', 'app'],
    ['a link to a step (search), over the link and the stored choice', '?route=app', '#step-desk-1', 'web', 'desk'],
    ['a link to a check, which every route shares: the stored choice', '', '#caveat-orders', 'app', 'app'],
    ['a named route the guide does not have: the stored choice', '?route=kiosk', '', 'app', 'app'],
    ['a stored route the guide no longer has: the recommended', '', '#step-gone', 'kiosk', 'web'],
  ])('%s', (_, search, hash, stored, expected) => {
    expect(chooseRoute(items, { search, hash }, stored)).toBe(expected);
  });
});
