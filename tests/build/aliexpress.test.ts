import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readBuilt } from '../helpers/built-site';

/*
 * Facts of the AliExpress guide itself, checked over the built site (npm test builds
 * before Vitest runs). How a guide page behaves is tested on the fictional guide
 * (tests/e2e, tests/fixtures/content); these fail only when AliExpress's own content
 * changes, and should then be updated with it.
 */
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
const page = parse(readBuilt('aliexpress/index.html'));
const checklist = parse(readBuilt('aliexpress/checklist/index.html'));
const text = (el: { textContent: string | null } | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const piece = (kind: string, id: string) => page.getElementById(`${kind}-${id}`)?.closest('li');

/** Frontmatter of every file under content/<kind>/aliexpress/, read from the files themselves, not through the site's loader. */
function written(kind: 'steps' | 'caveats' | 'routes') {
  const dir = join('content', kind, 'aliexpress');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '') as Record<string, unknown>)
    .sort((a, b) => Number(a.order) - Number(b.order));
}
const steps = written('steps') as { id: string; route: string; label: string; clicks?: string[] }[];
const beforeStart = (written('caveats') as { id: string; beforeStart?: boolean }[]).filter((caveat) => caveat.beforeStart);

/** The website route's seven steps, in the order of the source article. Readers' saved ticks are kept under these ids. */
const stepIds = [
  'log-in',
  'open-account-settings',
  'go-to-account-information',
  'find-close-account',
  'start-closure',
  'review-consequences',
  'confirm-closure',
];

const routes = [...page.querySelectorAll('section.route')];
const route = (id: string) => page.querySelector(`section.route[data-route="${id}"]`);
const stepAnchors = (id: string) => [...(route(id)?.querySelectorAll('h4[id^="step-"]') ?? [])].map((h) => h.id);

/** Where a cite in a piece leads: the address the Sources list gives for it. */
type Container = { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };
const citedPages = (el: Container | null | undefined) =>
  Array.from(el?.querySelectorAll('.source-cite a') ?? []).map(
    (a) => page.getElementById(a.getAttribute('href')?.slice(1) ?? '')?.querySelector('a')?.getAttribute('href') ?? '',
  );

