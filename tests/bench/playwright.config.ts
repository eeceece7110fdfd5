import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** `npm run bench`: the benchmark runs as one long serial Playwright run against the built site. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'bench.spec.ts',
  globalSetup: '../e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60 * 60_000,
  reporter: [['line']],
  webServer: base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: '../..' } : base.webServer,
});
