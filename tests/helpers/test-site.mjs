/**
 * The test site: the site's code and config with the fictional guides of
 * tests/fixtures/content as its content/, so behaviour tests never depend on
 * what the real guides say. Like the benchmark's copies it lives inside
 * node_modules (packages resolve by walking up) with its own build cache and
 * dist/; unlike them it has a fixed place, so the browser tests can serve it.
 *
 *   node tests/helpers/test-site.mjs build         build it (search index included)
 *   node tests/helpers/test-site.mjs serve <port>  serve its build (Playwright's webServer)
 *
 * Plain JavaScript: `npm test` runs it with Node alone, before any TypeScript runner.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(import.meta.dirname, '../..');

export const fixtureContent = join(project, 'tests/fixtures/content');
export const testSiteRoot = join(project, 'node_modules/.cache/test-site');
export const testSiteDist = join(testSiteRoot, 'dist');
/** The test site is built as a published site is, with SITE_URL, so its checklist prints an address and a QR code. */
export const testSiteUrl = 'https://bramblebox.test';
/** Where the test site sends readers' reports of a step that looks different (REPORT_TO), so its report pages exist. */
export const testSiteReportTo = 'https://tracker.bramblebox.test/issues/new';

/**
 * Puts the site's code and config, with `content` as its content/, into `root`,
 * replacing what was there; a dist/ and build cache in `root` stay. Every copy
 * of the site (the test site, broken-content builds, the benchmark's) is made here.
 */
export function copySiteInto(root, content) {
  mkdirSync(root, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    rmSync(join(root, name), { recursive: true, force: true });
    cpSync(join(project, name), join(root, name), { recursive: true });
  }
  rmSync(join(root, 'content'), { recursive: true, force: true });
  cpSync(content, join(root, 'content'), { recursive: true, filter: (from) => !from.endsWith('README.md') });
}

/** Brings the test site's code, config and content up to date. */
export function refreshTestSite() {
  copySiteInto(testSiteRoot, fixtureContent);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: project, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Builds the test site as `npm run build` builds the real one (its search index included), with SITE_URL and REPORT_TO set. */
export function buildTestSite() {
  refreshTestSite();
  rmSync(testSiteDist, { recursive: true, force: true });
  run('npx', ['astro', 'build', '--root', testSiteRoot], { SITE_URL: testSiteUrl, REPORT_TO: testSiteReportTo });
}

/** Why the browser tests cannot run against the test site, or null when its build is complete. */
export function testSiteProblem() {
  for (const file of ['index.html', 'bramblebox/index.html', 'pagefind/pagefind.js']) {
    const path = join(testSiteDist, file);
    if (!existsSync(path)) {
      return `${relative(project, path)} is missing: run \`npm run build:test-site\` before the browser tests (npm test does both).`;
    }
  }
  return null;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, port] = process.argv.slice(2);
  if (command === 'build') {
    buildTestSite();
  } else if (command === 'serve' && port) {
    const problem = testSiteProblem();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    run('npx', ['astro', 'preview', '--root', testSiteRoot, '--port', port]);
  } else {
    console.error('usage: node tests/helpers/test-site.mjs build | serve <port>');
    process.exit(2);
  }
}
