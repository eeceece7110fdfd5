import type { Page } from '@playwright/test';
import { builtPages } from '../helpers/built-site';

/** Every page in dist/, found rather than listed, so new pages are checked too. */
export const pages = builtPages().map((page) => page.path);

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The header's search button, the search dialog and the parts a reader uses. */
export function search(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  return {
    button: page.getByRole('banner').getByRole('button', { name: 'Search' }),
    dialog,
    box: dialog.getByRole('searchbox', { name: 'Search for a step, a caveat or a word' }),
    status: dialog.getByRole('status'),
    results: dialog.getByRole('list').getByRole('link'),
  };
}

/** The tracker's checkbox for step `n`, and the full progress summary at the top of the guide. */
export const stepBox = (page: Page, n: number) => page.getByRole('checkbox', { name: `Step ${n} Done` });
export const topSummary = (page: Page) => page.getByRole('region', { name: 'Your progress' }).first();

/** The guide's step headings, in the section that holds the steps. */
export const stepHeadings = (page: Page) =>
  page.getByRole('region', { name: 'How to delete your AliExpress account' }).getByRole('heading', { level: 3 });

/** Files that belong to search: Pagefind's script and index, and the dialog's own code. */
export const isSearchFile = (url: string) => /\/pagefind\/|\/search-dialog[^/]*\.js/.test(new URL(url).pathname);

/**
 * Holds back every request for `url` until the returned function is called, so
 * a test can act while that code is still on its way. `onRequest` sees each
 * held request's address.
 */
export async function holdRequests(page: Page, url: string | RegExp, onRequest?: (url: string) => void): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    onRequest?.(route.request().url());
    await held;
    await route.continue();
  });
  return release;
}

/** Makes the page's localStorage throw on access, as it does when a reader blocks site data. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}
