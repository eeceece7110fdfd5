import { expect, test, type Page } from '@playwright/test';
import { guide, search, stepBox, topSummary, watchErrors } from './helpers';

/*
 * Choosing how to close the account, on the fictional guide: a recommended website route
 * of four steps and an app route of two (tests/fixtures/content/routes/).
 */
const KEY = `delete-guides:progress:${guide.slug}`;
const recommended = guide.recommended;
const other = guide.other;
if (!other) throw new Error('the fictional guide needs a second route');
const [otherFirst, otherLast] = [other.steps[0], other.steps.at(-1)];
if (!otherFirst || !otherLast || otherFirst === otherLast) throw new Error('the second route needs two steps');

const option = (page: Page, title: string) => page.getByRole('radio', { name: new RegExp(title) });
const routeHeading = (page: Page, title: string) => page.getByRole('heading', { level: 3, name: title });

test('a new reader sees the recommended route only, named first with how sure we are of each route', async ({ page }) => {
  await page.goto(guide.path);
  await expect(option(page, recommended.title)).toBeChecked();
  await expect(page.getByRole('group', { name: 'Choose how to close it' }).getByRole('radio')).toHaveCount(guide.routes.length);
  await expect(page.getByRole('group', { name: 'Choose how to close it' })).toContainText(/Reported by .+, undated/);
  await expect(page.getByRole('group', { name: 'Choose how to close it' })).toContainText(/Followed by us on \d{1,2} \w+ \d{4}: Android app, version/);
  await expect(page.getByText(/^Why it is recommended: /)).toBeVisible();
  await expect(routeHeading(page, recommended.title)).toBeVisible();
  await expect(routeHeading(page, other.title)).toBeHidden();
  await expect(topSummary(page)).toContainText(`0 of ${recommended.steps.length} steps done`);
});

test("picking another route shows its steps and counts them, keeps each route's ticks, and is remembered and in the address", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(guide.path);
  await stepBox(page, 1).check();
  await expect(topSummary(page)).toContainText(`1 of ${recommended.steps.length} steps done`);

  await option(page, other.title).check();
  await expect(routeHeading(page, other.title)).toBeVisible();
  await expect(routeHeading(page, recommended.title)).toBeHidden();
  await expect(topSummary(page)).toContainText(`0 of ${other.steps.length} steps done`);
  await expect(page).toHaveURL(new RegExp(`\\?route=${other.id}$`));
  await stepBox(page, 2).check();
  await expect(topSummary(page)).toContainText(`1 of ${other.steps.length} steps done`);
  await expect(topSummary(page).getByRole('link', { name: 'Continue at step 1' })).toHaveAttribute('href', `#step-${otherFirst.id}`);

  // A fresh visit, with no route in the address, comes back to the route chosen.
  await page.goto(guide.path);
  await expect(option(page, other.title)).toBeChecked();
  await expect(stepBox(page, 2)).toBeChecked();
  await expect(stepBox(page, 1)).not.toBeChecked();

  await option(page, recommended.title).check();
  await expect(stepBox(page, 1)).toBeChecked();
  await expect(topSummary(page)).toContainText(`1 of ${recommended.steps.length} steps done`);
  expect(errors).toEqual([]);
});

test('ticks saved by the release before routes still show, on the route they belong to', async ({ page }) => {
  // What that release wrote after a reader ticked the first two steps and the first check.
  const first = recommended.steps.slice(0, 2).map((step) => `step-${step.id}`);
  const check = `caveat-${guide.beforeStart[0]?.id}`;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [KEY, JSON.stringify({ version: 1, done: { [check]: 1764400000000, [first[0] ?? '']: 1764400060000, [first[1] ?? '']: 1764400120000 } })] as const,
  );
  await page.goto(guide.path);
  await expect(stepBox(page, 1)).toBeChecked();
  await expect(stepBox(page, 2)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: guide.beforeStart[0]?.label })).toBeChecked();
  await expect(topSummary(page)).toContainText(`2 of ${recommended.steps.length} steps done`);
  // The next tick saves them all in the new shape, none lost, and nothing to warn about.
  await stepBox(page, 3).check();
  await expect(topSummary(page)).toContainText(`3 of ${recommended.steps.length} steps done`);
  await expect(page.locator('[data-notice]')).toBeHidden();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
  expect(saved.version).toBe(3);
  expect(Object.keys(saved.done).sort()).toEqual([check, ...first, `step-${recommended.steps[2]?.id}`].sort());
});

test('a link to a step of another route shows that route, with the step in view below the header', async ({ page }) => {
  await page.goto(`${guide.path}#step-${otherLast.id}`);
  await expect(option(page, other.title)).toBeChecked();
  const heading = page.locator(`#step-${otherLast.id}`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
});

test('a search result on the page itself switches to the route its step is on', async ({ page }) => {
  await page.goto(guide.path);
  await page.keyboard.press('/');
  const { box, results } = search(page);
  await box.fill(otherLast.clicks[0] ?? otherLast.title);
  const hit = results.filter({ hasText: otherLast.title }).first();
  await expect(hit).toContainText(other.title);
  await hit.click();
  await expect(option(page, other.title)).toBeChecked();
  await expect(page.locator(`#step-${otherLast.id}`)).toBeInViewport();
});

test("a step's \"other ways\" lead to the other routes and to asking in writing", async ({ page }) => {
  await page.goto(guide.path);
  await page.getByRole('link', { name: 'Step 1: other ways to close the account' }).click();
  const box = page.getByRole('complementary', { name: 'If your screens do not match' }).first();
  await expect(box).toBeInViewport();
  await expect(box.getByRole('link', { name: /Asking Bramblebox in writing/ })).toBeVisible();
  await box.getByRole('link', { name: other.title }).click();
  await expect(page).toHaveURL(new RegExp(`\\?route=${other.id}#route-${other.id}$`));
  await expect(option(page, other.title)).toBeChecked();
  await expect(routeHeading(page, other.title)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the route picker still shows one route when the reader picks it', async ({ page }) => {
    await page.goto(guide.path);
    for (const route of guide.routes) await expect(routeHeading(page, route.title)).toBeVisible();
    await option(page, other.title).check();
    await expect(routeHeading(page, other.title)).toBeVisible();
    await expect(routeHeading(page, recommended.title)).toBeHidden();
  });
});
