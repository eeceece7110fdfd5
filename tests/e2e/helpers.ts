import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { builtPages } from '../helpers/built-site';
import { fixtureGuide } from '../helpers/guide-files';
import { fixtureContent, testSiteDist, testSiteProblem } from '../helpers/test-site.mjs';

// Fail while loading, with the fix, rather than time out in every test.
const problem = testSiteProblem();
if (problem) throw new Error(problem);

/** The fictional guide the browser tests read, as its files word it. */
export const guide = fixtureGuide();

const fixtureGuides = readdirSync(join(fixtureContent, 'guides')).map((file) => file.replace(/\.mdx$/, ''));

/**
 * One page of each kind in the test site (home, a guide, a checklist, search, 404…),
 * found in its dist/ rather than listed, so a new kind of page is checked too. Pages
 * that differ only in which guide they show are one kind: the expensive browser
 * checks (axe, motion, security, Lighthouse) cost the same for one guide or a hundred.
 */
const kinds = new Map<string, string>();
for (const { path } of builtPages(testSiteDist)) {
  const kind = fixtureGuides
    .reduce((found, slug) => found.replace(`/${slug}/`, '/<guide>/'), path)
    .replace(/\/report\/[^/]+\/$/, '/report/<step>/');
  if (!kinds.has(kind)) kinds.set(kind, path);
}
export const onePageOfEachKind = [...kinds.values()];

/**
 * Waits until the page has started up as a reader gets it: every control's custom element
 * is defined (the search dialog's waits for the reader's intent, except on /search/), and
 * every request the start-up made has been seen.
 */
export async function startedUp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(':not(:defined):not(search-dialog)') === null);
  await requestsSeen(page);
}

/**
 * Lets the page render twice (observers such as IntersectionObserver report then), then
 * sends one request of its own and waits for its answer: any request the page made before
 * it has reached the test by then. Instead of waiting for the network to fall silent,
 * which can take arbitrarily long and proves nothing about what was asked for.
 */
export async function requestsSeen(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await fetch('/favicon.svg', { cache: 'no-store' });
  });
}

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
  page.getByRole('region', { name: t('guide.steps.title') }).getByRole('heading', { level: 4, name: /^Step \d+:/ });

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
