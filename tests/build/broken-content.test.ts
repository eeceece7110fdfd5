/**
 * What an editor sees when content is wrong: the run stops, and the output
 * names the file and the field. Each case breaks one thing in a copy of the
 * site holding the fictional Bramblebox guide (tests/fixtures/content/).
 *
 * Most rules apply while content loads, so `astro sync` (a few seconds) shows
 * them; the rules across files (orders, ids, references, citations) apply when
 * the pages are built, so one real `astro build` breaks them all at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, fixtureContent } from '../helpers/site-copy';

const astro = resolve(import.meta.dirname, '../../node_modules/astro/astro.js');
const copies: string[] = [];

/** A copy of the site with the fictional guide, after `edits` (file under content/ → its new text). */
function siteWith(edits: Record<string, (text: string) => string>): string {
  const root = copySite('broken-site-', { content: 'fixture' });
  copies.push(root);
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, 'content', file);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      mkdirSync(dirname(path), { recursive: true });
    }
    const changed = edit(text);
    if (changed === text) throw new Error(`fixture edit did not change ${file}`);
    writeFileSync(path, changed);
  }
  return root;
}

function run(command: 'sync' | 'build', root: string) {
  const result = spawnSync(process.execPath, [astro, command, '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces `from` (which must be there) with `to`. */
const replace = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);
const append = (line: string) => (text: string) => `${text.trimEnd()}\n${line}\n`;

/** Astro shows its own errors with a hint; the site's content rules use the same error type, with a hint of their own. */
const hint = 'Hint:';
const ourError = '[AstroUserError] The guide content has';
const ourHint = 'README.md ("Editing a guide") describes every field';

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

interface Case {
  what: string;
  edits: Record<string, (text: string) => string>;
  /** Every one must appear in the output. */
  says: (string | RegExp)[];
  /** A rule of the site's (content-rules.ts, mdx-html.ts), not of the schema that Astro checks. */
  ours: boolean;
  /** How many problems the site's message counts, each named once; 1 unless said. */
  problems?: number;
}

const step1 = 'steps/bramblebox/website/01-sign-in.mdx';
const step2 = 'steps/bramblebox/website/02-open-privacy-settings.mdx';
const step3 = 'steps/bramblebox/website/03-request-erasure.mdx';
const step4 = 'steps/bramblebox/website/04-confirm-erasure.mdx';
const appStep1 = 'steps/bramblebox/app/01-open-lockers.mdx';
const appRoute = 'routes/bramblebox/app.mdx';
const webRoute = 'routes/bramblebox/website.mdx';
const guide = 'guides/bramblebox.mdx';

const loadCases: Case[] = [
  {
    what: 'a missing field',
    edits: { [step1]: replace(/^label: .*\n/m, '') },
    says: ['01-sign-in.mdx', /label\W+Required/],
    ours: false,
  },
  {
    what: 'a field of the wrong kind',
    edits: { [step2]: replace(/^order: 2$/m, 'order: second') },
    says: ['02-open-privacy-settings.mdx', /order\W+Expected type \W*number\W*, received \W*string/],
    ours: false,
  },
  {
    what: 'an impossible date, which YAML would roll over into another day',
    edits: { [guide]: replace(/^sourcesRead: .*$/m, 'sourcesRead: 2026-13-45') },
    says: ['guides/bramblebox.mdx, field "sourcesRead": expected a day that exists, written YYYY-MM-DD', 'found 2026-13-45'],
    ours: true,
  },
  {
    what: 'a quoted date in another form',
    edits: { [guide]: replace(/^sourcesRead: .*$/m, 'sourcesRead: "31/01/2026"') },
    says: ['guides/bramblebox.mdx', /sourcesRead\W+expected a day that exists, written YYYY-MM-DD.*found "31\/01\/2026"/],
    ours: false,
  },
  {
    what: 'a route confirmed in an app, without the app version',
    edits: { [appRoute]: replace(/^  appVersion: .*\n/m, '') },
    says: ['routes/bramblebox/app.mdx', /certainty\.appVersion\W+expected the app's version for platform "android-app"; found none/],
    ours: false,
  },
  {
    what: 'a route confirmed without the day or the platform',
    edits: { [appRoute]: replace(/^  platform: .*\n/m, '') },
    says: ['routes/bramblebox/app.mdx', /certainty\.platform\W+expected where it was followed/],
    ours: false,
  },
  {
    what: 'a reported route without who reports it',
    edits: { [webRoute]: replace(/^  by: .*\n/m, '') },
    says: ['routes/bramblebox/website.mdx', /certainty\.by\W+expected who reports the route/],
    ours: false,
  },
  {
    what: 'a route without a source',
    edits: { [webRoute]: replace(/^sources:\n  - handbook\n/m, '') },
    says: ['routes/bramblebox/website.mdx', /sources\W+Required/],
    ours: false,
  },
  {
    what: 'a step filed under another route than its route field names',
    edits: { [step3]: replace(/^route: website$/m, 'route: app') },
    says: ['03-request-erasure.mdx, field "route": expected "website", the route whose folder'],
    ours: true,
  },
  {
    what: 'a piece whose guide field disagrees with the folder it sits in',
    edits: { [step3]: replace(/^guide: bramblebox$/m, 'guide: aliexpress') },
    says: ['03-request-erasure.mdx, field "guide": expected "bramblebox"', 'found "aliexpress"'],
    ours: true,
  },
  {
    what: 'a javascript: link in a body',
    edits: { [step4]: append('Keep [the receipt](javascript:alert(1)).') },
    // The line of the file: ten lines of frontmatter, a blank line, the body's first line, then this one.
    says: ['04-confirm-erasure.mdx:13, field "body"', 'found the link "javascript:alert(1)" (a javascript: address)'],
    ours: true,
  },
  {
    what: 'a component other than <UI> in a body',
    edits: { 'caveats/bramblebox/02-spend-tokens.mdx': append('Ask at <Counter>the counter</Counter>.') },
    says: [/02-spend-tokens\.mdx:\d+, field "body"/, 'found the component <Counter>'],
    ours: true,
  },
  {
    what: 'an expression in a body',
    edits: { 'reasons/bramblebox/01-moved-away.mdx': append('It costs {price} a year.') },
    says: [/01-moved-away\.mdx:\d+, field "body"/, 'found the expression {price}'],
    ours: true,
  },
  {
    what: 'an empty body',
    edits: { 'reasons/bramblebox/02-address-history.mdx': replace(/\n---\n[\s\S]*$/, '\n---\n') },
    says: ['02-address-history.mdx, field "body": expected text below the frontmatter'],
    ours: true,
  },
  {
    what: 'a click label the body does not mark',
    edits: { [step4]: replace('<UI>Confirm</UI>', 'Confirm') },
    says: ['04-confirm-erasure.mdx, field "clicks": expected the body to mark "Confirm" as <UI>Confirm</UI>'],
    ours: true,
  },
  {
    what: 'two problems in one file, a body that cannot be shown among them',
    edits: { [step4]: (text) => append('Keep [the receipt](javascript:alert(1)).')(replace('<UI>Confirm</UI>', 'Confirm')(text)) },
    says: ['04-confirm-erasure.mdx, field "clicks"', /04-confirm-erasure\.mdx:\d+, field "body"/],
    ours: true,
    problems: 2,
  },
  {
    what: 'a before-you-start caveat without a checklist label',
    edits: { 'caveats/bramblebox/01-empty-lockers.mdx': replace(/^label: .*\n/m, '') },
    says: ['01-empty-lockers.mdx, field "label": expected a short checklist line, because beforeStart is true'],
    ours: true,
  },
];

describe('content that breaks while it loads stops `astro sync`', () => {
  it('the fictional guide itself syncs cleanly', () => {
    const { status, output } = run('sync', siteWith({}));
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  }, 60_000);

  it.each(loadCases.map((c) => [c.what, c] as const))('%s: names the file and the field', (_, { edits, says, ours, problems = 1 }) => {
    const { status, output } = run('sync', siteWith(edits));
    expect(status).not.toBe(0);
    for (const text of says) {
      if (typeof text === 'string') expect(output).toContain(text);
      else expect(output).toMatch(text);
    }
    expect(output).toContain(hint);
    if (ours) {
      expect(output).toContain(`${ourError} ${problems} problem${problems === 1 ? '' : 's'}:`);
      expect(output).toContain(ourHint);
    }
  }, 60_000);
});

describe('content that breaks across files stops `astro build`', () => {
  it('names every file and field at once', () => {
    const root = siteWith({
      [step4]: replace(/^order: 4$/m, 'order: 5'),
      'caveats/bramblebox/03-receipts-kept.mdx': replace(/^id: receipts-kept$/m, 'id: spend-tokens'),
      'reasons/nowhere/01-stray.mdx': () => '---\nguide: nowhere\nid: stray\norder: 1\ntitle: A stray reason\n---\n\nText.\n',
      'reasons/bramblebox/01-moved-away.mdx': replace(/^title: (.*)$/m, 'title: $1\nsources:\n  - rumour'),
      [step1]: replace(/^label: (.*)$/m, 'label: $1\nformerIds:\n  - request-erasure'),
      [appStep1]: replace(/^id: app-open-lockers$/m, 'id: confirm-erasure'),
      'steps/bramblebox/kiosk/01-tap-card.mdx': () =>
        '---\nguide: bramblebox\nroute: kiosk\nid: tap-card\norder: 1\ntitle: Tap your card\nlabel: Tap your card\n---\n\nTap it.\n',
      'guides/lonely.mdx': () => readFileSync(join(fixtureContent, guide), 'utf8').replaceAll('Bramblebox', 'Lonely'),
    });
    const { status, output } = run('build', root);
    expect(status).not.toBe(0);
    for (const text of [
      '04-confirm-erasure.mdx, field "order": expected 4',
      '03-receipts-kept.mdx, field "id": expected an id no other caveat of guide "bramblebox" uses',
      'reasons/nowhere/01-stray.mdx, field "guide": expected the name of a guide file',
      '01-moved-away.mdx, field "sources"',
      'found "rumour"',
      '01-sign-in.mdx, field "formerIds"',
      // Step ids are unique across a guide's routes: an id is an anchor and a saved tick.
      'field "id": expected an id no other step of guide "bramblebox" uses; found "confirm-erasure", already used by',
      'kiosk/01-tap-card.mdx, field "route": expected the id of one of guide "bramblebox"\'s routes: website, app; found "kiosk"',
      'guides/lonely.mdx, field "routes": expected at least one route',
      `${ourError} 8 problems:`,
      ourHint,
    ]) {
      expect(output).toContain(text);
    }
  }, 120_000);
});
