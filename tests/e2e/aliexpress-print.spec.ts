import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/built-site';
import { guideAsWritten } from '../helpers/guide-files';
import { printed } from '../helpers/printed';

/*
 * A fact about the AliExpress guide's own content: the printed checklist of each of its
 * routes, with every check and step it has today, still fits one sheet. The real site's
 * checklist page carries its styles and scripts inline, so it is opened straight from
 * dist/ rather than served; the address names the route, as a link from the guide does.
 */
const aliexpress = guideAsWritten('content', 'aliexpress');

for (const route of aliexpress.routes) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`the AliExpress checklist of the route "${route.id}" prints on one ${format} page with every check and step`, async ({ page }) => {
      const file = pathToFileURL(join(distDir, 'aliexpress/checklist/index.html'));
      file.search = `?route=${route.id}`;
      await page.goto(file.href);
      const { pages, text } = await printed(page, format);
      expect(pages).toBe(1);
      for (const line of [...aliexpress.beforeStart.map((check) => check.label), ...route.steps.map((step) => step.label)]) {
        expect(text).toContain(line);
      }
    });
  }
}
