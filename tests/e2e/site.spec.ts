import { expect, test } from '@playwright/test';
import { blockStorage, guide, onePageOfEachKind, watchErrors } from './helpers';

// One page of each kind: pages of the same kind share their templates and styles.
for (const path of onePageOfEachKind) {
  test(`${path} fits a 390 px phone screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('theme', () => {
  const background = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  const toDark = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Switch to dark theme' });
  const toLight = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Switch to light theme' });

  test('follows the operating system until the reader picks one, and the switch says what it will do', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(guide.path);
    const light = await background(page);
    await expect(toDark(page)).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background(page);
    expect(dark).not.toBe(light);
    await expect(toLight(page)).toBeVisible();
    await expect(toDark(page)).toHaveCount(0);
  });

  // The guide page sets the theme from its own pre-paint script, other pages from the shared one.
  for (const path of [guide.path, '/']) {
    test(`a chosen theme survives a reload and is in place on first paint (${path})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const light = await background(page);
      await toDark(page).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(toLight(page)).toBeVisible();
      const dark = await background(page);
      expect(dark).not.toBe(light);

      // Record the theme as the document is parsed, before any bundled script runs.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') {
            (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
          }
        });
      });
      await page.reload();
      expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
      expect(await background(page)).toBe(dark);
      await expect(toLight(page)).toBeVisible();
    });
  }

  test('still switches when storage is blocked, without an error', async ({ page }) => {
    const errors = watchErrors(page);
    await blockStorage(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(guide.path);
    await toDark(page).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await toLight(page).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });
});
