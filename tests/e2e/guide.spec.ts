import { expect, test } from '@playwright/test';
import { testSiteReportTo } from '../helpers/test-site.mjs';
import { guide, stepHeadings, watchErrors } from './helpers';

/*
 * The guide page's behaviour, on the fictional guide of tests/fixtures/content. What the
 * real guides say is checked over the built site by tests/build/aliexpress.test.ts.
 */
const [, second] = guide.steps;
if (!second) throw new Error('the fictional guide needs a second step');
const anchor = `step-${second.id}`;

test.describe('a guide page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(guide.path);
  });

  test('shows the reasons, the steps in order and the before-you-start caveats as the content words them', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);

    const reasons = page.locator('#reasons').locator('xpath=..').getByRole('listitem');
    await expect(reasons.getByRole('heading')).toHaveText(guide.reasons.map((reason) => reason.title));

    await expect(stepHeadings(page)).toHaveText(guide.steps.map((step) => `Step ${step.order}: ${step.title}`));

    const before = page.getByRole('region', { name: 'Before you start' }).getByRole('listitem');
    await expect(before.getByRole('heading')).toHaveText(guide.beforeStart.map((caveat) => caveat.title));
  });

  test('marks every label to click as an interface label', async ({ page }) => {
    const labels = page.locator(`li:has(#${anchor})`).locator('[data-ui-label]');
    await expect(labels).toHaveText(second.clicks.map((click) => `“${click}”`));
  });

  test('says when its sources were read, its time estimate and its sources', async ({ page }) => {
    const meta = page.locator('[data-guide-meta]');
    await expect(meta).toContainText('Sources last read');
    await expect(meta.locator('time')).toHaveText('31 January 2026');
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2026-01-31');
    await expect(meta).toContainText(/about \d+ minutes, our estimate/);
    await expect(page.getByText(/last reviewed|check this guide regularly/i)).toHaveCount(0);
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toContainText('A Bramblebox forum thread, 3 March 2025 (fictional community report)');
    await expect(sources).toContainText('The Bramblebox handbook, undated');
    await expect(page.getByText(/Screens change\. If yours differ, do not click what you are unsure of/).first()).toBeVisible();
  });

  test('a step anchor brings that step into view below the sticky header', async ({ page }) => {
    // Step 3 sits lower than the first screen, so the page has to scroll to it.
    const third = guide.steps[2];
    await page.goto(`${guide.path}#step-${third?.id}`);
    const heading = page.locator(`#step-${third?.id}`);
    await expect(heading).toBeInViewport();
    const headerBottom = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('a caveat anchor lands with the whole card in view below the header, its badge included', async ({ page }) => {
    // The second check before you start sits lower than the first screen; its badge is above its heading.
    const check = guide.beforeStart[1];
    // Without smooth scrolling the page is where it lands at once, so it is measured there, not on the way.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${guide.path}#caveat-${check?.id}`);
    await expect(page.locator(`#caveat-${check?.id}`)).toBeInViewport();
    const card = page.locator(`li:has(#caveat-${check?.id})`);
    await expect(card.locator('.caveat-badge')).toBeVisible();
    const headerBottom = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await card.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('the copy-link control copies the step address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link to step 2' }).click();
    await expect(page.locator(`li:has(#${anchor})`).getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${guide.path}#${anchor}`);
  });
});

test('the home page leads to the guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: guide.title }).click();
  await expect(page).toHaveURL(new RegExp(`${guide.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
});

test('an unknown address shows a helpful 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: guide.title }).click();
  await expect(page).toHaveURL(new RegExp(`${guide.path}$`));
});

test.describe('reporting a step that looks different', () => {
  test('a step’s link opens a report naming the guide and the step, and the reader’s words go into what opens', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(guide.path);
    const step = page.locator(`li:has(#${anchor})`);
    await step.getByRole('link', { name: `Step ${second.order}: tell us it looks different` }).click();
    await expect(page).toHaveURL(new RegExp(`${guide.path}report/${second.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Step ${second.order} looks different?`);
    await expect(page.getByText('This site sends nothing.')).toBeVisible();

    const text = page.getByRole('textbox', { name: 'Your report: add what you saw' });
    const written = await text.inputValue();
    expect(written).toContain(guide.title);
    expect(written).toContain(`Step ${second.order} (${second.id}): ${second.title}`);
    expect(written).toContain(`Route: ${guide.recommended.title} (${guide.recommended.id})`);
    expect(written).toMatch(/Sources last read: \d{1,2} \w+ \d{4}/);
    expect(written).toMatch(/How sure we are: Reported by .+, undated/);

    const open = page.getByRole('link', { name: 'Open a new issue' });
    const opened = () => open.getAttribute('href').then((href) => new URL(href ?? ''));
    expect((await opened()).origin + (await opened()).pathname).toBe(testSiteReportTo);
    expect((await opened()).searchParams.get('body')).toBe(written);
    expect((await opened()).searchParams.get('title')).toContain(`step ${second.order} of “${guide.recommended.title}” looks different`);

    await text.fill(`${written}The menu is called Lockers now.`);
    await expect.poll(async () => (await opened()).searchParams.get('body')).toContain('The menu is called Lockers now.');
    await page.getByRole('link', { name: `← Back to step ${second.order}` }).click();
    await expect(page).toHaveURL(new RegExp(`${guide.path}\\?route=${guide.recommended.id}#${anchor}$`));
    await expect(page.locator(`#${anchor}`)).toBeInViewport();
    expect(errors).toEqual([]);
  });
});
