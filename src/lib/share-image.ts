/**
 * The pictures the build draws from site data: the link-preview image for each
 * page (1200×630, the size Open Graph and Twitter cards expect) and the app icons.
 */
import { brand } from './brand';
import { Canvas, drawableText, hexColour, wrap } from './png';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const colours = {
  surface: hexColour(brand.surface),
  text: hexColour(brand.text),
  muted: hexColour(brand.muted),
  accent: hexColour(brand.accent),
  onAccent: hexColour(brand.onAccent),
};

/** The site's mark, a tick in a rounded square, `size` pixels wide at (x, y). */
function drawMark(canvas: Canvas, x: number, y: number, size: number, radius = size / 4) {
  const u = size / 32;
  canvas.roundRect(x, y, size, size, radius, colours.accent);
  const stroke = 3.2 * u;
  canvas.line(x + 9.5 * u, y + 16.5 * u, x + 14 * u, y + 21 * u, stroke, colours.onAccent);
  canvas.line(x + 14 * u, y + 21 * u, x + 22.5 * u, y + 11 * u, stroke, colours.onAccent);
}

export interface ShareImageText {
  /** Site name, drawn small beside the mark. */
  site: string;
  /** The page's headline. */
  title: string;
  /** A short line along the bottom. */
  footer: string;
}

/** A share image: the mark and site name, the headline in large letters, a footer line. */
export function shareImage({ site, title, footer }: ShareImageText): Uint8Array<ArrayBuffer> {
  const canvas = new Canvas(SHARE_WIDTH, SHARE_HEIGHT, colours.surface);
  const margin = 80;
  drawMark(canvas, margin, 64, 88);
  canvas.text(drawableText(site), margin + 120, 64 + (88 - 7 * 6) / 2, 6, colours.text);

  // The largest letters that fit the headline between the site name and the footer.
  const room = { width: SHARE_WIDTH - 2 * margin, top: 190, height: 310 };
  const headline = drawableText(title);
  let scale = 11;
  let lines = wrap(headline, Math.floor(room.width / (6 * scale)));
  const fits = () => lines.length * 9 * scale <= room.height && lines.every((l) => l.length * 6 * scale <= room.width + scale);
  while (scale > 4 && !fits()) {
    scale -= 1;
    lines = wrap(headline, Math.floor(room.width / (6 * scale)));
  }
  const lineHeight = 9 * scale;
  const top = room.top + (room.height - lines.length * lineHeight) / 2;
  lines.forEach((line, i) => canvas.text(line, margin, top + i * lineHeight, scale, colours.text));

  canvas.text(drawableText(footer), margin, SHARE_HEIGHT - 86, 4, colours.muted);
  canvas.roundRect(0, SHARE_HEIGHT - 24, SHARE_WIDTH, 24, 0, colours.accent);
  return canvas.toPng();
}

/** The mark alone on a square icon; `maskable` leaves the safe zone launchers may crop to. */
export function appIcon(size: number, { maskable = false } = {}): Uint8Array<ArrayBuffer> {
  const canvas = new Canvas(size, size, maskable ? colours.accent : colours.surface);
  if (maskable) drawMark(canvas, size * 0.1, size * 0.1, size * 0.8, 0);
  else drawMark(canvas, 0, 0, size);
  return canvas.toPng();
}
