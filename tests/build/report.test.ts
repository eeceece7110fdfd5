/**
 * Report links exist only where the build was told where reports go (REPORT_TO):
 * `npm test` builds the real site without it and the test site with it.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../helpers/built-site';
import { fixtureGuide } from '../helpers/guide-files';
import { testSiteDist } from '../helpers/test-site.mjs';

describe('reports of a step that looks different', () => {
  it('without REPORT_TO, no page links a report and no report page is built', () => {
    const pages = builtPages();
    expect(pages.filter((page) => page.path.includes('/report/'))).toEqual([]);
    for (const page of pages) expect(readBuilt(page.file), page.path).not.toContain('/report/');
  });

  it('with REPORT_TO, every step of a guide has its own report page', () => {
    const guide = fixtureGuide();
    const reports = builtPages(testSiteDist)
      .map((page) => page.path)
      .filter((path) => path.startsWith(`${guide.path}report/`));
    const steps = guide.routes.flatMap((route) => route.steps);
    expect(reports.sort()).toEqual(steps.map((step) => `${guide.path}report/${step.id}/`).sort());
  });
});
