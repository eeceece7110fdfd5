import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { blockStorage, guide, startedUp, stepBox, watchErrors } from './helpers';

const KEY = `delete-guides:progress:${guide.slug}`;
const timeline = (page: Page) => page.getByRole('region', { name: 'After you close it' });
const closedOn = (page: Page) => page.getByLabel('Closed on');

async function finishRoute(page: Page) {
  for (let n = 1; n <= guide.steps.length; n++) await stepBox(page, n).check();
}

test('ticking the last step shows the timeline with today as the closing day, and the check a month on', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
  await page.goto(guide.path);
  await startedUp(page);
  await expect(timeline(page)).toBeHidden();
  for (let n = 1; n < guide.steps.length; n++) await stepBox(page, n).check();
  await expect(timeline(page)).toBeHidden();
  await stepBox(page, guide.steps.length).check();
  await expect(timeline(page)).toBeVisible();
  await expect(closedOn(page)).toHaveValue('2026-03-14');
  // 30 days is the page's stated default; the reason is given beside it.
  await expect(timeline(page)).toContainText('days, on Monday, 13 April 2026.');
  await expect(timeline(page)).toContainText('our choice, not a rule of Bramblebox’s');
});

test('the reader corrects the day and the delay, ticks checks, and finds them all again later', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
  await page.goto(guide.path);
  await startedUp(page);
  await finishRoute(page);
  await closedOn(page).fill('2026-03-10');
  await closedOn(page).blur();
  await page.getByLabel('Check it is gone after').fill('10');
  await page.getByLabel('Check it is gone after').blur();
  await expect(timeline(page)).toContainText('days, on Friday, 20 March 2026.');
  const [first, second] = guide.afterChecks;
  await page.getByRole('checkbox', { name: first?.label }).check();

  // "A month later": another day on the clock, the same record.
  await page.clock.setFixedTime(new Date('2026-04-20T10:00:00'));
  await page.reload();
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(closedOn(page)).toHaveValue('2026-03-10');
  await expect(page.getByLabel('Check it is gone after')).toHaveValue('10');
  await expect(page.getByRole('checkbox', { name: first?.label })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: second?.label })).not.toBeChecked();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(saved).toMatchObject({ version: 3, closed: '2026-03-10', checkDays: 10, checked: { [first?.id ?? '']: expect.any(Number) } });
});

test('each check says why, cites the guide\'s source where there is one, and says plainly when there is none', async ({ page }) => {
  await page.goto(guide.path);
  await startedUp(page);
  await finishRoute(page);
  for (const check of guide.afterChecks) {
    // The innermost item: the list of checks sits in an item of the timeline's own list.
    const item = timeline(page).getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: check.label }) }).last();
    await expect(item).toContainText(check.why);
    for (const source of check.sources) await expect(item.locator(`a[href="#source-${source}"]`)).toBeVisible();
  }
  expect(guide.afterChecks.some((check) => check.sources.length === 0 && /could not confirm/.test(check.why))).toBe(true);
  await expect(timeline(page).getByRole('link', { name: 'Still there? Ask Bramblebox in writing' })).toHaveAttribute('href', `${guide.path}request/`);
});

test('a returning reader who finished sees the timeline and its day as it comes into view', async ({ page }) => {
  const done = Object.fromEntries(guide.steps.map((step) => [`step-${step.id}`, 1]));
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ version: 3, done, route: guide.recommended.id, closed: '2026-02-01' })] as const);
  await page.goto(guide.path);
  await expect(timeline(page)).toBeVisible();
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(closedOn(page)).toHaveValue('2026-02-01');
});

test('the check goes into a calendar as an all-day event a real parser reads', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
  await page.goto(guide.path);
  await startedUp(page);
  await finishRoute(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add the check to my calendar' }).click()]);
  const events = new ICAL.Component(ICAL.parse(readFileSync((await file.path()) ?? '', 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary])).toEqual([['2026-04-13', true, 'Check your Bramblebox account is gone']]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the timeline has no WCAG 2.2 A/AA violation in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(guide.path);
    await startedUp(page);
    await finishRoute(page);
    await expect(closedOn(page)).not.toHaveValue('');
    const results = await new AxeBuilder({ page }).include('[data-timeline]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(5);
  });
}

test("the checklist printed with the reader's progress carries the closing day, the check day and the answer's due date", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
  await page.goto(guide.path);
  await startedUp(page);
  await finishRoute(page);
  await page.goto(`${guide.path}request/`);
  await startedUp(page);
  await page.getByLabel('The day they received it').fill('2026-03-14');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await page.goto(`${guide.path}checklist/`);
  await startedUp(page);
  await page.getByRole('radio', { name: 'With my progress' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Closed on Saturday, 14 March 2026.')).toBeVisible();
  await expect(page.getByText('Check it is gone on Monday, 13 April 2026.')).toBeVisible();
  await expect(page.getByText('Answer to your written request due by Tuesday, 14 April 2026.')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'A blank checklist' }).check();
  await expect(page.getByText('Closed on Saturday, 14 March 2026.')).toBeHidden();
});

test('with storage blocked, the timeline works for the visit, and the page says nothing will be kept', async ({ page }) => {
  await blockStorage(page);
  const errors = watchErrors(page);
  await page.clock.setFixedTime(new Date('2026-03-14T10:00:00'));
  await page.goto(guide.path);
  await startedUp(page);
  await finishRoute(page);
  await expect(closedOn(page)).toHaveValue('2026-03-14');
  await expect(page.getByText('Your browser is not letting this site store anything').first()).toBeVisible();
  expect(errors).toEqual([]);
});
