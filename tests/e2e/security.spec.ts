import { expect, test } from '@playwright/test';
import { onePageOfEachKind, search, startedUp, watchErrors } from './helpers';

declare global {
  interface Window {
    cspViolations?: string[];
    injectedRan?: boolean;
  }
}

test.beforeEach(async ({ page }) => {
  // Registered before any page script, so a violation during parsing is caught too.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sample})`);
    });
  });
});

// One page of each kind: pages of the same kind share their scripts and policy.
for (const path of onePageOfEachKind) {
  test(`${path} talks only to its own origin, sets no cookie and breaks no Content-Security-Policy rule`, async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(path);
    await startedUp(page);
    // Use the page as a reader would, so scripts that run on interaction are covered too:
    // switch the theme, then search (Pagefind's script and WebAssembly load only then).
    const { dialog, box, results } = search(page);
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    for (const button of await page.locator('theme-toggle button:visible').all()) await button.click();
    await page.keyboard.press('/');
    await box.fill('lockers');
    // A result shows once Pagefind's script, WebAssembly, index and excerpt have all arrived.
    await expect(results.first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== baseURL)).toEqual([]);
    // The share image is for link previews; a reader's page never downloads it.
    expect(requests.filter((url) => url.endsWith('/share.png'))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}

test('the policy is in force: a script injected into a page does not run', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.head.append(script);
  });
  expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => window.cspViolations?.length)).toBe(1);
});
