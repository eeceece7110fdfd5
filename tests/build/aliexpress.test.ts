import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../helpers/built-site';
import { guideAsWritten } from '../helpers/guide-files';

/*
 * Facts of the AliExpress guide itself, checked over the built site (npm test builds
 * before Vitest runs). How a guide page behaves is tested on the fictional guide
 * (tests/e2e, tests/fixtures/content); these fail only when AliExpress's own content
 * changes, and should then be updated with it.
 */
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
const page = parse(readBuilt('aliexpress/index.html'));
const checklist = parse(readBuilt('aliexpress/checklist/index.html'));
const written = guideAsWritten('content', 'aliexpress');
const text = (el: { textContent: string | null } | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The seven steps, in the order of the article the guide follows. Readers' saved ticks are kept under these ids. */
const stepIds = [
  'log-in',
  'open-account-settings',
  'go-to-account-information',
  'find-close-account',
  'start-closure',
  'review-consequences',
  'confirm-closure',
];

describe('the AliExpress guide', () => {
  it('has its title', () => {
    expect(text(page.querySelector('h1'))).toBe('How to delete your AliExpress account');
  });

  it('has the seven steps as page anchors, in the order of the source article', () => {
    const anchors = [...page.querySelectorAll('h3[id^="step-"]')].map((h) => h.id);
    expect(anchors).toEqual(stepIds.map((id) => `step-${id}`));
    const headings = [...page.querySelectorAll('h3[id^="step-"]')].map(text);
    expect(headings[0]).toMatch(/^Step 1: Log in/);
    expect(headings[1]).toMatch(/Account Settings/);
    expect(headings[2]).toMatch(/Account Information/);
    expect(headings[3]).toMatch(/Close Account/);
    expect(headings[6]).toMatch(/Confirm Closure/);
  });

  it('marks each interface label a step names, inside that step', () => {
    const clicks = written.steps.flatMap((step) => step.clicks.map((click) => [step.id, click] as const));
    expect(clicks.map(([, click]) => click)).toEqual(
      expect.arrayContaining(['Account Settings', 'Account Information', 'Close Account', 'Confirm Closure']),
    );
    for (const [id, click] of clicks) {
      const step = page.getElementById(`step-${id}`)?.closest('li');
      const marked = [...(step?.querySelectorAll('[data-ui-label]') ?? [])].map(text);
      expect(marked, `step ${id}`).toContain(`“${click}”`);
    }
  });

  it('gives three reasons and three checks before you start', () => {
    const reasons = [...page.querySelectorAll('h3[id^="reason-"]')].map(text);
    expect(reasons).toHaveLength(3);
    expect(reasons.join(' | ')).toMatch(/no longer use.*privacy.*secure/i);
    const before = [...(page.getElementById('before-you-start')?.closest('section')?.querySelectorAll('h3') ?? [])].map(text);
    expect(before.join(' | ')).toMatch(/pending orders and settle disputes.*bonus points, coupons and wallet money.*permanent/i);
  });

  it('says when its sources were read, that nobody has followed the steps on the live site, and that the time is an estimate', () => {
    const meta = page.querySelector('[data-guide-meta]');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-29');
    expect(text(meta?.querySelector('[data-followed] dd'))).toBe('Not yet by us');
    expect(text(meta)).toContain('about 10 minutes, our estimate');
    expect(text(checklist.querySelector('[data-followed]'))).toContain('Not yet by us');
  });

  it('lists every source with the page that says it, its date or "undated", and how far to trust it', () => {
    const sources = [...page.querySelectorAll('li[id^="source-"]')];
    expect(sources.length).toBeGreaterThanOrEqual(12);
    for (const source of sources) {
      const href = source.querySelector('a')?.getAttribute('href') ?? '';
      expect(new URL(href).pathname.length, source.id).toBeGreaterThan(1);
      expect(text(source), source.id).toMatch(/, (undated|[^()]*\d{4}) \(.+\)$/);
    }
    const cited = new Set([...page.querySelectorAll('.source-cite a')].map((a) => a.getAttribute('href')));
    for (const href of cited) expect(page.getElementById(href?.slice(1) ?? ''), href ?? '').not.toBeNull();
  });

  it("cites the Privacy Policy in Open Terms Archive's copy at a fixed commit, and its sections by line", () => {
    const policy = /^https:\/\/github\.com\/OpenTermsArchive\/vlopses-us-versions\/blob\/[0-9a-f]{40}\/AliExpress\/Privacy%20Policy\.md/;
    expect(page.querySelector('#source-privacy-policy a')?.getAttribute('href')).toMatch(policy);
    expect(text(page.getElementById('source-privacy-policy'))).toContain('effective 30 July 2026');
    const sections = [...page.querySelectorAll('.caveat .guide-text a')].filter((a) => policy.test(a.getAttribute('href') ?? ''));
    expect(sections.map(text)).toEqual(expect.arrayContaining([expect.stringMatching(/section E/), 'section D', 'section J', 'section P']));
    for (const a of sections) expect(a.getAttribute('href')).toMatch(/\?plain=1#L\d+$/);
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://privacy.aliexpress.com/');
  });

  it('gives the privacy email with both its sources, and both postal addresses without picking one', () => {
    const rights = page.getElementById('caveat-your-rights')?.closest('li');
    expect(text(rights)).toMatch(/policy and datenanfragen\.de[’']s record both give .* DataProtection\.AE@aliexpress\.com/);
    expect([...(rights?.querySelectorAll('.source-cite a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#source-privacy-policy',
      '#source-datenanfragen',
    ]);
    expect(text(rights)).toMatch(/51 Bras Basah Road.*10 Collyer Quay/);
  });

  it('names the other reported ways in, marking their labels, and warns that deactivating may not delete', () => {
    const screens = page.getElementById('caveat-screens-differ')?.closest('li');
    const labels = [...(screens?.querySelectorAll('[data-ui-label]') ?? [])].map(text);
    expect(labels).toEqual(expect.arrayContaining(['“Delete my account”', '“Delete”', '“Delete Account”', '“Deactivate Account”']));
    expect(screens?.querySelector('a[href="https://privacy.aliexpress.com/home#/request/delete"]')).not.toBeNull();
    const deactivate = page.getElementById('caveat-deactivate')?.closest('li');
    expect(text(deactivate?.querySelector('.caveat-badge'))).toBe('Important');
    expect(text(deactivate)).toMatch(/Release my account at the same time.*sister site Alibaba\.com \(not AliExpress\)/);
  });

  it('answers the questions a reader asks first, or says it could not confirm them', () => {
    const whole = text(page.querySelector('article'));
    expect(text(page.getElementById('caveat-permanent')?.closest('li'))).toMatch(/copy of your data.*spreadsheet/);
    expect(text(page.getElementById('caveat-bonus-points-coupons')?.closest('li'))).toMatch(/wallet/);
    expect(text(page.getElementById('caveat-pending-orders')?.closest('li'))).toMatch(/dispute or return/);
    const unknown = text(page.getElementById('caveat-not-confirmed')?.closest('li'));
    expect(unknown).toMatch(/how long closing takes.*email confirms/);
    expect(unknown).toMatch(/same email address/);
    expect(unknown).toMatch(/Google, Apple or Facebook/);
    expect(whole).toMatch(/close and delete mean the same/);
  });

  it('promises no more than its sources: no "peace of mind", and confirming is the last step, not the sixth', () => {
    const whole = text(page.querySelector('article'));
    expect(whole).not.toMatch(/peace of mind|no longer tied/i);
    expect(text(page.getElementById('conclusion')?.closest('section'))).toMatch(/may keep some data/);
    expect(text(page.getElementById('step-review-consequences'))).not.toMatch(/confirm/i);
    expect(text(page.getElementById('step-confirm-closure'))).toMatch(/Confirm Closure/);
  });

  it('the home page promises no more than the guides can keep', () => {
    const home = text(parse(readBuilt('index.html')).querySelector('main'));
    expect(home).not.toMatch(/calmly|completely/i);
  });

  it('prints its checklist with the three checks and the seven steps, as the content words them', () => {
    const rows = [...checklist.querySelectorAll('[data-checklist] [data-item]')];
    expect(rows.map((row) => row.getAttribute('data-item'))).toEqual([
      ...written.beforeStart.map((caveat) => `caveat-${caveat.id}`),
      ...stepIds.map((id) => `step-${id}`),
    ]);
    const checks = written.beforeStart.length;
    expect(checks).toBe(3);
    written.steps.forEach((step, i) => expect(text(rows[checks + i])).toContain(step.label));
  });
});
