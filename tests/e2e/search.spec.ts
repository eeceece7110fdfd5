import { expect, test, type Page } from '@playwright/test';
import { guide, holdRequests, isSearchFile, requestsSeen, search, startedUp, watchErrors } from './helpers';

/**
 * The piece each everyday query should find first, decided from the fictional guide's
 * text (tests/fixtures/content): each has weaker matches elsewhere that it must beat.
 */
const everyday: [query: string, anchor: string][] = [
  // The label to click in step 3; "lockers" alone is in four other pieces.
  ['erase my lockers', '#step-request-erasure'],
  ['delivery tokens', '#caveat-spend-tokens'],
  // Signing in and asking for erasure both mention the PIN once; the tie keeps reading order.
  ['PIN', '#step-sign-in'],
  // In the caveat's title and text; step 4 mentions a receipt only in passing.
  ['receipts', '#caveat-receipts-kept'],
  ['address history', '#reason-address-history'],
  ['privacy settings', '#step-open-privacy-settings'],
  // Twice in the caveat about lockers, once in a reason.
  ['parcels', '#caveat-empty-lockers'],
];
const at = (anchor: string) => new RegExp(`^${guide.path}${anchor}$`);

/** Where the sticky header ends and where an element starts, in viewport pixels. */
async function belowHeader(page: Page, selector: string) {
  const headerBottom = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().bottom);
  const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
  return { headerBottom, top };
}

test.describe('everyday queries find the right piece first', () => {
  for (const [query, anchor] of everyday) {
    test(`"${query}" → ${anchor}`, async ({ page }) => {
      await page.goto(`/?q=${encodeURIComponent(query)}`);
      const { results } = search(page);
      await expect(results.first()).toHaveAttribute('href', at(anchor));
    });
  }

  test('"PIN" also lists the step that asks for the PIN again', async ({ page }) => {
    await page.goto('/?q=PIN');
    await expect(search(page).results.first()).toBeVisible();
    const hrefs = await search(page).results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${guide.path}#step-request-erasure`);
  });
});

