import { expect, test, type Page } from '@playwright/test';
import { printed } from '../helpers/printed';
import { guide, stepBox } from './helpers';

/*
 * A reader in a hurry, on the fictional guide: the steps within reach, progress in view on a
 * phone, a table of contents beside the text on a wide screen.
 */
const recommended = guide.recommended;
const other = guide.other;
if (!other) throw new Error('the fictional guide needs a second route');
const firstCheck = guide.beforeStart[0];
if (!firstCheck) throw new Error('the fictional guide needs a check before you start');

/** The progress bar that follows the steps (the second "Your progress" region; the first is at the top). */
const stepsBar = (page: Page) => page.getByRole('region', { name: 'Your progress' }).nth(1);
const toc = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the bar after the steps stays on screen while the steps are, and leads to the next step', async ({ page }) => {
    await page.goto(guide.path);
    await expect(stepsBar(page)).not.toBeInViewport();
    await page.locator(`#step-${recommended.steps[1]?.id}`).scrollIntoViewIfNeeded();
    await expect(stepsBar(page)).toBeInViewport();
    const bar = await stepsBar(page).boundingBox();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeLessThanOrEqual(844);

    await stepBox(page, 1).check();
    await expect(stepsBar(page)).toContainText(`1 of ${recommended.steps.length} steps done`);
    await stepsBar(page).getByRole('link', { name: 'Continue at step 2' }).click();
    await expect(page.locator(`#step-${recommended.steps[1]?.id}`)).toBeInViewport();

    // Past the steps it stays where they end, out of the way.
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await expect(stepsBar(page)).not.toBeInViewport();
  });

  test('the table of contents waits for a wider screen; the skip link goes straight to the steps', async ({ page }) => {
    await page.goto(guide.path);
    await expect(toc(page)).toBeHidden();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the steps' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#steps$/);
    await expect(page.locator('#steps')).toBeInViewport();
  });

  test('the ways to close the account are on the first screen, and the checks come before the steps', async ({ page }) => {
    await page.goto(guide.path);
    await expect(page.getByRole('group', { name: 'Choose how to close it' })).toBeInViewport();
    await expect(page.getByRole('radio', { name: new RegExp(guide.recommended.title) })).toBeInViewport();
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(await top('.route-picker')).toBeLessThan(await top('#before-you-start'));
    expect(await top('#before-you-start')).toBeLessThan(await top('#steps'));
  });

  test('the steps come before the reasons, which a reader still deciding can reach from the top', async ({ page }) => {
    await page.goto(guide.path);
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(await top('#before-you-start')).toBeLessThan(await top('#steps'));
    expect(await top('#steps')).toBeLessThan(await top('#reasons'));
    await page.getByRole('link', { name: /^Still deciding\?/ }).click();
    await expect(page.locator('#reasons')).toBeInViewport();
  });

  test('a check before you start shows what to do; why and how open on request, and print in full', async ({ page }) => {
    await page.goto(guide.path);
    const card = page.locator(`li:has(#caveat-${firstCheck.id})`);
    await expect(card.getByRole('checkbox', { name: firstCheck.label })).toBeVisible();
    await expect(card.getByText(firstCheck.firstSentence)).toBeHidden();
    await card.getByText('Why, and how').click();
    await expect(card.getByText(firstCheck.firstSentence)).toBeVisible();

    await page.reload();
    const { text } = await printed(page, 'A4');
    for (const check of guide.beforeStart) expect(text).toContain(check.firstSentence);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the table of contents stays beside the text, with the chosen route's steps ticked as they are done", async ({ page }) => {
    await page.goto(guide.path);
    const contents = toc(page);
    await expect(contents).toBeVisible();
    const stepLinks = contents.getByRole('link', { name: /^(done: )?\d+\. / });
    await expect(stepLinks).toHaveText(recommended.steps.map((step) => `${step.order}. ${step.title}`));
    await expect(contents).toContainText(`0 of ${recommended.steps.length} steps done`);

    // The text is a column of comfortable measure beside it, not the whole width.
    const column = await page.getByRole('heading', { level: 1 }).boundingBox();
    const side = await contents.boundingBox();
    expect(column?.width ?? 0).toBeLessThanOrEqual(46 * 16);
    expect((side?.x ?? 0)).toBeGreaterThan((column?.x ?? 0) + (column?.width ?? 0));

    await stepBox(page, 1).check();
    await expect(stepLinks.first()).toHaveAccessibleName(`done: 1. ${recommended.steps[0]?.title}`);
    await expect(contents).toContainText(`1 of ${recommended.steps.length} steps done`);

    await page.locator('#sources').scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
    await contents.getByRole('link', { name: `${recommended.steps.length}. ${recommended.steps.at(-1)?.title}` }).click();
    await expect(page.locator(`#step-${recommended.steps.at(-1)?.id}`)).toBeInViewport();

    await page.getByRole('radio', { name: new RegExp(other.title) }).check();
    await expect(stepLinks).toHaveText(other.steps.map((step) => `${step.order}. ${step.title}`));
  });

  test('once the route is done, the table of contents leads to what comes after closing', async ({ page }) => {
    await page.goto(guide.path);
    const after = toc(page).getByRole('link', { name: 'After you close it' });
    await expect(after).toBeHidden();
    for (let n = 1; n <= recommended.steps.length; n++) await stepBox(page, n).check();
    await after.click();
    await expect(page.getByRole('heading', { level: 2, name: 'After you close it' })).toBeInViewport();

    // Back to a route not yet done, the entry goes again.
    await page.getByRole('radio', { name: new RegExp(other.title) }).check();
    await expect(after).toBeHidden();
  });
});

test("the home page's card shows the reader's own progress on the guide", async ({ page }) => {
  await page.goto(guide.path);
  await stepBox(page, 1).check();
  await stepBox(page, 2).check();
  await expect(page.getByRole('region', { name: 'Your progress' }).first()).toContainText(`2 of ${recommended.steps.length} steps done`);
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: guide.title }) });
  await expect(card).toContainText(`2 of ${recommended.steps.length} steps done`);
  await expect(card.getByRole('progressbar', { name: `Your progress on ${guide.service}` })).toHaveJSProperty('value', 2);
});

test("each route draws where to click, in order, from its steps' labels, and says whose account of it that is", async ({ page }) => {
  await page.goto(guide.path);
  const drawn = (title: string) => page.getByRole('region', { name: title }).getByRole('figure');
  const path = drawn(recommended.title);
  const boxes = (route: typeof recommended) => route.steps.flatMap((step) => step.clicks.map((click) => `Step ${step.order}: ${click}`));
  await expect(path.getByRole('link')).toHaveText(boxes(recommended));
  await expect(path).toContainText(/Where you click, as reported by .+:/);
  // Each box is a way to its step, named by the step for a screen reader.
  const last = recommended.steps.at(-1);
  await path.getByRole('link', { name: `Step ${last?.order}: ${last?.clicks.at(-1)}` }).click();
  await expect(page.locator(`#step-${last?.id}`)).toBeInViewport();

  await page.getByRole('radio', { name: new RegExp(other.title) }).check();
  await expect(drawn(other.title).getByRole('link')).toHaveText(boxes(other));
  await expect(drawn(other.title)).toContainText(/Where you click, as we followed it on \d{1,2} \w+ \d{4}:/);
});
