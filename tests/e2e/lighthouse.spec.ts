import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { indexablePages } from '../helpers/built-site';
import { lighthouse, reportName } from '../helpers/lighthouse';

/**
 * Lighthouse on the home page and on every page of one guide (the guide page, and its
 * checklist once it exists); other guides share those templates, so they would only
 * add minutes. Performance is left to the benchmark; these three must be perfect.
 */
const categories = ['accessibility', 'best-practices', 'seo'] as const;
const guides = readdirSync('content/guides').map((file) => file.replace(/\.mdx$/, '')).sort();
const [sampleGuide] = guides;
const audited = indexablePages()
  .map((p) => p.path)
  .filter((path) => !guides.some((guide) => guide !== sampleGuide && path.startsWith(`/${guide}/`)));

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