describe('the AliExpress guide', () => {
  it('has its title', () => {
    expect(text(page.querySelector('h1'))).toBe('How to delete your AliExpress account');
  });

  it('offers three ways to close the account, the Privacy Center page first and recommended, with why', () => {
    expect(routes.map((section) => section.getAttribute('data-route'))).toEqual(['privacy-center', 'app', 'website']);
    expect(routes.map((section) => text(section.querySelector('h3')))).toEqual([
      expect.stringMatching(/^On AliExpress.s Privacy Center page Recommended$/),
      'In the AliExpress app',
      'In Account Settings on the website',
    ]);
    const options = [...page.querySelectorAll('.route-picker li')].map(text);
    expect(options[0]).toMatch(/Privacy Center.*Recommended.*Reported by JustDeleteMe, November 2021/);
    expect(text(page.querySelector('.route-picker .route-why'))).toMatch(/AliExpress.s own Privacy Center page.*fewest steps/);
  });

  it('says where each way is taken and how sure we are of it, and that we have followed none', () => {
    const facts = (id: string) => text(route(id)?.querySelector('.route-facts'));
    expect(facts('privacy-center')).toMatch(/Website on a computer, Website on a phone.*Reported by JustDeleteMe, November 2021/);
    expect(facts('app')).toMatch(/Android app, iPhone app.*Reported by two blogs, undated/);
    expect(facts('website')).toMatch(/Website on a computer.*Reported by our source article, undated/);
    for (const section of routes) expect(text(section.querySelector('.route-facts')), section.id).toContain('Not yet followed by us');
  });

  it('has the Privacy Center steps as JustDeleteMe gives them: the red "Delete my account" button, then type "agree"', () => {
    expect(stepAnchors('privacy-center')).toEqual(['step-open-delete-page', 'step-delete-my-account', 'step-type-agree']);
    const whole = text(route('privacy-center')?.querySelector('.route-steps'));
    expect(whole).toMatch(/red “Delete my account” button/);
    expect(whole).toMatch(/Type “agree”.*“Delete”/);
    expect(route('privacy-center')?.querySelector('a[href="https://privacy.aliexpress.com/home#/request/delete"]')).not.toBeNull();
  });

  it('has the app steps, saying where the two blogs differ', () => {
    expect(stepAnchors('app')).toEqual(['step-app-open-settings', 'step-app-delete-account', 'step-app-enter-code', 'step-app-confirm-delete']);
    const whole = text(route('app')?.querySelector('.route-steps'));
    expect(whole).toMatch(/“Account”.*gear/);
    expect(whole).toMatch(/Android-only blog/);
    expect(whole).toMatch(/code.*“Verify”/);
    expect(text(piece('step', 'app-confirm-delete'))).toMatch(/box to tick.*the other does not mention one/);
  });

  it("keeps the website route's seven step ids, in the order of the source article, so saved ticks still show", () => {
    expect(stepAnchors('website')).toEqual(stepIds.map((id) => `step-${id}`));
    const headings = [...(route('website')?.querySelectorAll('h4[id^="step-"]') ?? [])].map(text);
    expect(headings[0]).toMatch(/^Step 1: Log in/);
    expect(headings[1]).toMatch(/Account Settings/);
    expect(headings[2]).toMatch(/Account Information/);
    expect(headings[3]).toMatch(/Close Account/);
    expect(headings[6]).toMatch(/Confirm Closure/);
  });

  it('marks each interface label a step names, inside that step', () => {
    const clicks = steps.flatMap((step) => (step.clicks ?? []).map((click) => [step.id, click] as const));
    expect(clicks.map(([, click]) => click)).toEqual(expect.arrayContaining(['Delete my account', 'Delete Account', 'Verify', 'Confirm Closure']));
    for (const [id, click] of clicks) {
      const marked = [...(piece('step', id)?.querySelectorAll('[data-ui-label]') ?? [])].map(text);
      expect(marked, `step ${id}`).toContain(`“${click}”`);
    }
  });

  it('cites for each way at least one source that opens on the page saying it, not a home page', () => {
    for (const section of routes) {
      const own = citedPages([...section.children].find((child) => child.classList.contains('source-cite')));
      expect(own.length, section.getAttribute('data-route') ?? '').toBeGreaterThan(0);
      for (const href of own) expect(new URL(href).pathname.length, href).toBeGreaterThan(1);
    }
    expect(citedPages(route('privacy-center'))).toContain('https://github.com/jdm-contrib/jdm/blob/4762ba504d847e3f494177dc4d92641b292cd56d/_data/sites.json#L890-L899');
    expect(citedPages(route('app'))).toEqual(
      expect.arrayContaining(['https://etechshout.com/delete-aliexpress-account-permanently', 'https://wikitechlibrary.com/delete-aliexpress-account-how-to']),
    );
  });

  it('gives three reasons and three checks before you start', () => {
    const reasons = [...page.querySelectorAll('h3[id^="reason-"]')].map(text);
    expect(reasons).toHaveLength(3);
    expect(reasons.join(' | ')).toMatch(/no longer use.*privacy.*secure/i);
    const before = [...(page.getElementById('before-you-start')?.closest('section')?.querySelectorAll('h3') ?? [])].map(text);
    expect(before.join(' | ')).toMatch(/pending orders and settle disputes.*bonus points, coupons and wallet money.*permanent/i);
  });

  it('says when its sources were read, and that the time is an estimate', () => {
    const meta = page.querySelector('[data-guide-meta]');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-29');
    expect(text(meta)).toContain('about 10 minutes, our estimate');
    expect(text(checklist.querySelector('[data-followed]'))).toContain('We have not followed these steps on the live site');
  });

  it('lists every source with the page that says it, its date or "undated", and how far to trust it', () => {
    const sources = [...page.querySelectorAll('li[id^="source-"]')];
    expect(sources.length).toBeGreaterThanOrEqual(13);
    for (const source of sources) {
      // AliExpress's old help page is served only without encryption, so it is named, not linked.
      if (source.id === 'source-help-page') {
        expect(source.querySelector('a'), source.id).toBeNull();
        expect(text(source)).toContain('not linked');
      } else {
        const href = source.querySelector('a')?.getAttribute('href') ?? '';
        expect(new URL(href).pathname.length, source.id).toBeGreaterThan(1);
      }
      expect(text(source), source.id).toMatch(/, (undated|[^()]*\d{4}) \(.+\)$/);
    }
    const cited = new Set([...page.querySelectorAll('.source-cite a')].map((a) => a.getAttribute('href')));
    for (const href of cited) expect(page.getElementById(href?.slice(1) ?? ''), href ?? '').not.toBeNull();
  });

  it("cites the Privacy Policy in Open Terms Archive's copy at a fixed commit, and its sections by line", () => {
    const policy = /^https:\/\/github\.com\/OpenTermsArchive\/vlopses-us-versions\/blob\/[0-9a-f]{40}\/AliExpress\/Privacy%20Policy\.md/;
    expect(page.querySelector('#source-privacy-policy a')?.getAttribute('href')).toMatch(policy);
    expect(text(page.getElementById('source-privacy-policy'))).toContain('effective 30 July 2026');
    const sections = [...page.querySelectorAll('.guide-text a')].filter((a) => policy.test(a.getAttribute('href') ?? ''));
    expect(sections.map(text)).toEqual(expect.arrayContaining(['section C', 'section D', 'section E', 'section J', 'section P']));
    for (const a of sections) expect(a.getAttribute('href')).toMatch(/\?plain=1#L\d+(-L\d+)?$/);
    // Every piece that cites the policy links the section it relies on.
    for (const li of page.querySelectorAll('li.caveat')) {
      if (!li.querySelector('.source-cite a[href="#source-privacy-policy"]')) continue;
      expect([...li.querySelectorAll('.guide-text a')].some((a) => policy.test(a.getAttribute('href') ?? '')), text(li.querySelector('h3'))).toBe(true);
    }
  });

  it('gives the privacy email with both its sources, and both postal addresses without picking one', () => {
    const rights = piece('caveat', 'your-rights');
    expect(text(rights)).toMatch(/policy and datenanfragen\.de[’']s record both give .*DataProtection\.AE@aliexpress\.com/);
    expect([...(rights?.querySelectorAll('.source-cite a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#source-privacy-policy',
      '#source-datenanfragen',
    ]);
    expect(text(rights)).toMatch(/51 Bras Basah Road.*10 Collyer Quay/);
  });

  it('sends a reader whose screens differ to the other ways, naming only the one way that is not a route', () => {
    const screens = piece('caveat', 'screens-differ');
    expect(screens?.querySelector('a[href="#steps"]')).not.toBeNull();
    expect(screens?.querySelector('a[href="#caveat-deactivate"]')).not.toBeNull();
    const labels = [...(screens?.querySelectorAll('[data-ui-label]') ?? [])].map(text);
    expect(labels).toEqual(expect.arrayContaining(['“Edit Member Profile”', '“Deactivate Account”', '“Delete My Account”', '“Delete”']));
    expect(text(screens)).toMatch(/One blog reports.*type “Agree”.*code sent by email/);
    // The Privacy Center page and the app are routes with steps now, not notes at the bottom.
    expect(screens?.querySelector('a[href^="https://privacy.aliexpress.com"]')).toBeNull();
    expect(text(screens)).not.toMatch(/\bapp\b/i);
  });

  it('warns plainly where a reader could end up deactivated, not deleted', () => {
    const deactivate = piece('caveat', 'deactivate');
    expect(text(deactivate?.querySelector('.caveat-badge'))).toBe('Important');
    expect(text(deactivate)).toMatch(/deactivated account, not a deleted one.*“Deactivate Account”.*“Edit Member Profile”/);
    expect(text(deactivate)).toMatch(/Release my account at the same time.*sister site Alibaba\.com \(not AliExpress\)/);
    expect(text(deactivate)).toMatch(/offers only to deactivate, stop/);
    expect(piece('step', 'delete-my-account')?.querySelector('a[href="#caveat-deactivate"]')).not.toBeNull();
    expect(text(page.querySelector('article'))).toMatch(/close and delete mean the same.*Deactivating is not the same/);
  });

  it('answers the questions a reader asks first, or says it could not confirm them', () => {
    expect(text(piece('caveat', 'permanent'))).toMatch(/copy of your data.*“Download Data”.*spreadsheet/);
    expect(text(piece('caveat', 'bonus-points-coupons'))).toMatch(/wallet; we could not confirm/);
    expect(text(piece('caveat', 'pending-orders'))).toMatch(/open dispute.*nothing about open returns/);
    const unknown = text(piece('caveat', 'not-confirmed'));
    expect(unknown).toMatch(/how long closing takes.*email confirms/);
    expect(unknown).toMatch(/same email address/);
    expect(unknown).toMatch(/Google, Apple or Facebook/);
  });

  it('promises no more than its sources', () => {
    const whole = text(page.querySelector('article'));
    expect(whole).not.toMatch(/peace of mind|no longer tied|calmly|completely|recent blog posts|neither is official|you are done/i);
    // The only durations on the page are our estimate and our choice of when to check, each said to be ours.
    expect(whole.replace('about 10 minutes, our estimate', '').replace('30 days is our choice, not a rule of AliExpress’s', '')).not.toMatch(/\d+\s*(minutes?|hours?|days?|weeks?)\b/i);
    expect(text(page.getElementById('conclusion')?.closest('section'))).toMatch(/does not erase everything.*keeps some data/);
    expect(text(page.getElementById('step-review-consequences'))).not.toMatch(/confirm/i);
    expect(text(page.getElementById('step-confirm-closure'))).toMatch(/Confirm Closure/);
  });

  it("the home page's card promises no more than the guide can keep", () => {
    const card = parse(readBuilt('index.html')).querySelector('main a[href="/aliexpress/"]')?.closest('li');
    expect(text(card)).toContain('about 10 minutes, our estimate');
    expect(text(card)).not.toMatch(/calmly|completely|peace of mind/i);
  });

  it('prints its checklist with the three checks and each way, as the content words them', () => {
    const rows = [...checklist.querySelectorAll('[data-checklist] [data-item]')];
    expect(beforeStart).toHaveLength(3);
    expect(rows.map((row) => row.getAttribute('data-item'))).toEqual([
      ...beforeStart.map((caveat) => `caveat-${caveat.id}`),
      ...['privacy-center', 'app', 'website'].flatMap((id) => steps.filter((step) => step.route === id).map((step) => `step-${step.id}`)),
    ]);
    expect(rows.slice(3 + 3 + 4).map((row) => row.getAttribute('data-item'))).toEqual(stepIds.map((id) => `step-${id}`));
    for (const step of steps) expect(text(checklist.querySelector(`[data-item="step-${step.id}"]`)), step.id).toContain(step.label);
  });
});

describe('after closing AliExpress', () => {
  const request = parse(readBuilt('aliexpress/request/index.html'));
  const policy = 'https://github.com/OpenTermsArchive/vlopses-us-versions/blob/d231e5a9b7c967aad62e3d75340cca485c7c0e2e/AliExpress/Privacy%20Policy.md';
  const datenanfragen = 'https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/aliexpress.json';

  it("addresses the written request to the data protection officer's email, citing the Privacy Policy and datenanfragen's record", () => {
    const email = [...request.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'mailto:DataProtection.AE@aliexpress.com');
    const item = email?.closest('li');
    expect(text(item)).toContain('Alibaba.com Singapore E-Commerce Private Limited');
    const cited = [...(item?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(cited).toEqual(expect.arrayContaining([policy, datenanfragen]));
  });

  it('names the Privacy Center, where the policy says rights are exercised after logging in', () => {
    const center = [...request.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'https://privacy.aliexpress.com/');
    expect(text(center?.closest('li'))).toContain('after you log in');
  });

  it('shows the four "Is it really gone?" checks, each sourced or saying we could not confirm', () => {
    const checks = [...page.querySelectorAll('[data-timeline] input[data-gone]')].map((box) => box.closest('li'));
    expect(checks.map((li) => li?.querySelector('input')?.getAttribute('data-gone'))).toEqual(['sign-in-fails', 'record-kept', 'public-parts', 'ask-what-is-kept']);
    for (const li of checks) expect(li?.querySelector('.source-cite') !== null || /could not confirm/.test(text(li))).toBe(true);
  });
});
