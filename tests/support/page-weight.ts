import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

/**
 * What a browser must fetch to show a built page before the reader does
 * anything, counted from the files in dist/: the HTML, its stylesheets, its
 * module scripts with every module they import statically, images and fonts.
 * Code loaded by a dynamic import() waits for intent and is not counted.
 * Icons are left out: browsers fetch them after load, and only once a site.
 */

export interface Resource {
  path: string;
  kind: 'html' | 'css' | 'js' | 'image' | 'font';
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  resources: Resource[];
  requests: number;
  raw: number;
  gzip: number;
  /** Script that runs before interaction: external modules plus inline scripts, gzip. */
  jsGzip: number;
  /** Bytes of inline script within the HTML (already part of the HTML's size). */
  inlineJsRaw: number;
  fonts: number;
}

/** Bytes after gzip -9, the measure every budget and the benchmark use. */
export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function fileFor(dist: string, url: string): string {
  const path = new URL(url, 'http://site.invalid/').pathname;
  return join(dist, decodeURIComponent(path));
}

/**
 * Static `import … from "./x.js"` and `import "./x.js"` in a built module; never dynamic import().
 * Built modules import by path, so only a path counts: a string such as the dictionary's
 * `"data.import":"…"` is not an import.
 */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?["']((?:\.{1,2}\/|\/)[^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** A built page's HTML: "/aliexpress/" is dist/aliexpress/index.html. */
function readPage(dist: string, page: string): string {
  return readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
}

export function pageWeight(dist: string, page: string): PageWeight {
  const html = readPage(dist, page);
  const { document } = new Window({ url: 'http://site.invalid/' });
  document.write(html);

  const resources: Resource[] = [{ path: page, kind: 'html', raw: Buffer.byteLength(html), gzip: gz(html) }];
  const seen = new Set<string>([page]);
  const add = (url: string, kind: Resource['kind']): string | undefined => {
    const path = new URL(url, `http://site.invalid${page}`).pathname;
    if (seen.has(path)) return undefined;
    seen.add(path);
    const file = fileFor(dist, path);
    if (!existsSync(file)) throw new Error(`${page} refers to ${path}, which is not in ${dist}`);
    const data = readFileSync(file);
    resources.push({ path, kind, raw: data.length, gzip: gz(data) });
    return data.toString('utf8');
  };

  const addModule = (url: string, base: string) => {
    const path = new URL(url, `http://site.invalid${base}`).pathname;
    const code = add(path, 'js');
    if (code === undefined) return;
    for (const dep of staticImports(code)) addModule(dep, path);
  };

  let inlineJs = '';
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = script.getAttribute('type') ?? '';
    if (src) addModule(src, page);
    else if (type === '' || type === 'module' || type === 'text/javascript') {
      const code = script.textContent ?? '';
      inlineJs += code;
      if (type === 'module') for (const dep of staticImports(code)) addModule(dep, page);
    }
  }
  for (const link of document.querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"]')) {
    const href = link.getAttribute('href');
    if (!href) continue;
    const rel = link.getAttribute('rel') ?? '';
    if (rel.includes('modulepreload')) addModule(href, page);
    else {
      const css = add(href, rel.includes('stylesheet') ? 'css' : 'font');
      if (css && rel.includes('stylesheet')) {
        for (const match of css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) {
          if (match[1]) add(match[1], 'font');
        }
      }
    }
  }
  for (const img of document.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src');
    if (src && !src.startsWith('data:')) add(src, 'image');
  }

  const js = resources.filter((r) => r.kind === 'js');
  return {
    page,
    resources,
    requests: resources.length,
    raw: resources.reduce((sum, r) => sum + r.raw, 0),
    gzip: resources.reduce((sum, r) => sum + r.gzip, 0),
    jsGzip: js.reduce((sum, r) => sum + r.gzip, 0) + (inlineJs ? gz(inlineJs) : 0),
    inlineJsRaw: Buffer.byteLength(inlineJs),
    fonts: resources.filter((r) => r.kind === 'font').length,
  };
}

/**
 * Parts of a built page that can be told apart in its HTML, each with the
 * gzip bytes the page would lose without it (so the numbers do not add up to
 * the page: gzip shares repeated text between parts). Astro's output is
 * regular enough for patterns; what none of them matches is text and markup.
 */
const parts: [name: string, pattern: RegExp][] = [
  ['CSS (inline <style>)', /<style\b[^>]*>[\s\S]*?<\/style>/g],
  ['scripts that run before first paint (theme, saved ticks)', /<script>[\s\S]*?<\/script>/g],
  ['controls that answer at once (inline module)', /<script type="module">[\s\S]*?<\/script>/g],
  ['HowTo JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
  ['CSP <meta>', /<meta http-equiv="content-security-policy"[^>]*>/g],
  ['Open Graph and Twitter tags', /<meta (?:property|name)="(?:og|twitter):[^>]*>/g],
  ['inline SVG icons', /<svg\b[\s\S]*?<\/svg>/g],
  ["the progress items handed over", / data-progress-items="[^"]*"/g],
];

export interface PagePart {
  name: string;
  /** Gzip bytes the page loses without this part; for the last part, what is left, text and markup. */
  gzip: number;
}

export function pageParts(dist: string, page: string): PagePart[] {
  const html = readPage(dist, page);
  const whole = gz(html);
  const measured = parts.map(([name, pattern]) => ({ name, gzip: whole - gz(html.replace(pattern, '')) }));
  const rest = parts.reduce((left, [, pattern]) => left.replace(pattern, ''), html);
  return [...measured, { name: 'what is left without all of the above: text and markup (its own size)', gzip: gz(rest) }];
}
