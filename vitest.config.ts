/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/build/**/*.test.ts'],
      globalSetup: ['tests/setup/content-store.ts'],
      testTimeout: 20_000,
      // CI asks for a JSON report to total the results of every runner.
      reporters: process.env.VITEST_JSON_OUTPUT ? ['default', 'json'] : ['default'],
      outputFile: { json: process.env.VITEST_JSON_OUTPUT ?? 'reports/vitest.json' },
    },
  },
  // Without this the rendered HTML carries dev-only data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
