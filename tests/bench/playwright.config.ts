import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const port = Number(process.env.E2E_PORT ?? 4322);

/** `npm run bench`: the benchmark runs as one long serial Playwright run against the built site. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'bench.spec.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60 * 60_000,
  reporter: [['line']],
  // The real site, not the test site the browser tests use: the benchmark measures what readers get.
  webServer: base.webServer && !Array.isArray(base.webServer)
    ? { ...base.webServer, command: `npx astro preview --port ${port}`, cwd: '../..' }
    : base.webServer,
});
