import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

let site: string | undefined;

/** A built site of the given pages (path → HTML), then the integration's build-done step over it, as `astro build` runs it. */
async function buildDone(pages: Record<string, string>): Promise<{ site: string; logged: string[] }> {
  site = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const hook = pagefindIndex().hooks['astro:build:done'];
  // Only what the step reads: where the build wrote the site, and a logger.
  await hook?.({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<BuildDone>[0]);
  return { site, logged };
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('the search index, made by every astro build', () => {
  it('indexes the marked pages of the built site into its pagefind/ folder', async () => {
    const { site, logged } = await buildDone({
      'index.html': page('<main>Home, not indexed</main>'),
      'bramblebox/index.html': page('<main data-pagefind-body><h1>Close your Bramblebox lockers</h1></main>'),
    });
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    const entry: unknown = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry).toMatchObject({ languages: { en: { page_count: 1 } } });
    expect(logged).toEqual(['Search index in pagefind/, from 2 HTML files']);
  }, 30_000);

  it('stops the build when there is no page to index, rather than ship an empty search', async () => {
    await expect(buildDone({ 'robots.txt': 'User-agent: *' })).rejects.toThrow('Pagefind could not find a page to index: no HTML file in');
  }, 30_000);
});
