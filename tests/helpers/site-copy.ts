import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copySiteInto, fixtureContent } from './test-site.mjs';

const project = resolve(import.meta.dirname, '../..');

/** Bramblebox, the fictional guide that tests of content rules and broken builds use instead of the real guides. */
export { fixtureContent };

/**
 * A throwaway copy of the site (code, content and config) to build with changed
 * content; the real content/ is never touched. With `content: 'fixture'` the
 * copy's content/ is the fictional guide instead of the real ones. It lives inside
 * node_modules so packages resolve by walking up, while its build cache and output stay its own.
 */
export function copySite(prefix: string, options: { content?: 'site' | 'fixture' } = {}): string {
  const scratch = join(project, 'node_modules/.cache');
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(join(scratch, prefix));
  copySiteInto(root, options.content === 'fixture' ? fixtureContent : join(project, 'content'));
  return root;
}
