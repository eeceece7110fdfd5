/**
 * The pictures the build draws from site data: the link-preview image for each page
 * (1200×630, the size Open Graph and Twitter cards expect) and the app icons.
 *
 * satori lays the share image out and shapes its text with the font files in
 * src/assets/fonts/ (turning every letter into a path), and resvg turns that SVG into a
 * PNG. resvg is given no fonts and told not to look for the system's, so an image comes
 * out the same on every machine.
 *
 * The build keeps drawn share images in node_modules/.cache/share-images/ under a hash of
 * their text, the fonts, the renderers' versions and the source of the files listed in
 * SHARE_IMAGE_SOURCES (src/lib/share-assets.ts); a unit test checks that list against
 * this file's imports.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { brand } from './brand';
import { markSvg } from './mark';

/** This file and the files it draws with, relative to src/lib/: a change to any of them redraws every image. */
export const SHARE_IMAGE_SOURCES = ['share-image.ts', 'brand.ts', 'mark.ts'] as const;

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The frame around everything drawn: it holds nothing but the background colour. */
export const SHARE_MARGIN = { x: 80, y: 64 } as const;

export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 32;
const CONTENT_WIDTH = SHARE_WIDTH - 2 * SHARE_MARGIN.x;
const HEADER_HEIGHT = 72;
const FOOTER_HEIGHT = 40;

/**
 * The three boxes everything is drawn in, top to bottom: the mark and site name, the
 * headline (its text is fitted into this box) and the footer line. Between and around
 * them is only background.
 */
export const SHARE_AREAS: Record<'header' | 'headline' | 'footer', Area> = {
  header: { left: SHARE_MARGIN.x, top: SHARE_MARGIN.y, width: CONTENT_WIDTH, height: HEADER_HEIGHT },
  headline: {
    left: SHARE_MARGIN.x,
    top: SHARE_MARGIN.y + HEADER_HEIGHT + GAP,
    width: CONTENT_WIDTH,
    height: SHARE_HEIGHT - 2 * SHARE_MARGIN.y - HEADER_HEIGHT - FOOTER_HEIGHT - 2 * GAP,
  },
  footer: { left: SHARE_MARGIN.x, top: SHARE_HEIGHT - SHARE_MARGIN.y - FOOTER_HEIGHT, width: CONTENT_WIDTH, height: FOOTER_HEIGHT },
};
const HEADLINE_AREA = SHARE_AREAS.headline;

/** Headline sizes in pixels, tried largest first until the title fits. */
const HEADLINE_SIZES = [80, 72, 64, 58, 52, 46, 40] as const;
const HEADLINE_LINE_HEIGHT = 1.12;

/**
 * Inter, cut by Fontsource into one file per script and weight. satori keeps one font
 * per family and weight, so each script is a family of its own, listed in this order
 * as fallbacks.
 */
const FONT_SCRIPTS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
const FONT_WEIGHTS = [500, 700] as const;
const FONT_FAMILY = FONT_SCRIPTS.map((script) => `Inter ${script}`).join(', ');
export const FONT_COVERAGE = 'Latin, Latin Extended, Cyrillic, Greek and Vietnamese';

const loadedFonts = new Map<string, Font[]>();

/**
 * The share image's fonts from `dir`, read once per build. satori caches what it parses
 * by the font's data, so handing it the same buffers every time parses each font once.
 */
export function shareFonts(dir: URL): Font[] {
  const cached = loadedFonts.get(dir.href);
  if (cached) return cached;
  const fonts = FONT_WEIGHTS.flatMap((weight) =>
    FONT_SCRIPTS.map((script): Font => {
      const file = new URL(`inter-${script}-${weight}-normal.woff`, dir);
      try {
        return { name: `Inter ${script}`, weight, style: 'normal', data: readFileSync(file) };
      } catch (error) {
        throw new Error(`The share image font ${file.pathname} could not be read (${String(error)}); it belongs in the repository.`);
      }
    }),
  );
  loadedFonts.set(dir.href, fonts);
  return fonts;
}

/** The one-element subset of JSX satori reads: a tag, a style and children. */
interface Box {
  type: 'div' | 'img';
  key?: string;
  props: { style: Record<string, string | number>; children?: (Box | string)[] | string; src?: string; width?: number; height?: number };
}

const div = (style: Box['props']['style'], children: Box['props']['children'], key?: string): Box => ({ type: 'div', key, props: { style, children } });

const markDataUri = `data:image/svg+xml;base64,${Buffer.from(markSvg({ square: brand.accent, tick: brand.onAccent })).toString('base64')}`;

export interface ShareImageText {
  /** Site name, beside the mark. */
  site: string;
  /** The page's headline. */
  title: string;
  /** A short line along the bottom. */
  footer: string;
}

interface HeadlineFit {
  size: number;
  /** Last resort for a title too long even at the smallest size: break inside words and cut with an ellipsis. */
  squeeze: boolean;
}

