import type { Page } from '@playwright/test';

export const pages = ['/', '/aliexpress/', '/404.html'];

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
