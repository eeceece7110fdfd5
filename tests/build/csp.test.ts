import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../helpers/built-site';
import { hashSource, inlineCode, metaPolicies, parse } from '../helpers/inline-code';

/*
 * These checks read each page as a browser does, through an HTML parser
 * (tests/helpers/inline-code.ts), so they do not share the build's own way of
 * finding inline code (src/lib/csp.ts) and its blind spots.
 */

function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1) ?? [];
}

const headers = readBuilt('_headers');
/** The header lines of one path rule in _headers. */
function rule(path: string): Map<string, string> {
  const block = headers.split(/\n(?=\S)/).find((b) => b.split('\n')[0]?.trim() === path) ?? '';
  const lines = block.split('\n').slice(1).filter((l) => /^\s+\S/.test(l));
  return new Map(lines.map((l) => l.trim().split(/:\s(.*)/s) as [string, string]).map(([k, v]) => [k.toLowerCase(), v]));
}

describe('Content-Security-Policy of every built page', () => {
  it.each(builtPages().map((p) => [p.path, p.file]))('%s: allows only its own origin and its own hashed inline code', (_, file) => {
    const html = readBuilt(file);
    const policies = metaPolicies(html);
    expect(policies, 'exactly one CSP <meta>').toHaveLength(1);
    const policy = policies[0] ?? '';

    // A policy only governs what comes after it.
    const first = parse(html).querySelector('meta[http-equiv], script, style, link[rel~="stylesheet"]');
    expect(first?.getAttribute('http-equiv')?.toLowerCase(), 'the CSP <meta> comes before any script or style').toBe('content-security-policy');

    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'img-src', 'connect-src', 'font-src']) {
      const sources = directive(policy, name);
      expect(sources, name).toContain("'self'");
      expect(sources.filter((s) => !/^'(self|wasm-unsafe-eval|report-sample|unsafe-hashes|sha256-[A-Za-z0-9+/=]+)'$/.test(s)), `${name} allows only 'self' and hashes`).toEqual([]);
    }
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'none'"]);

    const inline = inlineCode(html);
    expect(inline.forbidden, 'inline event handlers and javascript: URLs cannot be allowed by a hash').toEqual([]);
    const scriptSources = directive(policy, 'script-src');
    for (const script of inline.scripts) expect(scriptSources, `inline script not covered:\n${script.slice(0, 200)}`).toContain(hashSource(script));
    const styleSources = directive(policy, 'style-src');
    for (const style of [...inline.styles, ...inline.styleAttributes]) expect(styleSources, `inline style not covered: ${style.slice(0, 200)}`).toContain(hashSource(style));
  });

  it('dist/_headers sends a policy that every page passes, with the headers a browser needs to stay strict', () => {
    const all = rule('/*');
    const header = all.get('content-security-policy') ?? '';
    // frame-ancestors only works as a header; a <meta> carrying it makes Chromium log an error.
    expect(directive(header, 'frame-ancestors')).toEqual(["'none'"]);
    const withoutHashes = (policy: string) => policy.replace(/ 'sha256-[^']+'/g, '').replace(/; frame-ancestors 'none'$/, '');
    for (const page of builtPages()) {
      const meta = metaPolicies(readBuilt(page.file))[0] ?? '';
      // Browsers enforce both policies, so the header must allow every hash the page's own policy allows.
      expect(withoutHashes(header), page.path).toBe(withoutHashes(meta));
      for (const name of ['script-src', 'style-src']) {
        const allowed = directive(header, name);
        for (const source of directive(meta, name)) expect(allowed, `${page.path} ${name}`).toContain(source);
      }
    }
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('no-referrer');
    const permissions = all.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(rule('/_astro/*').get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  });

  it.each(builtPages().map((p) => [p.path, p.file]))('%s: its policy allows no other page\'s inline code', (_, file) => {
    const html = readBuilt(file);
    const policy = metaPolicies(html)[0] ?? '';
    const inline = inlineCode(html);
    const own = new Set([...inline.scripts, ...inline.styles, ...inline.styleAttributes].map(hashSource));
    const hashes = [...directive(policy, 'script-src'), ...directive(policy, 'style-src')].filter((s) => s.startsWith("'sha256-"));
    expect(hashes.filter((hash) => !own.has(hash))).toEqual([]);
  });
});