test('nothing of search is downloaded until the reader opens it, then only from this site', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(guide.path);
  await startedUp(page);
  await page.mouse.wheel(0, 600);
  await requestsSeen(page);
  expect(requested.filter(isSearchFile)).toEqual([]);

  await page.keyboard.press('/');
  const { box, results } = search(page);
  await box.fill('tokens');
  await expect(results.first()).toBeVisible();
  const searchFiles = requested.filter(isSearchFile);
  expect(searchFiles.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(searchFiles.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
});

test('tabbing past the search button fetches at most the dialog code, and the index only once search opens', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(guide.path);
  await startedUp(page);
  const { button, dialog } = search(page);
  await button.focus();
  await button.hover();
  await page.keyboard.press('Tab');
  // The dialog code arrives (focus and hover are intent enough for that), then settles.
  await expect.poll(() => requested.some((url) => /\/search-dialog[^/]*\.js/.test(url))).toBe(true);
  await page.waitForFunction(() => customElements.get('search-dialog') !== undefined);
  await requestsSeen(page);
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  await button.click();
  await expect(dialog).toBeVisible();
  await expect.poll(() => requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('/ opens the dialog with focus in the search box; Escape closes it and focus returns to the button', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(guide.path);
  const { button, dialog, box, results } = search(page);
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
  // The key that opened search is not typed into it.
  await expect(box).toHaveValue('');

  await box.pressSequentially('tokens');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  expect(errors).toEqual([]);
});

test('closing search never pulls focus back from where the reader has already moved it', async ({ page }) => {
  await page.goto(guide.path);
  const { button, dialog } = search(page);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // A quick Escape then Tab: the browser handles key presses before the dialog's queued close
  // event, so focus can move on before that event runs. Here both happen in one task.
  const theme = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  await page.evaluate(() => {
    const searchDialog = document.querySelector('dialog');
    // Listeners run in the order they were added, so this one runs after the dialog's own.
    searchDialog?.addEventListener('close', () => ((window as unknown as { searchClosed: boolean }).searchClosed = true));
    searchDialog?.close();
    document.querySelector<HTMLElement>('theme-toggle button')?.focus();
  });
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.evaluate(() => (window as unknown as { searchClosed?: boolean }).searchClosed)).toBe(true);
  await expect(theme).toBeFocused();
});

test('keys typed straight after / are kept while the search code is still on its way', async ({ page }) => {
  const release = await holdRequests(page, /\/_astro\/search-dialog-[^/]*\.js$/);
  await page.goto(guide.path);
  await page.keyboard.press('/');
  await page.keyboard.type('tokens');
  release();
  const { box, results } = search(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('tokens');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-spend-tokens'));
  // The caret is after the kept text, so typing carries on instead of replacing it.
  await page.keyboard.type(' spent');
  await expect(box).toHaveValue('tokens spent');
});

test('if the dialog\'s stylesheet cannot load, search still shows and works', async ({ page }) => {
  await page.route(/\/_astro\/search-dialog-[^/]*\.css$/, (route) => route.abort());
  await page.goto(guide.path);
  await page.keyboard.press('/');
  const { dialog, box, results } = search(page);
  await expect(box).toBeFocused();
  // Until its stylesheet arrives the dialog is kept unseen; a failed load must not leave it so.
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await box.pressSequentially('tokens');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-spend-tokens'));
});

test('the header button and Ctrl+K open search too, and the close button closes it', async ({ page }) => {
  await page.goto('/');
  const { button, dialog, box } = search(page);
  await button.click();
  await expect(box).toBeFocused();
  await dialog.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
});

test('a caveat is named in search by the word its card shows on the page', async ({ page }) => {
  await page.goto(guide.path);
  const card = page.locator('li:has(#caveat-spend-tokens)');
  const badge = ((await card.locator('.caveat-badge').textContent()) ?? '').trim();
  expect(badge.length).toBeGreaterThan(0);
  await page.keyboard.press('/');
  const { box, results } = search(page);
  await box.fill('tokens');
  await expect(results.first()).toHaveAccessibleName('Spend your delivery tokens');
  await expect(results.first()).toHaveAccessibleDescription(new RegExp(`^${guide.service} · ${badge} `));

  // A note with no badge sits under "Good to know" on the page, and search says so.
  await box.fill('seven years');
  await expect(results.first()).toHaveAccessibleName('Bramblebox keeps your receipts');
  await expect(results.first()).toHaveAccessibleDescription(new RegExp(`^${guide.service} · Good to know `));
});

test('a result shows the piece title and an excerpt with the match highlighted', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const { box, results, status } = search(page);
  await box.fill('tokens');
  const first = results.first();
  await expect(first).toHaveAccessibleName('Spend your delivery tokens');
  await expect(first.locator('mark').first()).toHaveText(/tokens/i);
  await expect(first).toContainText('Unused delivery tokens');
  await expect(status).toHaveText('1 result for “tokens”');
});

test('arrow keys move from the search box through the results, and Tab reaches them too', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const { box, results } = search(page);
  await box.fill('account');
  await expect(results.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(results.nth(0)).toBeFocused();
});

test('following a result from another page lands on that step, in view below the header and marked', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const { box, results } = search(page);
  await box.fill('confirm erasure');
  await expect(results.first()).toHaveAttribute('href', at('#step-confirm-erasure'));
  await results.first().click();

  await expect(page).toHaveURL(new RegExp(`${guide.path}#step-confirm-erasure$`));
  const heading = page.locator('#step-confirm-erasure');
  await expect(heading).toBeInViewport();
  await expect(page.locator('.guide-piece:has(:target)')).toContainText('Type ERASE in the box');
  const { headerBottom, top } = await belowHeader(page, '#step-confirm-erasure');
  expect(top).toBeGreaterThanOrEqual(headerBottom);
});

