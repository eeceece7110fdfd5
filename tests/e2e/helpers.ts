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
