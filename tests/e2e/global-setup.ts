import { existsSync } from 'node:fs';

/** The browser tests run against the built site; without it they would only time out. */
export default function globalSetup() {
  for (const file of ['dist/index.html', 'dist/aliexpress/index.html', 'dist/pagefind/pagefind.js']) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` before the browser tests (npm test does both).`);
    }
  }
}
