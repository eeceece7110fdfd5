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
 * After the build, hashes the inline code of every page: each page's <meta>
 * allows that page's own code and nothing else, and dist/_headers allows what
 * every page has, so a page passes both and an inline script added later is
 * covered without anyone editing a list. A page's own hashes keep its policy
 * short (each page inlines its own stylesheet) and strict.
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
        await Promise.all(
          pages.map(({ file, html }, i) => writeFile(file, withPolicyMeta(html, contentSecurityPolicy(inline.slice(i, i + 1), 'meta')))),
        );
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(inline, 'header')));
        logger.info(`Content-Security-Policy in ${pages.length} pages and _headers`);
      },
    },
  };
}
