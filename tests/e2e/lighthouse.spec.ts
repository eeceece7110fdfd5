import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { indexablePages } from '../helpers/built-site';

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

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const outDir = 'reports/lighthouse';

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

function lighthouse(url: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        `--only-categories=${categories.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}:\n${stderr}`))));
  });
}

test.describe('Lighthouse', () => {
  test.describe.configure({ timeout: 120_000 });
  // Lighthouse does not create its output folder.
  mkdirSync(outDir, { recursive: true });

  for (const path of audited) {
    test(`${path} scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
      const output = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`;
      await lighthouse(`${baseURL}${path}`, output);
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
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
