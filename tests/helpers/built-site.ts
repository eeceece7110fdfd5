/**
 * The built site as the checks see it: every HTML page found in dist/, so pages
 * added later (search, checklist, new guides) are checked without anyone listing them.
 * The functions read the real site's dist/ unless given another build's folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const distDir = resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** Path under dist/, e.g. "aliexpress/index.html". */
  file: string;
  /** The address a browser asks for, e.g. "/aliexpress/" or "/404.html". */
  path: string;
}

function assertBuilt(dir: string) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${relative(process.cwd(), dir)}/index.html is missing: run \`npm run build\` before these checks (npm test does both).`);
  }
}

/** Every HTML page in dist/, home first, then by address. */
export function builtPages(dir = distDir): BuiltPage[] {
  assertBuilt(dir);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }))
    .sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.path.localeCompare(b.path)));
}

/** Whether a built page asks search engines not to index it (the 404 page, the report pages). */
export function asksNotToBeIndexed(page: BuiltPage, dir = distDir): boolean {
  return /<meta name="robots" content="noindex"/.test(readFileSync(join(dir, page.file), 'utf8'));
}

/** Pages that search engines may index: each has a canonical address and is in the sitemap. */
export function indexablePages(dir = distDir): BuiltPage[] {
  return builtPages(dir).filter((page) => !asksNotToBeIndexed(page, dir));
}

export function readBuilt(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/**
 * The dist/ file a site path is served from, or null when nothing answers it. The site
 * uses trailing slashes, so "/aliexpress" (no slash) does not count as "/aliexpress/".
 */
export function fileForPath(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const file = join(distDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (relative(distDir, file).startsWith('..')) return null;
  return existsSync(file) && statSync(file).isFile() ? relative(distDir, file).split(sep).join('/') : null;
}
