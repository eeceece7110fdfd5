/**
 * The site's address on paper. Built without SITE_URL (as `npm test` builds),
 * no page shows the placeholder origin to readers; built with it, the printed
 * checklist carries the guide's real address and a QR code of exactly that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';
import { placeholderSiteUrl } from '../../src/lib/site-url';
import { builtPages, readBuilt } from '../helpers/built-site';
import { testSiteDist, testSiteUrl } from '../helpers/test-site.mjs';

const placeholderHost = new URL(placeholderSiteUrl).host;

function parse(html: string) {
  return new new Window().DOMParser().parseFromString(html, 'text/html');
}

/** What a reader can see or follow on a page: its body's text, links and labels (the head keeps canonical URLs). */
function shown(html: string): string {
  const body = parse(html).body;
  const attributes = [...body.querySelectorAll('[href], [src], [aria-label], [title], [alt]')].flatMap((el) =>
    ['href', 'src', 'aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [body.textContent ?? '', ...attributes].join('\n');
}

describe('the built site (npm test builds it without SITE_URL)', () => {
  const configured = process.env.SITE_URL || undefined;

  it('shows the placeholder address on no page, printed checklist included', () => {
    const pages = builtPages();
    expect(pages.some((p) => p.path.endsWith('/checklist/'))).toBe(true);
    for (const page of pages) {
      expect(shown(readBuilt(page.file)), page.path).not.toContain(placeholderHost);
    }
  });

  it('prints a checklist with neither an address nor a QR code when it knows no address, and both when it does', () => {
    const doc = parse(readBuilt('aliexpress/checklist/index.html'));
    const address = doc.querySelector('.checklist-address')?.textContent;
    if (configured) {
      expect(address).toBe(new URL('/aliexpress/', configured).href);
      expect(doc.querySelector('.checklist-qr svg')).not.toBeNull();
    } else {
      expect(address).toBeUndefined();
      expect(doc.querySelector('.checklist-qr')).toBeNull();
    }
  });
});

describe('the site built with SITE_URL (the test site is)', () => {
  it('prints the guide’s real address and a QR code of exactly that address', async () => {
    const doc = parse(readFileSync(join(testSiteDist, 'bramblebox/checklist/index.html'), 'utf8'));
    const address = new URL('/bramblebox/', testSiteUrl).href;
    expect(doc.querySelector('.checklist-address')?.textContent).toBe(address);
    expect(doc.querySelector('.checklist-qr')?.getAttribute('aria-label')).toContain(address);
    // The modules of the code, drawn as one path: the same as a QR code made for the address itself.
    const modules = (html: string) => parse(html).querySelector('path[stroke]')?.getAttribute('d');
    const expected = modules(await qrSvg(address));
    expect(modules(doc.querySelector('.checklist-qr')?.innerHTML ?? '')).toBe(expected);
    expect(expected).toMatch(/^M\d/);
  });
});
