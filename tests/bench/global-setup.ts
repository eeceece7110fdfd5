import { existsSync } from 'node:fs';

/** The benchmark measures the real site's build; without it every measurement would time out. */
export default function globalSetup() {
  for (const file of ['dist/index.html', 'dist/aliexpress/index.html', 'dist/pagefind/pagefind.js']) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` before the benchmark (npm run bench does both).`);
    }
  }
}
