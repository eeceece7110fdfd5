/**
 * Finds every address a built page points at (links, assets, link-preview tags,
 * structured data) and says what is wrong with each: a missing page or file, a
 * missing #anchor, a new tab opened without noopener/noreferrer, a tracker.
 */
import { Window } from 'happy-dom';

export interface FoundLink {
  /** The page it was found on, e.g. "/aliexpress/". */
  from: string;
  /** Where on the page: "a[href]", "meta og:image", "JSON-LD"… */
  where: string;
  url: string;
  newTab: boolean;
  rel: string[];
}

/** Hosts that exist to track people; no page of a privacy guide should send anyone there. */
export const trackerHosts = [
  'google-analytics.com',
  'googletagmanager.com',
  'googleadservices.com',
  'googlesyndication.com',
  'doubleclick.net',
  'facebook.net',
  'connect.facebook.com',
  'pixel.facebook.com',
  'analytics.twitter.com',
  'ads-twitter.com',
  'bat.bing.com',
  'clarity.ms',
  'hotjar.com',
  'segment.io',
  'segment.com',
  'mixpanel.com',
  'amplitude.com',
  'fullstory.com',
  'quantserve.com',
  'scorecardresearch.com',
  'taboola.com',
  'outbrain.com',
  'criteo.com',
  'adnxs.com',
  'matomo.cloud',
  'plausible.io',
  's.click.aliexpress.com',
];

/** Query parameters that only exist to track a click. */
const trackingParams = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_eid|yclid|_ga|aff_\w+)$/i;

const isTracker = (host: string) => trackerHosts.some((t) => host === t || host.endsWith(`.${t}`));

function parse(html: string) {
  return new new Window().DOMParser().parseFromString(html, 'text/html');
}

/** Element ids and named anchors on a page: what a #fragment can point at. */
export function anchorsIn(html: string): Set<string> {
  const doc = parse(html);
  return new Set([...doc.querySelectorAll('[id], a[name]')].map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''));
}

/** Every URL in a JSON-LD value, wherever it sits. */
function jsonLdUrls(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === '@context' ? [] : jsonLdUrls(v)));
  }
  return [];
}

export function linksIn(path: string, html: string): FoundLink[] {
  const doc = parse(html);
  const found: FoundLink[] = [];
  const add = (where: string, url: string | null, newTab = false, rel = '') => {
    if (url !== null) found.push({ from: path, where, url, newTab, rel: rel.toLowerCase().split(/\s+/).filter(Boolean) });
  };
  for (const el of doc.querySelectorAll('a[href], area[href]')) {
    add(`${el.tagName.toLowerCase()}[href]`, el.getAttribute('href'), el.getAttribute('target') === '_blank', el.getAttribute('rel') ?? '');
  }
  for (const el of doc.querySelectorAll('link[href]')) add(`link[rel=${el.getAttribute('rel')}]`, el.getAttribute('href'));
  for (const el of doc.querySelectorAll('script[src], img[src], source[src], iframe[src], video[src], audio[src]')) {
    add(`${el.tagName.toLowerCase()}[src]`, el.getAttribute('src'));
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add('srcset', candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const el of doc.querySelectorAll('form[action]')) add('form[action]', el.getAttribute('action'));
  for (const el of doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
    const content = el.getAttribute('content') ?? '';
    if (/^https?:\/\//.test(content)) add(`meta ${el.getAttribute('property') ?? el.getAttribute('name')}`, content);
  }
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const url of jsonLdUrls(JSON.parse(el.textContent ?? 'null'))) add('JSON-LD', url);
  }
  return found;
}

export interface SiteFiles {
  /** The site's own origin, e.g. "https://delete-guides.example". */
  origin: string;
  /** The dist/ file that answers a path, or null. */
  fileFor(pathname: string): string | null;
  /** The anchors of a built HTML file. */
  anchorsOf(file: string): Set<string>;
}

/** What is wrong with each link, as sentences naming the page and the link; empty when all is well. */
export function linkProblems(links: readonly FoundLink[], site: SiteFiles): string[] {
  const problems: string[] = [];
  for (const link of links) {
    const at = `${link.from} (${link.where}) → ${link.url}`;
    if (link.url.trim() === '' || link.url === '#') {
      problems.push(`${at}: empty link target`);
      continue;
    }
    let url: URL;
    try {
      url = new URL(link.url, new URL(link.from, site.origin));
    } catch {
      problems.push(`${at}: not a valid address`);
      continue;
    }
    if (url.protocol === 'javascript:') {
      problems.push(`${at}: javascript: links run script and are blocked by the CSP`);
      continue;
    }
    if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
    if (url.origin === site.origin) {
      const file = site.fileFor(url.pathname);
      if (!file) {
        problems.push(`${at}: no page or file answers ${url.pathname}${url.pathname.endsWith('/') ? '' : ' (pages end with /)'}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !(file.endsWith('.html') && site.anchorsOf(file).has(fragment))) {
        problems.push(`${at}: ${url.pathname} has no element with id "${fragment}"`);
      }
      continue;
    }
    if (url.protocol !== 'https:') problems.push(`${at}: external links must use https`);
    if (isTracker(url.hostname)) problems.push(`${at}: ${url.hostname} is a tracker`);
    const params = [...url.searchParams.keys()].filter((key) => trackingParams.test(key));
    if (params.length > 0) problems.push(`${at}: tracking parameters ${params.join(', ')}`);
    if (link.newTab && !(link.rel.includes('noopener') && link.rel.includes('noreferrer'))) {
      problems.push(`${at}: opens a new tab without rel="noopener noreferrer"`);
    }
  }
  return problems;
}
