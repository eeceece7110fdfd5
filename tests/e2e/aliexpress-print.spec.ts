import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/built-site';
import { guideAsWritten } from '../helpers/guide-files';
import { printed } from '../helpers/printed';

/*
 * A fact about the AliExpress guide's own content: its printed checklist, with every
 * check and step it has today, still fits one sheet. The real site's checklist page
 * carries its styles inline and needs no script to print blank, so it is opened
 * straight from dist/ rather than served.
 */
const aliexpress = guideAsWritten('content', 'aliexpress');

for (const format of ['A4', 'Letter'] as const) {
  test(`the AliExpress checklist prints on one ${format} page with every check and step`, async ({ page }) => {
    await page.goto(pathToFileURL(join(distDir, 'aliexpress/checklist/index.html')).href);
    const { pages, text } = await printed(page, format);
    expect(pages).toBe(1);
    for (const line of [...aliexpress.beforeStart.map((check) => check.label), ...aliexpress.steps.map((step) => step.label)]) {
      expect(text).toContain(line);
    }
  });
}
