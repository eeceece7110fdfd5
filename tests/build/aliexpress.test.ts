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
    expect(before.join(' | ')).toMatch(/pending orders.*bonus points and coupons.*permanent/i);
  });

  it('cites the AliExpress Privacy Policy and links the Privacy Center', () => {
    expect(text(page.getElementById('source-privacy-policy'))).toContain('AliExpress Privacy Policy');
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://privacy.aliexpress.com/');
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
