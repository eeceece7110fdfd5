import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';

const src = join(import.meta.dirname, '../../src');

/** Every source file but the dictionary itself: where an interface string can be asked for. */
const code = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith(join('i18n', 'ui.ts')))
  .map((file) => readFileSync(join(src, file), 'utf8'))
  .join('\n');

/** Keys built at run time, e.g. t(`guide.difficulty.${difficulty}`), count every key under their prefix as used. */
const dynamicPrefixes = [...code.matchAll(/`([a-z][\w.]*\.)\$\{/g)].map(([, prefix = '']) => prefix);

describe('the interface strings', () => {
  it('finds the keys built at run time', () => {
    expect(dynamicPrefixes).toContain('guide.difficulty.');
  });

  it('holds no string the interface never shows', () => {
    const unused = Object.keys(ui).filter(
      (key) => !new RegExp(`['"\`]${key.replaceAll('.', '\\.')}['"\`]`).test(code) && !dynamicPrefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
