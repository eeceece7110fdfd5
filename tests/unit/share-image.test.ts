import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brand } from '../../src/lib/brand';
import { icoFromPng, pngSize } from '../../src/lib/ico';
import { markDrawnColours } from '../../src/lib/mark';
import { SHARE_AREAS, appIcon, shareFonts, shareImage, shareImageSvg, type ShareImageText } from '../../src/lib/share-image';
import { decodePng, iconProblems, inkIn, shareImageProblems } from '../support/image-pixels';

const fonts = shareFonts(new URL('../../src/assets/fonts/', import.meta.url));
const options = { fonts, source: 'test, title' };
const text = (title: string): ShareImageText => ({ site: 'Delete Guides', title, footer: '7 steps, in order. No tracking, no cookies.' });

const accented = 'Wie lösche ich mein Konto bei Ölmühle Müller?';
const long120 = 'How to delete your account, cancel every subscription and ask the service to erase what it knows about you, step by step';

describe('share images', () => {
  it('an accented title is drawn at the largest size, in its own letters, inside the margins', async () => {
    const drawn = await shareImageSvg(text(accented), options);
    expect(drawn).toMatchObject({ size: 80, squeeze: false });
    const image = decodePng(await shareImage(text(accented), options));
    expect(shareImageProblems(image)).toEqual([]);
    // Each umlaut adds its two dots: the same title without them has less ink in the headline.
    const plain = decodePng(await shareImage(text('Wie losche ich mein Konto bei Olmuhle Muller?'), options));
    expect(inkIn(image, SHARE_AREAS.headline)).toBeGreaterThan(inkIn(plain, SHARE_AREAS.headline) + 200);
  });

  it('a 120-character title shrinks to fit, still breaking only between words', async () => {
    expect(long120).toHaveLength(120);
    const drawn = await shareImageSvg(text(long120), options);
    expect(drawn.squeeze).toBe(false);
    expect(drawn.size).toBeLessThan(80);
    expect(shareImageProblems(decodePng(await shareImage(text(long120), options)))).toEqual([]);
  });

  it('a title too long for any size, or with a word wider than a line, still stays inside its box', async () => {
    const endless = `${long120} ${long120} ${long120}`;
    const drawn = await shareImageSvg(text(endless), options);
    expect(drawn.squeeze).toBe(true);
    expect(shareImageProblems(decodePng(await shareImage(text(endless), options)))).toEqual([]);
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenverkäuferinnenvereinigungsvorsitzende';
    expect(shareImageProblems(decodePng(await shareImage(text(`Delete your ${word} account`), options)))).toEqual([]);
  });

  it('the checks catch what they are for: ink in the margin, and an empty headline', async () => {
    const image = decodePng(await shareImage(text(accented), options));
    const smudged = { ...image, data: Uint8Array.from(image.data) };
    smudged.data.set([0, 0, 0, 255], (10 * image.width + 10) * 4);
    expect(shareImageProblems(smudged)).toEqual([expect.stringMatching(/^draws in the margins at \(10, 10\)$/)]);
    const blank = decodePng(await shareImage(text(' '), options));
    expect(shareImageProblems(blank)).toEqual([expect.stringMatching(/^has an empty headline/)]);
  });

  it('stops with the file, the field and the letters when the font cannot draw a title', async () => {
    await expect(shareImage(text('アカウントを削除する方法'), { fonts, source: 'content/guides/x.mdx, title' })).rejects.toThrow(
      /^content\/guides\/x\.mdx, title: the share image cannot draw "アカウント/,
    );
  });
});

describe('app icons', () => {
  it('draw the mark with transparent corners, or filling the square when maskable', () => {
    for (const size of [32, 180, 512]) {
      expect(iconProblems(decodePng(appIcon(size)), { maskable: false }), `${size}px`).toEqual([]);
      expect(iconProblems(decodePng(appIcon(size, { maskable: true })), { maskable: true }), `${size}px maskable`).toEqual([]);
    }
    expect(decodePng(appIcon(192))).toMatchObject({ width: 192, height: 192 });
  });

  it('the maskable check fails when the mark reaches into the area a launcher crops', () => {
    expect(iconProblems(decodePng(appIcon(192)), { maskable: true })).toEqual([expect.stringMatching(/outside the maskable safe zone/)]);
  });

  it('favicon.ico holds the 32px icon as it is', () => {
    const png = appIcon(32);
    const ico = icoFromPng(png);
    expect([...ico.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 32, 32]);
    expect(pngSize(ico.subarray(22))).toEqual({ width: 32, height: 32 });
    expect(() => icoFromPng(new Uint8Array(30))).toThrow(/must be a PNG/);
  });

  it('the tab icon, the drawing every other mark is taken from, is in the brand colours', () => {
    expect(markDrawnColours).toEqual({ square: brand.accent, tick: brand.onAccent });
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
