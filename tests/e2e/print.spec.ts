import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { placeholderSiteUrl, siteUrl } from '../../src/lib/site-url';
import { stepBox, stepHeadings, topSummary } from './helpers';

const folder = mkdtempSync(join(tmpdir(), 'checklist-pdf-'));

/** Prints the page to PDF and reads back what a printer would put on paper. */
async function printed(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const file = join(folder, `${format}-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (info.status !== 0 || text.status !== 0) throw new Error(`poppler-utils failed: ${info.stderr}${text.stderr}`);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  return { pages, text: text.stdout.replace(/\s+/g, ' ') };
}

/**
 * The guide's address on the checklist, or undefined: a build without SITE_URL
 * knows no address a reader could reach, and prints none (see lib/site-url.ts).
 */
async function printedAddress(page: Page): Promise<string | undefined> {
  const address = page.locator('.checklist-address');
  return (await address.count()) > 0 ? address.innerText() : undefined;
}

/** The checklist lines as the editors wrote them in the content files. */
function contentLabels(kind: 'steps' | 'caveats'): string[] {
  const dir = join('content', kind, 'aliexpress');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .flatMap((text) => (kind === 'caveats' && !/^beforeStart: true$/m.test(text) ? [] : [/^label: (.*)$/m.exec(text)?.[1] ?? '']));
}

test.describe('the printable checklist', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`fits one ${format} page with every item, the review date and, where the build knows it, the guide address`, async ({ page }) => {
      await page.goto('/aliexpress/checklist/');
      const address = await printedAddress(page);
      const reviewed = await page.locator('[data-checklist] time').innerText();
      await page.getByRole('radio', { name: 'A blank checklist' }).check();
      const { pages, text } = await printed(page, format);
      expect(pages).toBe(1);
      if (address) {
        expect(address).toBe(new URL('/aliexpress/', siteUrl).href);
        expect(text).toContain(address);
      }
      // Built without SITE_URL, nothing on paper leads to the placeholder.
      expect(text).not.toContain(new URL(placeholderSiteUrl).host);
      expect(text).toContain(reviewed);
      expect(text).not.toContain('✓');
      for (const click of ['“Account Settings”', '“Account Information”', '“Close Account”', '“Confirm Closure”']) {
        expect(text).toContain(click);
      }
    });
  }

  test('lists every before-you-start check and every step, in order, as the content words them', async ({ page }) => {
    await page.goto('/aliexpress/checklist/');
    const checks = contentLabels('caveats');
    const steps = contentLabels('steps');
    expect(checks).toHaveLength(3);
    expect(steps).toHaveLength(7);
    const rows = page.locator('[data-checklist] [data-item]');
    await expect(rows).toHaveCount(10);
    const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    checks.forEach((label, i) => expect(texts[i]).toContain(label));
    steps.forEach((label, i) => expect(texts[checks.length + i]).toContain(`${i + 1}. ${label}`));
  });

  test('with my progress, ticked items print as ticked and the page says so', async ({ page }) => {
    await page.goto('/aliexpress/');
    await stepBox(page, 1).check();
    await stepBox(page, 2).check();
    // The summary counts ticks once the tracker code has arrived and saved them.
    await expect(topSummary(page)).toContainText('2 of 7 steps done');
    await page.goto('/aliexpress/checklist/');
    await expect(page.getByRole('radio', { name: 'With my progress' })).toBeChecked();
    const { pages, text } = await printed(page, 'A4');
    expect(pages).toBe(1);
    expect(text).toContain('Printed with your progress: 2 of 7 steps done');
    expect(text.match(/✓/g)).toHaveLength(2);
    expect(text).toMatch(/✓ 1\. .*✓ 2\. /);

    await page.getByRole('radio', { name: 'A blank checklist' }).check();
    const blank = await printed(page, 'A4');
    expect(blank.text).not.toContain('✓');
    expect(blank.text).not.toContain('Printed with your progress');
  });

  test('the QR code opens the guide, and is printed only with the address it leads to', async ({ page }) => {
    await page.goto('/aliexpress/checklist/');
    const address = await printedAddress(page);
    if (!address) {
      await expect(page.locator('.checklist-qr')).toHaveCount(0);
      return;
    }
    const png = PNG.sync.read(await page.locator('.checklist-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(address);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the blank checklist still prints on one page', async ({ page }) => {
      await page.goto('/aliexpress/checklist/');
      await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
      await expect(page.getByText('use your browser’s Print command')).toBeVisible();
      const { pages, text } = await printed(page, 'Letter');
      expect(pages).toBe(1);
      expect(text).toContain('Close Account');
      expect(text).not.toContain('What to print');
    });
  });
});

test.describe('printing the guide page', () => {
  test('shows every step and none of the site controls', async ({ page }) => {
    await page.goto('/aliexpress/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    const boxes = page.locator('input[type="checkbox"]');
    await expect(boxes).toHaveCount(10);
    for (const box of await boxes.all()) await expect(box).toBeHidden();
    await expect(page.getByRole('region', { name: 'Your progress' })).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    const steps = stepHeadings(page);
    await expect(steps).toHaveCount(7);
    for (const step of await steps.all()) await expect(step).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(background).toBe('light');
  });

  test('prints light even when the reader chose the dark theme, and shows where links go', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/aliexpress/');
    const { text } = await printed(page, 'A4');
    expect(text).toContain('Finish or cancel your pending orders');
    expect(text).toContain('(https://privacy.aliexpress.com/)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(body).toBe('rgb(28, 29, 33)');
  });
});
