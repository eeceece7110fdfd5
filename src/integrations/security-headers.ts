import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, findInlineCode, headersFile, withPolicyMeta } from '../lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, hashes the inline code of every page and writes one policy into
 * each page's <meta> and into dist/_headers, so the two can never disagree and an
 * inline script added later is covered without anyone editing a list.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
        const inline = pages.map(({ html }) => findInlineCode(html));
        const metaPolicy = contentSecurityPolicy(inline, 'meta');
        await Promise.all(pages.map(({ file, html }) => writeFile(file, withPolicyMeta(html, metaPolicy))));
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(inline, 'header')));
        logger.info(`Content-Security-Policy in ${pages.length} pages and _headers`);
      },
    },
  };
}
