/**
 * A built page's inline code as a browser sees it: read through an HTML parser
 * (as tests/helpers/link-check.ts reads links), with element text and decoded
 * attribute values, which is what the browser hashes and runs. The build finds
 * inline code its own way (src/lib/csp.ts); the checks must not share it.
 */
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';

const window = new Window();

export function parse(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The content of each Content-Security-Policy <meta>, decoded. */
export function metaPolicies(html: string): string[] {
  return [...parse(html).querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '');
}

/** Script types a browser runs; data blocks such as JSON-LD are not scripts to CSP. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface ParsedInlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Inline event handlers and javascript: URLs, which no hash can allow. */
  forbidden: string[];
}

export function inlineCode(html: string): ParsedInlineCode {
  const doc = parse(html);
  const scripts = [...doc.querySelectorAll('script:not([src])')]
    .filter((script) => executableTypes.has((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((script) => script.textContent ?? '');
  const styles = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '');
  const styleAttributes: string[] = [];
  const forbidden: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value: attributeValue } of element.attributes) {
      const value = attributeValue ?? '';
      if (name === 'style') styleAttributes.push(value);
      // A browser drops tabs and newlines, and leading spaces and controls, before it reads a URL's scheme.
      else if (/^on/i.test(name) || /^javascript:/i.test(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))) {
        forbidden.push(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
      }
    }
  }
  return { scripts, styles, styleAttributes, forbidden };
}

/** The CSP source a browser accepts for exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
