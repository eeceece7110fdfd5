import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site-url';
import { builtPages, distDir, fileForPath, readBuilt } from '../helpers/built-site';
import { anchorsIn, linkProblems, linksIn, type FoundLink } from '../helpers/link-check';

const origin = new URL(siteUrl).origin;
const anchors = new Map<string, Set<string>>();
const site = {
  origin,
  fileFor: fileForPath,
  anchorsOf(file: string) {
    let ids = anchors.get(file);
    if (!ids) anchors.set(file, (ids = anchorsIn(readBuilt(file))));
    return ids;
  },
};

/** Addresses listed outside the pages: sitemaps, robots.txt, the web app manifest. */
function linksInOtherFiles(): FoundLink[] {
  const found: FoundLink[] = [];
  const add = (from: string, where: string, url: string) => found.push({ from, where, url, newTab: false, rel: [] });
  for (const file of readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f))) {
    for (const [, loc = ''] of readBuilt(file).matchAll(/<loc>([^<]+)<\/loc>/g)) add(`/${file}`, 'loc', loc);
  }
  for (const [, url = ''] of readBuilt('robots.txt').matchAll(/^Sitemap:\s*(\S+)/gim)) add('/robots.txt', 'Sitemap', url);
  const manifest: unknown = JSON.parse(readBuilt('manifest.webmanifest'));
  if (manifest && typeof manifest === 'object' && 'icons' in manifest && Array.isArray(manifest.icons)) {
    for (const icon of manifest.icons as { src?: unknown }[]) add('/manifest.webmanifest', 'icons', String(icon.src));
  }
  return found;
}

describe('links in the built site', () => {
  const pages = builtPages();

  it.each(pages.map((p) => [p.path, p.file]))('%s: every link, asset and #anchor resolves, and external links are safe', (path, file) => {
    const links = linksIn(path, readBuilt(file));
    expect(links.length).toBeGreaterThan(0);
    expect(linkProblems(links, site)).toEqual([]);
  });

  it('sitemaps, robots.txt and the manifest point only at files that exist', () => {
    const links = linksInOtherFiles();
    expect(links.filter((l) => l.where === 'loc').length).toBeGreaterThan(0);
    expect(linkProblems(links, site)).toEqual([]);
  });
});
