import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../src/lib/share-image';
import { builtPages, distDir, readBuilt } from '../helpers/built-site';
import { decodePng, iconProblems, shareImageProblems } from '../support/image-pixels';

// builtPages() stops with a clear message when there is no build to check.
builtPages();
const pngs = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.png'))
  .map((file) => file.split(sep).join('/'))
  .sort();

/** Icons a launcher may crop to a circle or squircle: the manifest's maskable ones, and Apple's, which iOS rounds itself. */
const maskable = new Set(['apple-touch-icon.png']);
for (const icon of JSON.parse(readBuilt('manifest.webmanifest')).icons as { src: string; purpose?: string }[]) {
  if (icon.purpose?.split(' ').includes('maskable')) maskable.add(icon.src.replace(/^\//, ''));
}

describe('every image the build drew looks right', () => {
  it('there are share images for the site and each guide, and icons', () => {
    expect(pngs).toEqual(expect.arrayContaining(['share.png', 'aliexpress/share.png', 'apple-touch-icon.png', 'icon-512.png']));
  });

  it.each(pngs)('%s', (file) => {
    const image = decodePng(readFileSync(join(distDir, file)));
    if (image.width === SHARE_WIDTH && image.height === SHARE_HEIGHT) expect(shareImageProblems(image)).toEqual([]);
    else if (image.width === image.height) expect(iconProblems(image, { maskable: maskable.has(file) })).toEqual([]);
    else throw new Error(`${file} is ${image.width}×${image.height}: neither a share image nor a square icon`);
  });

  it('favicon.ico holds the mark', () => {
    const ico = readFileSync(join(distDir, 'favicon.ico'));
    expect(iconProblems(decodePng(ico.subarray(22)), { maskable: false })).toEqual([]);
  });
});
