import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-site';
import { pageWeight } from '../support/page-weight';

/*
 * Byte budgets over the built site (npm test builds before Vitest runs).
 * Static counts only; timings belong to `npm run bench`.
 */
const KB = 1024;
const guide = pageWeight('dist', '/aliexpress/');
// Every built page, so pages added later are held to the same rules.
const pages = builtPages().map(({ path }) => pageWeight('dist', path));

describe('first-load budgets', () => {
  it('the guide page loads in at most 3 requests', () => {
    expect(guide.requests).toBeLessThanOrEqual(3);
  });

  it('the guide page runs at most 3.5 KB gzip of JavaScript before the reader interacts', () => {
    // 3.5 KB, not 3: showing the reader's route at first paint (docs/decisions/0003-routes-on-one-page.md).
    expect(guide.jsGzip).toBeLessThanOrEqual(3.5 * KB);
  });

  it('the guide page loads at most 21 KB gzip', () => {
    // 21 KB, not the 12 KB first asked for: the last bytes are features other issues ask for
    // (docs/decisions/0001-guide-page-budget.md), the sources and facts a reader needs to judge
    // a guide (0002-guide-page-budget-15kb.md), every route to close the account on one page
    // (0003-routes-on-one-page.md), and a table of contents and drawn click paths
    // (0004-guide-page-21kb.md). When this fails, `npm run bench` shows which part of the page grew.
    expect(guide.gzip).toBeLessThanOrEqual(21 * KB);
  });

  it('no page loads a web font', () => {
    for (const page of pages) expect(page.fonts, page.page).toBe(0);
  });

  it('nothing of search or the progress controller is loaded before intent', () => {
    for (const page of pages) {
      const eager = page.resources.map((r) => r.path);
      expect(eager.filter((path) => /pagefind|search-dialog|controller-/.test(path)), page.page).toEqual([]);
    }
  });
});
