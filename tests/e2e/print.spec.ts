import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { printed } from '../helpers/printed';
import { testSiteUrl } from '../helpers/test-site.mjs';
import { guide, stepBox, stepHeadings, topSummary } from './helpers';

const checklist = `${guide.path}checklist/`;
/** The checklist lines and the interface labels to look for, as the fictional guide's files word them: the recommended route's, printed unless the reader picks another. */
const checks = guide.beforeStart.map((caveat) => caveat.label);
const steps = guide.steps.map((step) => step.label);
const clicks = guide.steps.flatMap((step) => step.clicks);
const other = guide.other;
if (!other) throw new Error('the fictional guide needs a second route');

test.describe('the printable checklist', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`fits one ${format} page with every item, the guide address and what was done when`, async ({ page }) => {
      await page.goto(checklist);
      const address = await page.locator('.checklist-address').innerText();
      const sourcesRead = await page.locator('[data-checklist] time').innerText();
      await page.getByRole('radio', { name: 'A blank checklist' }).check();
      const { pages, text } = await printed(page, format);
      expect(pages).toBe(1);
      // The test site is built as a deployment is, with SITE_URL (a build without it prints no address).
      expect(address).toBe(new URL(guide.path, testSiteUrl).href);
      expect(text).toContain(address);
      expect(sourcesRead).toBe('31 January 2026');
      expect(text).toContain(`Sources last read: ${sourcesRead}`);
      // The route printed, how sure we are of it, and the other ways in, in one line.
      expect(text).toContain(`Steps: ${guide.recommended.title}`);
      expect(text).toMatch(/Reported by .+, undated\. We have not followed these steps on the live site\./);
      expect(text).toContain(`Other ways in: ${other.start}`);
      for (const step of other.steps) expect(text).not.toContain(step.label);
      // On paper too, a reader whose screens differ is told not to guess.
      expect(text).toContain(`${guide.service} may change its screens. If yours differ`);
      expect(text).not.toContain('✓');
      expect(clicks.length).toBeGreaterThan(0);
      for (const click of clicks) expect(text).toContain(`“${click}”`);
    });
  }

  test('lists every before-you-start check and every step, in order, as the content words them', async ({ page }) => {
    await page.goto(checklist);
    expect(checks).toHaveLength(2);
    expect(steps).toHaveLength(4);
    const rows = page.locator('[data-checklist] [data-item]:visible');
    await expect(rows).toHaveCount(checks.length + steps.length);
    const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    checks.forEach((label, i) => expect(texts[i]).toContain(label));
    steps.forEach((label, i) => expect(texts[checks.length + i]).toContain(`${i + 1}. ${label}`));
  });

  test('with my progress, ticked items print as ticked and the page says so', async ({ page }) => {
    await page.goto(guide.path);
    await stepBox(page, 1).check();
    await stepBox(page, 2).check();
    // The summary counts ticks once the tracker code has arrived and saved them.
    await expect(topSummary(page)).toContainText(`2 of ${steps.length} steps done`);
    await page.goto(checklist);
    await expect(page.getByRole('radio', { name: 'With my progress' })).toBeChecked();
    const { pages, text } = await printed(page, 'A4');
    expect(pages).toBe(1);
    expect(text).toContain(`Printed with your progress: 2 of ${steps.length} steps done`);
    expect(text.match(/✓/g)).toHaveLength(2);
    expect(text).toMatch(/✓ 1\. .*✓ 2\. /);

    await page.getByRole('radio', { name: 'A blank checklist' }).check();
    const blank = await printed(page, 'A4');
    expect(blank.text).not.toContain('✓');
    expect(blank.text).not.toContain('Printed with your progress');
  });

  test('prints the route the reader chose on the guide, or picks here, on one page with that route\'s certainty', async ({ page }) => {
    await page.goto(`${guide.path}?route=${other.id}`);
    await page.getByRole('link', { name: 'Print a checklist' }).click();
    await expect(page.getByRole('radio', { name: new RegExp(other.title) })).toBeChecked();
    const chosen = await printed(page, 'A4');
    expect(chosen.pages).toBe(1);
    expect(chosen.text).toContain(`Steps: ${other.title}`);
    expect(chosen.text).toMatch(/Followed by us on \d{1,2} \w+ \d{4}: Android app, version [\d.]+\./);
    for (const step of other.steps) expect(chosen.text).toContain(step.label);
    for (const label of steps) expect(chosen.text).not.toContain(label);

    await page.getByRole('radio', { name: new RegExp(guide.recommended.title) }).check();
    await expect(page).toHaveURL(new RegExp(`\\?route=${guide.recommended.id}$`));
    const picked = await printed(page, 'A4');
    expect(picked.pages).toBe(1);
    for (const label of steps) expect(picked.text).toContain(label);
    // Picked here, it is the reader's route on the guide too.
    await page.goto(guide.path);
    await expect(page.getByRole('radio', { name: new RegExp(guide.recommended.title) })).toBeChecked();
  });

  test('the QR code opens the guide', async ({ page }) => {
    await page.goto(checklist);
    const address = await page.locator('.checklist-address').innerText();
    const png = PNG.sync.read(await page.locator('.checklist-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(address);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the blank checklist still prints on one page', async ({ page }) => {
      await page.goto(checklist);
      await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
      await expect(page.getByText('use your browser’s Print command')).toBeVisible();
      const { pages, text } = await printed(page, 'Letter');
      expect(pages).toBe(1);
      for (const label of steps) expect(text).toContain(label);
      expect(text).not.toContain('What to print');
    });
  });
});

test.describe('printing the guide page', () => {
  test("prints compactly: the fictional guide, every piece of it with the reader's route, on three A4 pages", async ({ page }) => {
    // On screen it is about five phone screens long; on paper pieces may break across pages, with no gaps left for them.
    await page.goto(guide.path);
    const { pages, text } = await printed(page, 'A4');
    expect(pages).toBe(3);
    for (const piece of [...guide.beforeStart, ...guide.steps, ...guide.goodToKnow]) expect(text).toContain(piece.title);
  });

  test("shows every step of the reader's route and none of the site controls", async ({ page }) => {
    await page.goto(guide.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    const boxes = page.locator('input[type="checkbox"]');
    // The closing timeline's "Is it really gone?" checks are among them, hidden on paper with the rest.
    await expect(boxes).toHaveCount(checks.length + guide.routes.flatMap((route) => route.steps).length + guide.afterChecks.length);
    for (const box of await boxes.all()) await expect(box).toBeHidden();
    await expect(page.getByRole('region', { name: 'Your progress' })).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    const headings = stepHeadings(page);
    await expect(headings).toHaveCount(steps.length);
    for (const heading of await headings.all()) await expect(heading).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(background).toBe('light');
  });

  test('prints light even when the reader chose the dark theme, and shows where links go', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(guide.path);
    const { text } = await printed(page, 'A4');
    expect(text).toContain(guide.beforeStart[0]?.title);
    expect(text).toContain('(https://help.bramblebox.example/)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(body).toBe('rgb(28, 29, 33)');
  });
});
