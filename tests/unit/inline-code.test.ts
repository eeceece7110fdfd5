import { describe, expect, it } from 'vitest';
import { hashSource, inlineCode, metaPolicies } from '../helpers/inline-code';

describe('inline code as the security checks read it', () => {
  it('finds handlers and javascript: URLs however the markup quotes or spaces them', () => {
    const html = `<!doctype html><body>
      <button onclick='go()'>a</button><button ONMOUSEOVER=go()>b</button>
      <a href=" javascript:go()">c</a><a href='java\tscript:go()'>d</a><a href="/ok/">e</a>`;
    expect(inlineCode(html).forbidden).toEqual([
      '<button onclick="go()">',
      '<button onmouseover="go()">',
      '<a href=" javascript:go()">',
      '<a href="java\tscript:go()">',
    ]);
  });

  it('reads a style attribute as the browser hashes it, with its entities decoded', () => {
    const { styleAttributes } = inlineCode('<p style="font-family: &quot;Serif&quot;">x</p><p style=\'color: red\'>y</p>');
    expect(styleAttributes).toEqual(['font-family: "Serif"', 'color: red']);
  });

  it('takes executable scripts only, with their text as written', () => {
    const html = `<head><script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script>
      <script src="/x.js"></script><style>p{color:red}</style></head>`;
    expect(inlineCode(html)).toMatchObject({ scripts: ['a()', 'b()'], styles: ['p{color:red}'] });
  });

  it('reads the policy <meta> whatever its case and quoting, decoded', () => {
    const html = `<head><meta HTTP-EQUIV=Content-Security-Policy content='script-src &#39;self&#39;'></head>`;
    expect(metaPolicies(html)).toEqual(["script-src 'self'"]);
  });

  it('hashes as CSP does: SHA-256 of the UTF-8 text, in base64', () => {
    // The same as: printf 'alert(1)' | openssl sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
