import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

/**
 * getCollection() under Vitest reads .astro/data-store.json, while `astro sync`
 * writes node_modules/.astro/data-store.json: sync once, then put the store
 * where Vitest looks.
 */
export default function setup() {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'ignore' });
  mkdirSync('.astro', { recursive: true });
  copyFileSync('node_modules/.astro/data-store.json', '.astro/data-store.json');
}
