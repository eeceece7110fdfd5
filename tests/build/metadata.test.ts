import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileForPath, indexablePages, readBuilt } from '../helpers/built-site';
import { pngSize } from '../../src/lib/ico';
import { siteUrl } from '../../src/lib/site-url';
import { guideAsWritten } from '../helpers/guide-files';

const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
const docs = new Map(builtPages().map((p) => [p.path, parse(readBuilt(p.file))]));
const doc = (path: string) => {
  const found = docs.get(path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};
const meta = (path: string, key: string) =>
  doc(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

/** A built PNG behind a URL on the site, with its size. */
function builtPng(url: string) {
  const { origin, pathname } = new URL(url);
  expect(origin).toBe(new URL(siteUrl).origin);
  const file = fileForPath(pathname);
  expect(file, `${pathname} is built`).not.toBeNull();
  return pngSize(readFileSync(join(distDir, file ?? '')));
}

describe('page metadata', () => {
  const pages = builtPages();

  it.each(pages.map((p) => [p.path]))('%s has a language, a title and a description', (path) => {
    expect(doc(path).documentElement.getAttribute('lang')).toBe('en');
    expect(doc(path).title.trim()).not.toBe('');
    expect(meta(path, 'description')?.trim()).toBeTruthy();
  });

  it('no two pages share a title or a description', () => {
    const titles = pages.map((p) => doc(p.path).title);
    const descriptions = pages.map((p) => meta(p.path, 'description'));
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  it.each(indexablePages().map((p) => [p.path]))('%s has its canonical URL and a link preview with a built share image', (path) => {
    const canonical = new URL(path, siteUrl).href;
    expect(doc(path).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta(path, 'og:url')).toBe(canonical);
    expect(meta(path, 'og:title')).toBeTruthy();
    expect(meta(path, 'og:description')).toBe(meta(path, 'description'));
    expect(meta(path, 'og:image:alt')).toBeTruthy();
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
    expect(builtPng(meta(path, 'og:image') ?? '')).toEqual({ width: 1200, height: 630 });
    expect(meta(path, 'robots')).toBeNull();
  });

  it('the 404 page asks not to be indexed and claims no canonical address', () => {
    expect(meta('/404.html', 'robots')).toBe('noindex');
    expect(doc('/404.html').querySelector('link[rel="canonical"]')).toBeNull();
  });

  it("every guide page carries HowTo data matching its recommended route's steps, each step pointing at its anchor", () => {
    // A guide's address is its file name in content/guides (see the README).
    const guides = readdirSync('content/guides').map((file) => file.replace(/\.mdx$/, ''));
    expect(guides.length).toBeGreaterThan(0);
    for (const slug of guides) {
      const path = `/${slug}/`;
      const blocks = [...doc(path).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
      const howTo = blocks.find((b) => b['@type'] === 'HowTo');
      expect(howTo, `${path} has HowTo JSON-LD`).toBeDefined();
      expect(howTo.name).toBe(doc(path).querySelector('h1')?.textContent?.trim());
      expect(howTo.url).toBe(new URL(path, siteUrl).href);
      const recommended = doc(path).getElementById(`route-${guideAsWritten('content', slug).recommended.id}`)?.closest('section');
      const shown = [...(recommended?.querySelectorAll('h4[id^="step-"]') ?? [])].map((h) => [h.textContent?.trim(), new URL(`${path}#${h.id}`, siteUrl).href]);
      expect(shown.length, `${path} shows its steps`).toBeGreaterThan(0);
      expect(howTo.step.map((s: { position: number; name: string; url: string }) => [`Step ${s.position}: ${s.name}`, s.url])).toEqual(shown);
      expect(builtPng(howTo.image)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the sitemap lists every indexable page and nothing else', () => {
    const index = readBuilt('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => fileForPath(new URL(loc).pathname));
    const locs = sitemaps.flatMap((file) => [...readBuilt(file ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc));
    expect(locs.sort()).toEqual(indexablePages().map((p) => new URL(p.path, siteUrl).href).sort());
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readBuilt('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', siteUrl).href}`);
  });

  it('every page links a favicon, a home-screen icon and a web app manifest whose icons exist at their stated sizes', () => {
    for (const page of pages) {
      const head = doc(page.path).head;
      expect(head.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
      expect(head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe('/apple-touch-icon.png');
      expect(head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
    }
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(distDir, 'favicon.ico'))).toBe(true);
    expect(builtPng(new URL('/apple-touch-icon.png', siteUrl).href)).toEqual({ width: 180, height: 180 });
    const manifest = JSON.parse(readBuilt('manifest.webmanifest'));
    expect(manifest.name).toBeTruthy();
    expect(manifest.start_url).toBe('/');
    const pngIcons = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
    expect(pngIcons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of pngIcons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(builtPng(new URL(icon.src, siteUrl).href)).toEqual({ width, height });
    }
  });
});
