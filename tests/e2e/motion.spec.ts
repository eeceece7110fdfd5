import { expect, test, type Page } from '@playwright/test';
import { onePageOfEachKind } from './helpers';

/** Every element (and its ::before/::after) that would still move: a transition or animation longer than zero. */
function moving(page: Page) {
  return page.evaluate(() => {
    const long = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const animated = style.animationName !== 'none' && long(style.animationDuration);
        if (long(style.transitionDuration) || animated) found.push(`${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.className}`);
      }
    }
    return found;
  });
}

const scrollBehaviour = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);

// One page of each kind: pages of the same kind share their templates and styles.
for (const path of onePageOfEachKind) {
  test(`${path} honours prefers-reduced-motion: no smooth scrolling, transitions or animations`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(path);
    expect(await scrollBehaviour(page)).toBe('smooth');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await scrollBehaviour(page)).toBe('auto');
    expect(await moving(page)).toEqual([]);
  });
}
