import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the site (code, content and config) to build with changed
 * content; the real content/ is never touched. It lives inside node_modules so
 * packages resolve by walking up, while its build cache and output stay its own.
 */
export function copySite(prefix: string): string {
  const scratch = join(project, 'node_modules/.cache');
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(join(scratch, prefix));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    // public/ may be empty, and git keeps no empty folders.
    if (existsSync(join(project, name))) cpSync(join(project, name), join(root, name), { recursive: true });
  }
  return root;
}
