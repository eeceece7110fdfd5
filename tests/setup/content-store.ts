import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { refreshTestSite, testSiteRoot } from '../helpers/test-site.mjs';

/**
 * Unit and component tests read the fictional guides of tests/fixtures/content
 * (the test site's content), never the real ones, so editing a real guide breaks
 * none of them. getCollection() under Vitest reads .astro/data-store.json, while
 * `astro sync` writes <root>/node_modules/.astro/data-store.json: sync the test
 * site, then put its store where Vitest looks.
 */
export default function setup() {
  refreshTestSite();
  execFileSync('npx', ['astro', 'sync', '--root', testSiteRoot], { stdio: 'ignore' });
  mkdirSync('.astro', { recursive: true });
  copyFileSync(join(testSiteRoot, 'node_modules/.astro/data-store.json'), '.astro/data-store.json');
}
