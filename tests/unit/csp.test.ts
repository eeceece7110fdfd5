import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, findInlineCode, hashSource, headersFile, withPolicyMeta } from '../../src/lib/csp';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a = 1;</script><script type="module">import '/x.js';</script>
<script src="/_astro/app.js"></script><script type="application/ld+json">{"@type":"HowTo"}</script>
<style>p{color:red}</style></head><body><p style="width: 40%">x</p></body></html>`;

describe('finding inline code', () => {
  it('finds the scripts a browser runs, and skips external scripts and data blocks', () => {
    const found = findInlineCode(page);
    expect(found.scripts).toEqual(['var a = 1;', "import '/x.js';"]);
    expect(found.styles).toEqual(['p{color:red}']);
    expect(found.styleAttributes).toEqual(['width: 40%']);
    expect(found.forbidden).toEqual([]);
  });

  it('reports inline event handlers and javascript: URLs, which no hash can allow', () => {
    const found = findInlineCode('<button onclick="go()">x</button><a href="javascript:go()">y</a><script>var onclick="x"</script>');
    expect(found.forbidden).toEqual(['onclick="go()"', 'href="javascript:go()"']);
  });
});

describe('the policy', () => {
  it('hashes as browsers do (SHA-256, base64)', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('allows only its own origin and the hashes of the inline code it was given', () => {
    const policy = contentSecurityPolicy([findInlineCode(page)], 'meta');
    expect(policy).toMatch(/^default-src 'self'; /);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'report-sample' ${[hashSource('var a = 1;'), hashSource("import '/x.js';")].sort().join(' ')};`);
    expect(policy).toContain(`style-src 'self' 'report-sample' ${hashSource('p{color:red}')} 'unsafe-hashes' ${hashSource('width: 40%')};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('puts each hash in once, however many pages share the script', () => {
    const policy = contentSecurityPolicy([findInlineCode(page), findInlineCode(page)], 'meta');
    expect(policy.split(hashSource('var a = 1;')).length).toBe(2);
  });

  it('adds frame-ancestors only to the header, where browsers honour it', () => {
    expect(contentSecurityPolicy([], 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], 'header')).toMatch(/; frame-ancestors 'none'$/);
  });
});

describe('delivering it', () => {
  it('puts the <meta> right after the charset, before any script', () => {
    const html = withPolicyMeta(page, "default-src 'self'");
    expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'">`);
    expect(() => withPolicyMeta(html, 'x')).toThrow(/already has/);
    expect(() => withPolicyMeta('<p>no head</p>', 'x')).toThrow(/no <head>/);
  });

  it('writes a _headers file with the policy, the other security headers and long caching for hashed assets', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'$/m);
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toContain('  Referrer-Policy: no-referrer');
    expect(file).toMatch(/ {2}Permissions-Policy: .*camera=\(\)/);
    expect(file).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
