/**
 * The site's security policy, in one place. The build (integrations/security-headers.ts)
 * hashes every inline script and style it finds in the built pages, then writes the
 * same policy into each page's <meta http-equiv> and into dist/_headers, so an
 * inline script someone adds later is allowed by its hash and nothing else is.
 *
 * Pure string work on built HTML: Astro's output is regular enough that a script's
 * text is exactly what sits between its tags, which is what the browser hashes.
 */
import { createHash } from 'node:crypto';

/** What a page carries inline, exactly as the browser will hash it. */
export interface InlineCode {
  /** Text of each inline script the browser executes (classic or module). */
  scripts: string[];
  /** Text of each <style> element. */
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
  /** Inline event handlers (onclick="…") and javascript: URLs: no hash can allow them, so none may exist. */
  forbidden: string[];
}

/** Script types the browser runs; JSON-LD and other data blocks are not executed, so CSP ignores them. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Every inline script, style and handler in a built page. */
export function findInlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const [, tag = '', text = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    if (attribute(tag, 'src') !== undefined) continue;
    const type = (attribute(tag, 'type') ?? '').trim().toLowerCase();
    if (executableTypes.has(type)) scripts.push(text);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) => text);
  // Attributes only inside tags, and never inside a script or style's text.
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1</$2>');
  const tags = markup.match(/<[a-z][^>]*>/gi) ?? [];
  const styleAttributes: string[] = [];
  const forbidden: string[] = [];
  for (const tag of tags) {
    for (const [, name = '', value = ''] of tag.matchAll(/\s([a-z-]+)\s*=\s*"([^"]*)"/gi)) {
      const lower = name.toLowerCase();
      if (lower === 'style') styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(lower)) forbidden.push(`${name}="${value}"`);
      else if (/^\s*javascript:/i.test(value)) forbidden.push(`${name}="${value}"`);
    }
  }
  return { scripts, styles, styleAttributes, forbidden };
}

/** The CSP source expression for a piece of inline code. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The policy for pages whose inline code is `inline` (one page, or every page at once).
 * `delivery` matters because a <meta> policy may not carry frame-ancestors: Chromium
 * ignores it there and logs an error, so only the header adds it.
 */
export function contentSecurityPolicy(inline: readonly InlineCode[], delivery: 'meta' | 'header'): string {
  const scriptHashes = sortedUnique(inline.flatMap((code) => code.scripts).map(hashSource));
  const styleHashes = sortedUnique(inline.flatMap((code) => code.styles).map(hashSource));
  const attributeHashes = sortedUnique(inline.flatMap((code) => code.styleAttributes).map(hashSource));
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind's search runs as WebAssembly; 'wasm-unsafe-eval' allows compiling it and does not allow eval().
    // 'report-sample' puts the start of blocked code in violation reports, so a failing check shows what was blocked.
    ['script-src', "'self'", "'wasm-unsafe-eval'", "'report-sample'", ...scriptHashes],
    ['style-src', "'self'", "'report-sample'", ...styleHashes, ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : [])],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Adds the policy as the first thing after <meta charset>, so it governs every script that follows. */
export function withPolicyMeta(html: string, policy: string): string {
  if (html.includes('http-equiv="content-security-policy"')) throw new Error('page already has a Content-Security-Policy meta');
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('page has no <head> to put its Content-Security-Policy in');
  return html.replace(head[0], `${head[0]}${meta}`);
}

/** Powerful features the site never uses, switched off for it and anything it might embed. */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The _headers file Netlify and Cloudflare Pages read: security headers everywhere, long caching for hashed assets. */
export function headersFile(headerPolicy: string): string {
  return [
    '# Generated by the build from src/lib/csp.ts; edit that, not this file.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `  Permissions-Policy: ${permissionsPolicy}`,
    '  Cross-Origin-Opener-Policy: same-origin',
    '  X-Frame-Options: DENY',
    '',
    '# File names under /_astro/ change whenever their content does.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
