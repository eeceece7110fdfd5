/**
 * What the image endpoints need from the project itself: the fonts, found from the
 * configured source folder rather than this module's own location (the build runs it
 * from a bundle under dist/), and the cache of drawn share images.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { publicDir, root, srcDir } from 'astro:config/server';
import { cached, hashOf } from './image-cache';
import { SHARE_IMAGE_SOURCES, shareFonts, shareImage, type ShareImageText } from './share-image';

export const fonts = () => shareFonts(new URL('assets/fonts/', srcDir));

const cacheDir = new URL('node_modules/.cache/share-images/', root);

let drawing: string | undefined;

/** A hash of everything but the text that decides how a share image looks. */
function drawingHash(): string {
  if (drawing) return drawing;
  const require = createRequire(new URL('package.json', root));
  const renderers = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const sources = SHARE_IMAGE_SOURCES.map((file) => readFileSync(new URL(`lib/${file}`, srcDir)));
  // mark.ts reads the mark's shape from the tab icon's drawing.
  sources.push(readFileSync(new URL('favicon.svg', publicDir)));
  drawing = hashOf(...renderers, ...sources, ...fonts().map((font) => new Uint8Array(font.data)));
  return drawing;
}

/** A share image, drawn only when no earlier build drew it from the same inputs. */
export function cachedShareImage(text: ShareImageText, source: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = hashOf(drawingHash(), text.site, text.title, text.footer);
  return cached(cacheDir, key, () => shareImage(text, { fonts: fonts(), source }));
}
