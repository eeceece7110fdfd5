/**
 * What a person would see wrong in a drawn image, read from its pixels: text running
 * into the margins or between the boxes it belongs in, an empty headline, an icon
 * whose mark is missing or would be cut by a launcher's mask.
 */
import { PNG } from 'pngjs';
import { brand } from '../../src/lib/brand';
import { SHARE_AREAS, SHARE_HEIGHT, SHARE_MARGIN, SHARE_WIDTH, type Area } from '../../src/lib/share-image';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, four bytes a pixel, row by row. */
  data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, data: png.data };
}

type Rgb = readonly [number, number, number];

export function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour like #0b6b63, found "${hex}"`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

function colourAt(image: Pixels, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0, image.data[i + 3] ?? 0];
}

const isColour = (pixel: readonly number[], colour: Rgb) => pixel[3] === 255 && colour.every((c, i) => pixel[i] === c);

/** Roughly the colour: anti-aliased edges blend into the background, so ink is matched by distance. */
const near = (pixel: readonly number[], colour: Rgb, tolerance = 40) =>
  (pixel[3] ?? 0) > 200 && colour.every((c, i) => Math.abs((pixel[i] ?? 0) - c) <= tolerance);

const inArea = (x: number, y: number, area: Area) =>
  x >= area.left && x < area.left + area.width && y >= area.top && y < area.top + area.height;

/** Problems a share image has, in words; empty when it looks right. */
export function shareImageProblems(image: Pixels): string[] {
  if (image.width !== SHARE_WIDTH || image.height !== SHARE_HEIGHT) {
    return [`is ${image.width}×${image.height}, not ${SHARE_WIDTH}×${SHARE_HEIGHT}`];
  }
  const surface = rgb(brand.surface);
  const areas = Object.values(SHARE_AREAS);
  const inMargin = (x: number, y: number) =>
    x < SHARE_MARGIN.x || x >= SHARE_WIDTH - SHARE_MARGIN.x || y < SHARE_MARGIN.y || y >= SHARE_HEIGHT - SHARE_MARGIN.y;
  const strays = { margin: [] as string[], between: [] as string[] };
  const ink = { header: 0, headline: 0, headlineText: 0, footer: 0 };
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const pixel = colourAt(image, x, y);
      if (isColour(pixel, surface)) continue;
      if (inMargin(x, y)) strays.margin.push(`(${x}, ${y})`);
      else if (!areas.some((area) => inArea(x, y, area))) strays.between.push(`(${x}, ${y})`);
      else if (inArea(x, y, SHARE_AREAS.header)) ink.header++;
      else if (inArea(x, y, SHARE_AREAS.footer)) ink.footer++;
      else {
        ink.headline++;
        if (near(pixel, rgb(brand.text))) ink.headlineText++;
      }
    }
  }
  const problems: string[] = [];
  const list = (points: string[]) => `${points.slice(0, 5).join(', ')}${points.length > 5 ? ` and ${points.length - 5} more` : ''}`;
  if (strays.margin.length) problems.push(`draws in the margins at ${list(strays.margin)}`);
  if (strays.between.length) problems.push(`draws between the header, headline and footer at ${list(strays.between)}`);
  // A line of headline text covers thousands of pixels; a few hundred would be a stray accent, not a headline.
  if (ink.headlineText < 2000) problems.push(`has an empty headline (${ink.headlineText} pixels of text colour)`);
  if (ink.header < 2000) problems.push(`has no mark and site name (${ink.header} pixels)`);
  if (ink.footer < 500) problems.push(`has no footer line (${ink.footer} pixels)`);
  return problems;
}

/** The pixels of an image with anything but the background colour, as one number to compare images by. */
export function inkIn(image: Pixels, area: Area): number {
  const surface = rgb(brand.surface);
  let count = 0;
  for (let y = area.top; y < area.top + area.height; y++) {
    for (let x = area.left; x < area.left + area.width; x++) if (!isColour(colourAt(image, x, y), surface)) count++;
  }
  return count;
}

/** Problems an app icon has, in words; empty when it looks right. */
export function iconProblems(image: Pixels, { maskable }: { maskable: boolean }): string[] {
  const problems: string[] = [];
  if (image.width !== image.height) problems.push(`is ${image.width}×${image.height}, not square`);
  const accent = rgb(brand.accent);
  const onAccent = rgb(brand.onAccent);
  const size = image.width;
  let square = 0;
  let tick = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const pixel = colourAt(image, x, y);
    if (isColour(pixel, accent)) square++;
    else if (near(pixel, onAccent, 10)) tick++;
  }
  // The tick is a stroke about a tenth of the icon wide: a few per cent of its area.
  if (square < size * size * 0.4) problems.push(`shows too little of the square (${square} of ${size * size} pixels)`);
  if (tick < size * size * 0.02) problems.push(`shows no tick (${tick} of ${size * size} pixels)`);
  const corner = colourAt(image, 0, 0);
  if (maskable) {
    // Launchers may crop a maskable icon to the circle inside the centre 80%: all of the ring outside it must be square.
    const ring: string[] = [];
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
      const inside = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size * 0.4;
      if (!inside && !isColour(colourAt(image, x, y), accent)) ring.push(`(${x}, ${y})`);
    }
    if (ring.length) problems.push(`draws outside the maskable safe zone at ${ring.slice(0, 5).join(', ')}`);
  } else if (corner[3] !== 0) {
    problems.push(`has an opaque corner (${corner.join(', ')}) where the rounded square should leave it transparent`);
  }
  return problems;
}
