import { expect, test } from '@playwright/test';
import { stepHeadings } from './helpers';

test.describe('the AliExpress guide', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/aliexpress/');
  });

  test('shows the three reasons, the seven steps in order and the before-you-start caveats', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to delete your AliExpress account');

    const reasons = page.locator('#reasons').locator('xpath=..').getByRole('listitem');
    await expect(reasons).toHaveCount(3);
    await expect(reasons.getByRole('heading')).toContainText([/no longer use/i, /privacy/i, /secure/i]);

    const steps = stepHeadings(page);
    await expect(steps).toHaveCount(7);
    // The order of the source article: log in, settings, information, find, start, review, confirm.
    await expect(steps).toContainText([
      /Step 1: Log in/,
      /Step 2: .*Account Settings/,
      /Step 3: .*Account Information/,
      /Step 4: .*Close Account/,
      /Step 5: Start closing/,
      /Step 6: Review/,
      /Step 7: .*Confirm Closure/,
    ]);

    const before = page.getByRole('region', { name: 'Before you start' }).getByRole('listitem');
    await expect(before).toHaveCount(3);
    await expect(before.getByRole('heading')).toContainText([/pending orders/i, /bonus points and coupons/i, /permanent/i]);
  });

  test('marks every label to click as an interface label', async ({ page }) => {
    const labels = page.getByRole('region', { name: 'How to delete your AliExpress account' }).locator('[data-ui-label]');
    await expect(labels.first()).toBeVisible();
    const texts = await labels.allTextContents();
    for (const label of ['Account Settings', 'Account Information', 'Close Account', 'Confirm Closure']) {
      expect(texts).toContain(`“${label}”`);
    }
  });

  test('shows when it was last reviewed, how long it takes and its sources', async ({ page }) => {
    const meta = page.locator('[data-guide-meta]');
    await expect(meta).toContainText('Last reviewed');
    await expect(meta.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(meta).toContainText(/about \d+ minutes/);
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('AliExpress Privacy Policy');
    await expect(page.getByText(/may change its screens/).first()).toBeVisible();
  });

  test('a step anchor brings that step into view below the sticky header', async ({ page }) => {
    await page.goto('/aliexpress/#step-find-close-account');
    const heading = page.locator('#step-find-close-account');
    await expect(heading).toBeInViewport();
    const headerBottom = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
  });

  test('the copy-link control copies the step address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link to step 4' }).click();
    await expect(page.locator('li:has(#step-find-close-account)').getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/aliexpress/#step-find-close-account`);
  });
});

test('the home page leads to the guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'How to delete your AliExpress account' }).click();
  await expect(page).toHaveURL(/\/aliexpress\/$/);
});

test('an unknown address shows a helpful 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'How to delete your AliExpress account' }).click();
  await expect(page).toHaveURL(/\/aliexpress\/$/);
});