test('a result on the same page closes search, scrolls to the piece and moves focus there', async ({ page }) => {
  await page.goto(guide.path);
  await page.keyboard.press('/');
  const { dialog, box, results } = search(page);
  await box.fill('parcels');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-empty-lockers'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${guide.path}#caveat-empty-lockers$`));
  const heading = page.locator('#caveat-empty-lockers');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.locator('.guide-piece:has(:target)')).toContainText('Take every parcel out of your lockers');
  await expect(async () => {
    const { headerBottom, top } = await belowHeader(page, '#caveat-empty-lockers');
    expect(top).toBeGreaterThanOrEqual(headerBottom);
  }).toPass();

  // Searching again for a piece already marked still brings it back into view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(heading).not.toBeInViewport();
  await page.keyboard.press('/');
  await box.fill('parcels');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-empty-lockers'));
  await page.keyboard.press('Enter');
  await expect(heading).toBeInViewport();
});

test('a shared ?q= link opens search with that query and its results; the address follows the search', async ({ page }) => {
  await page.goto(`${guide.path}?q=tokens`);
  const { dialog, box, results } = search(page);
  await expect(dialog).toBeVisible();
  await expect(box).toHaveValue('tokens');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-spend-tokens'));

  await box.fill('PIN');
  await expect(results.first()).toHaveAttribute('href', at('#step-sign-in'));
  await expect(page).toHaveURL(/\?q=PIN$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${guide.path}$`));
});

test('the footer and header are not searched: their words find nothing', async ({ page }) => {
  await page.goto('/?q=cookies');
  const { status, results } = search(page);
  await expect(status).toHaveText('Nothing found for “cookies”. Try another word.');
  await expect(results).toHaveCount(0);
});

test('on a 390 px phone the dialog fits the screen and a tap on a result lands on the step', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const { button, dialog, box, results } = search(page);
  await button.click();
  await box.fill('tokens');
  await expect(results.first()).toBeVisible();
  const frame = await dialog.boundingBox();
  expect(frame && frame.x >= 0 && frame.x + frame.width <= 390).toBe(true);
  await results.first().click();
  await expect(page.locator('#caveat-spend-tokens')).toBeInViewport();
});

test('a very long query keeps the status line inside the dialog, repeating only its start', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(guide.path);
  await page.keyboard.press('/');
  const { dialog, box, status } = search(page);
  await box.fill('x'.repeat(5_000));
  await expect(status).toContainText('Nothing found for');
  await expect(status).toContainText('…');
  expect((await status.innerText()).length).toBeLessThan(120);
  const inside = await status.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const frame = el.closest('dialog')?.getBoundingClientRect();
    return frame !== undefined && box.left >= frame.left && box.right <= frame.right && el.scrollWidth <= el.clientWidth;
  });
  expect(inside).toBe(true);
  await expect(dialog).toBeVisible();
});

test('the search page opens search by itself', async ({ page }) => {
  await page.goto('/search/?q=address+history');
  const { results } = search(page);
  await expect(results.first()).toHaveAttribute('href', at('#reason-address-history'));
});

test('on the search page, keys typed before the search box is there are kept', async ({ page }) => {
  const release = await holdRequests(page, /\/_astro\/search-dialog-[^/]*\.js$/);
  await page.goto('/search/');
  await page.keyboard.type('tokens');
  release();
  const { box, results } = search(page);
  await expect(box).toHaveValue('tokens');
  await expect(results.first()).toHaveAttribute('href', at('#caveat-spend-tokens'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search button is a link to the search page, which says why search is missing', async ({ page }) => {
    await page.goto(guide.path);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    // Playwright's text matching skips <noscript>, so read the rendered text of the page instead.
    await expect(page.getByRole('main')).toContainText('Search needs JavaScript, which is off in this browser.', {
      useInnerText: true,
    });
    await page.getByRole('link', { name: 'See all guides' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