function layout({ site, title, footer }: ShareImageText, fit: HeadlineFit): Box {
  const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
  const headline: Box['props']['style'] = {
    fontSize: fit.size,
    fontWeight: 700,
    lineHeight: HEADLINE_LINE_HEIGHT,
    letterSpacing: '-0.01em',
    textWrap: 'balance',
  };
  if (fit.squeeze) {
    Object.assign(headline, {
      // Balancing would spread the lines as if the clamped text were all there, leaving them short.
      textWrap: 'wrap',
      overflowWrap: 'anywhere',
      lineClamp: Math.floor(HEADLINE_AREA.height / (fit.size * HEADLINE_LINE_HEIGHT)),
      textOverflow: 'ellipsis',
    });
  }
  return div(
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      boxSizing: 'border-box',
      padding: `${SHARE_MARGIN.y}px ${SHARE_MARGIN.x}px`,
      display: 'flex',
      flexDirection: 'column',
      gap: GAP,
      background: brand.surface,
      color: brand.text,
      fontFamily: FONT_FAMILY,
    },
    [
      div({ display: 'flex', alignItems: 'center', gap: 24, height: HEADER_HEIGHT, fontSize: 36, fontWeight: 700 }, [
        { type: 'img', props: { style: { flexShrink: 0 }, src: markDataUri, width: HEADER_HEIGHT, height: HEADER_HEIGHT } },
        div({ display: 'flex', minWidth: 0, ...oneLine }, site),
      ]),
      div(
        { display: 'flex', flexDirection: 'column', justifyContent: 'center', width: HEADLINE_AREA.width, height: HEADLINE_AREA.height, flexShrink: 0 },
        [div(headline, title, 'headline')],
      ),
      div({ display: 'flex', alignItems: 'center', gap: 20, height: FOOTER_HEIGHT, fontSize: 28, fontWeight: 500, color: brand.muted }, [
        div({ width: 40, height: 6, borderRadius: 3, background: brand.accent, flexShrink: 0 }, []),
        div({ display: 'flex', minWidth: 0, ...oneLine }, footer),
      ]),
    ],
  );
}

export interface ShareImageOptions {
  fonts: Font[];
  /** Where the text comes from, for the error when the fonts cannot draw it (e.g. "content/guides/x.mdx, title"). */
  source: string;
}

export interface DrawnShareImage extends HeadlineFit {
  svg: string;
}

const cannotDraw = (source: string) => async (_language: string, segment: string): Promise<never> => {
  throw new Error(
    `${source}: the share image cannot draw "${segment}". Its font covers ${FONT_COVERAGE}; ` +
      'write the text in those scripts, or add a font for this one to src/assets/fonts/ and to FONT_SCRIPTS in src/lib/share-image.ts.',
  );
};

const PROBE_SIZE = 100;

/**
 * The width of the title's widest word at PROBE_SIZE pixels. satori reports a wrapped
 * headline as wide as its box even when one word runs past it, so each word is laid out
 * on its own, unwrapped; widths grow in proportion to the size.
 */
async function widestWord(title: string, { fonts, source }: ShareImageOptions): Promise<number> {
  const words = title.split(/\s+/).filter(Boolean);
  let widest = 0;
  await satori(
    div(
      { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', fontFamily: FONT_FAMILY, fontWeight: 700, fontSize: PROBE_SIZE, letterSpacing: '-0.01em' },
      words.map((word, i) => div({ whiteSpace: 'nowrap' }, word, `word-${i}`)),
    ) as never,
    {
      width: SHARE_WIDTH,
      height: (words.length + 1) * PROBE_SIZE * 2,
      fonts,
      onNodeDetected: (node) => {
        if (String(node.key).startsWith('word-')) widest = Math.max(widest, node.width);
      },
      loadAdditionalAsset: cannotDraw(source),
    },
  );
  return widest;
}

/** The share image as SVG, with the headline at the largest size that fits its area. */
export async function shareImageSvg(text: ShareImageText, options: ShareImageOptions): Promise<DrawnShareImage> {
  const render = async (fit: HeadlineFit) => {
    let height = Infinity;
    const svg = await satori(layout(text, fit) as never, {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      fonts: options.fonts,
      onNodeDetected: (node) => {
        if (node.key === 'headline') height = node.height;
      },
      // satori asks for another font when a letter is in none of ours; a silent gap in a headline is worse than a failed build.
      loadAdditionalAsset: cannotDraw(options.source),
    });
    return { svg, fits: height <= HEADLINE_AREA.height, ...fit };
  };
  const widest = await widestWord(text.title, options);
  for (const size of HEADLINE_SIZES) {
    if ((widest * size) / PROBE_SIZE > HEADLINE_AREA.width) continue;
    const attempt = await render({ size, squeeze: false });
    if (attempt.fits) return attempt;
  }
  const smallest = HEADLINE_SIZES[HEADLINE_SIZES.length - 1] ?? 40;
  const squeezed = await render({ size: smallest, squeeze: true });
  if (!squeezed.fits) throw new Error(`${options.source}: the headline "${text.title}" does not fit the share image even at ${smallest}px.`);
  return squeezed;
}

function toPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
  // A copy on an ArrayBuffer of its own, which is what a Response body takes.
  return new Uint8Array(png);
}

/** A share image: the mark and site name, the headline as large as fits, a footer line. */
export async function shareImage(text: ShareImageText, options: ShareImageOptions): Promise<Uint8Array<ArrayBuffer>> {
  return toPng((await shareImageSvg(text, options)).svg, SHARE_WIDTH);
}

/** The mark alone as a square PNG icon, with transparent corners or, `maskable`, filling the square. */
export function appIcon(size: number, { maskable = false } = {}): Uint8Array<ArrayBuffer> {
  return toPng(markSvg({ square: brand.accent, tick: brand.onAccent }, { maskable }), size);
}
