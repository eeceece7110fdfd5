import { expect, test } from '@playwright/test';
import { lighthouse, reportName } from '../helpers/lighthouse';
import { asksNotToBeIndexed, builtPages } from '../helpers/built-site';
import { testSiteDist } from '../helpers/test-site.mjs';
import { onePageOfEachKind } from './helpers';

const noindexPaths = new Set(builtPages(testSiteDist).filter((page) => asksNotToBeIndexed(page, testSiteDist)).map((page) => page.path));

/**
 * Lighthouse on one page of each kind of the test site (home, a guide, its checklist,
 * search); pages of one kind share their template, so more would only add minutes. Pages
 * that ask not to be indexed (404, the report pages) are left out: SEO counts that against them.
 * Performance is left to the benchmark; these three must be perfect.
 */
const categories = ['accessibility', 'best-practices', 'seo'] as const;
const audited = onePageOfEachKind.filter((path) => !noindexPaths.has(path));

const outDir = 'reports/lighthouse';

test.describe('Lighthouse', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const path of audited) {
    test(`${path} scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
      const output = `${outDir}/${reportName(path)}.json`;
      const report = await lighthouse(`${baseURL}${path}`, categories, output);
      for (const category of categories) {
        const { score, auditRefs } = report.categories[category] ?? { score: null, auditRefs: [] };
        const failing = auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
          .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
          .map(({ id, audit }) => `${id}: ${audit?.title}`);
        expect({ category, score, failing }).toEqual({ category, score: 1, failing: [] });
      }
    });
  }
});
