/**
 * Just enough raster graphics to draw the share image and app icons at build time
 * without a native image library: an RGB canvas with anti-aliased round rectangles
 * and thick lines, a 5×7 pixel font, and a PNG encoder (node:zlib does the deflate).
 */
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

export function hexColour(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour like #0b6b63, found "${hex}"`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** 5×7 capitals, digits and common punctuation; each row is five bits, left to right. */
const glyphs: Record<string, readonly string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  G: ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  J: ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
  K: ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '10001', '11001', '10101', '10011', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  V: ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  Y: ['10001', '10001', '01010', '00100', '00100', '00100', '00100'],
  Z: ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  ',': ['00000', '00000', '00000', '00000', '01100', '00100', '01000'],
  ':': ['00000', '01100', '01100', '00000', '01100', '01100', '00000'],
  "'": ['00100', '00100', '01000', '00000', '00000', '00000', '00000'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  '?': ['01110', '10001', '00001', '00010', '00100', '00000', '00100'],
  '!': ['00100', '00100', '00100', '00100', '00100', '00000', '00100'],
  '&': ['01100', '10010', '10100', '01000', '10101', '10010', '01101'],
  '/': ['00001', '00010', '00010', '00100', '01000', '01000', '10000'],
  '(': ['00010', '00100', '01000', '01000', '01000', '00100', '00010'],
  ')': ['01000', '00100', '00010', '00010', '00010', '00100', '01000'],
};

/** Text the pixel font can draw: capitals, accents dropped, typographic quotes made plain, anything else left out. */
export function drawableText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .toUpperCase()
    .split('')
    .filter((c) => c in glyphs)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Greedy word wrap to at most `width` characters a line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    // Doubling copies: a few large copies instead of a small one per pixel,
    // which made the background half the cost of every share image.
    this.pixels.set(background);
    for (let filled = 3; filled < this.pixels.length; filled *= 2) {
      this.pixels.copyWithin(filled, 0, Math.min(filled, this.pixels.length - filled));
    }
  }

  /** Blends `colour` into one pixel with coverage `alpha` (0–1). */
  #blend(x: number, y: number, colour: Rgb, alpha: number) {
    if (alpha <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const a = Math.min(alpha, 1);
    for (let c = 0; c < 3; c++) {
      const old = this.pixels[i + c] ?? 0;
      this.pixels[i + c] = Math.round(old + ((colour[c] ?? 0) - old) * a);
    }
  }

  /** Fills a shape given by its signed distance (negative inside), with a one-pixel soft edge. */
  #fillShape(box: [number, number, number, number], distance: (x: number, y: number) => number, colour: Rgb) {
    const [x0, y0, x1, y1] = box.map((v, i) => (i < 2 ? Math.floor(v) - 1 : Math.ceil(v) + 1)) as [number, number, number, number];
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) this.#blend(x, y, colour, 0.5 - distance(x + 0.5, y + 0.5));
    }
  }

  roundRect(x: number, y: number, w: number, h: number, r: number, colour: Rgb) {
    const cx = x + w / 2;
    const cy = y + h / 2;
    this.#fillShape(
      [x, y, x + w, y + h],
      (px, py) => {
        const qx = Math.abs(px - cx) - w / 2 + r;
        const qy = Math.abs(py - cy) - h / 2 + r;
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
      },
      colour,
    );
  }

  /** A straight stroke with round caps. */
  line(ax: number, ay: number, bx: number, by: number, thickness: number, colour: Rgb) {
    const half = thickness / 2;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    this.#fillShape(
      [Math.min(ax, bx) - half, Math.min(ay, by) - half, Math.max(ax, bx) + half, Math.max(ay, by) + half],
      (px, py) => {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy) - half;
      },
      colour,
    );
  }

  /** Draws text in the pixel font; each font pixel is `scale` canvas pixels. Returns the width drawn. */
  text(text: string, x: number, y: number, scale: number, colour: Rgb): number {
    let cursor = x;
    for (const char of text) {
      const glyph = glyphs[char];
      if (!glyph) throw new Error(`the pixel font has no "${char}"; pass text through drawableText() first`);
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < 5; gx++) {
          if (row[gx] !== '1') continue;
          for (let py = 0; py < scale; py++) {
            for (let px = 0; px < scale; px++) this.#blend(cursor + gx * scale + px, y + gy * scale + py, colour, 1);
          }
        }
      });
      cursor += 6 * scale;
    }
    return cursor - x - scale;
  }

  toPng(): Uint8Array<ArrayBuffer> {
    return encodePng(this.width, this.height, this.pixels);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit RGB PNG of `pixels` (row by row, three bytes a pixel). */
export function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array<ArrayBuffer> {
  if (pixels.length !== width * height * 3) throw new Error(`expected ${width * height * 3} bytes of pixels, found ${pixels.length}`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1); // filter byte 0 (none)
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A .ico holding one PNG, which every current browser reads; for clients that ask for /favicon.ico regardless. */
export function icoFromPng(png: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = pngSize(png);
  if (!size || size.width > 256 || size.height > 256) throw new Error('an .ico entry must be a PNG of at most 256×256');
  const out = new Uint8Array(22 + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = size.width % 256; // 0 means 256
  out[7] = size.height % 256;
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 24, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // offset of the image data
  out.set(png, 22);
  return out;
}
