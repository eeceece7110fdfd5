import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, css: readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));

/** Each innermost rule of a stylesheet as "selector { declarations }", whitespace collapsed. */
function rules(css: string): string[] {
  return [...css.matchAll(/([^{};]+)\{([^{}]*)\}/g)].map(([, selector = '', body = '']) =>
    `${selector.trim().replace(/\s+/g, ' ')} { ${body.trim().replace(/\s+/g, ' ')} }`,
  );
}

describe('the stylesheets in src/', () => {
  it('are found', () => {
    expect(sheets.map((s) => s.file)).toContain(join('styles', 'global.css'));
  });

  it('write no rule twice in one file', () => {
    for (const { file, css } of sheets) {
      const seen = rules(css);
      expect(seen.filter((rule, i) => seen.indexOf(rule) !== i), file).toEqual([]);
    }
  });

  it('hide text visually only through Tailwind’s sr-only, never by hand', () => {
    // clip-path: inset(50%) is the heart of the visually-hidden pattern; sr-only carries it.
    const byHand = sheets.filter(({ css }) => /clip(-path)?\s*:\s*(inset\(50%\)|rect\()/.test(css)).map((s) => s.file);
    expect(byHand).toEqual([]);
  });
});
