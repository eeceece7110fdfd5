import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brand } from '../../src/lib/brand';
import { Canvas, drawableText, encodePng, hexColour, icoFromPng, pngSize, wrap } from '../../src/lib/png';
import { appIcon, shareImage } from '../../src/lib/share-image';

/** The pixel rows inside a PNG written by encodePng (one IDAT, filter 0). */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const length = view.getUint32(33);
  expect(Buffer.from(png.subarray(37, 41)).toString('latin1')).toBe('IDAT');
  return inflateSync(png.subarray(41, 41 + length));
}

describe('PNG encoding', () => {
  it('writes a PNG that reads back with the same size and pixels', () => {
    const canvas = new Canvas(3, 2, [10, 20, 30]);
    canvas.roundRect(0, 0, 1, 1, 0, [255, 0, 0]);
    const png = canvas.toPng();
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const raw = decode(png);
    expect([...raw.subarray(0, 10)]).toEqual([0, 255, 0, 0, 10, 20, 30, 10, 20, 30]);
    expect([...raw.subarray(10, 20)]).toEqual([0, 10, 20, 30, 10, 20, 30, 10, 20, 30]);
    expect(raw.length).toBe(2 * (3 * 3 + 1));
  });

  it('rejects pixel data of the wrong length and bytes that are not a PNG', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/expected 12 bytes/);
    expect(pngSize(new Uint8Array(30))).toBeNull();
  });

  it('wraps a PNG in an .ico', () => {
    const ico = icoFromPng(appIcon(32));
    expect([...ico.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 32, 32]);
    expect(pngSize(ico.subarray(22))).toEqual({ width: 32, height: 32 });
  });
});

describe('text for the pixel font', () => {
  it('keeps what the font can draw, in capitals, without accents', () => {
    expect(drawableText('Café – “Ünïcode” ✓ 2 steps')).toBe('CAFE - UNICODE 2 STEPS');
    expect(() => new Canvas(10, 10, [0, 0, 0]).text('✓', 0, 0, 1, [0, 0, 0])).toThrow(/no "✓"/);
  });

  it('wraps at word boundaries', () => {
    expect(wrap('HOW TO DELETE YOUR ACCOUNT', 13)).toEqual(['HOW TO DELETE', 'YOUR ACCOUNT']);
    expect(wrap('SUPERCALIFRAGILISTIC', 5)).toEqual(['SUPERCALIFRAGILISTIC']);
  });
});

describe('drawn images', () => {
  it('share images are 1200×630 with the site’s surface colour in the corner', () => {
    const png = shareImage({ site: 'Delete Guides', title: 'How to delete your AliExpress account', footer: '7 steps' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([...decode(png).subarray(1, 4)]).toEqual([...hexColour(brand.surface)]);
  });

  it('a long title still fits: the letters get smaller rather than running off', () => {
    const long = 'How to delete your account and every last piece of data the service keeps about you, forever and ever';
    expect(pngSize(shareImage({ site: 'S', title: long, footer: '' }))).toEqual({ width: 1200, height: 630 });
  });
});

describe('brand colours', () => {
  it('match the light theme tokens in global.css', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const light = (token: string) => new RegExp(`--color-${token}: light-dark\\((#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    expect(brand).toEqual({
      surface: light('surface'),
      text: light('text'),
      muted: light('muted'),
      accent: light('accent'),
      onAccent: light('on-accent'),
    });
  });
});
