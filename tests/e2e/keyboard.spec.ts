import { expect, test, type Locator, type Page } from '@playwright/test';
import { guide, search, stepBox, topSummary, watchErrors } from './helpers';

const other = guide.other;
if (!other) throw new Error('the fictional guide needs a second route');
const routeRadio = (page: Page, title: string) => page.getByRole('radio', { name: new RegExp(title) });

/** Resolves once the page has not scrolled for a tenth of a second. */
function scrollSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((settled) => {
        let quiet = setTimeout(settled, 100);
        addEventListener('scroll', () => {
          clearTimeout(quiet);
          quiet = setTimeout(settled, 100);
        });
      }),
  );
}

/**
 * A keyboard-only walk through the guide. Each stop is a control a reader must reach
 * with Tab, in the order Tab reaches it; `use` presses keys on it and checks what a
 * reader would see. To cover a new control, add a stop in its place in the order.
 */
interface Stop {
  name: string;
  target: (page: Page) => Locator;
  use?: (page: Page, target: Locator) => Promise<void>;
}

const guideStops: Stop[] = [
  {
    name: 'skip link',
    target: (page) => page.getByRole('link', { name: 'Skip to content' }),
  },
  {
    name: 'skip link to the steps',
    target: (page) => page.getByRole('link', { name: 'Skip to the steps' }),
  },
  {
    name: 'search button',
    target: (page) => search(page).button,
    use: async (page, target) => {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(target).toBeFocused();
    },
  },
  {
    name: 'theme toggle',
    target: (page) => page.locator('theme-toggle button'),
    use: async (page, target) => {
      const before = await page.locator('html').getAttribute('data-theme');
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
      await expect(target).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    },
  },
  {
    name: 'route picker',
    target: (page) => routeRadio(page, guide.recommended.title),
    use: async (page, target) => {
      // Arrow keys move between routes, as in any group of radio buttons, and show the route reached.
      await page.keyboard.press('ArrowDown');
      await expect(routeRadio(page, other.title)).toBeChecked();
      await expect(page.getByRole('heading', { level: 3, name: other.title })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: guide.recommended.title })).toBeHidden();
      await expect(topSummary(page)).toContainText(`0 of ${other.steps.length} steps done`);
      await page.keyboard.press('ArrowUp');
      await expect(target).toBeChecked();
      await expect(topSummary(page)).toContainText(`0 of ${guide.steps.length} steps done`);
    },
  },
  {
    name: 'link to the printable checklist',
    target: (page) => page.getByRole('link', { name: 'Print a checklist' }),
  },
  {
    name: 'table of contents: the first step',
    target: (page) => page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: `1. ${guide.recommended.steps[0]?.title}` }),
    use: async (page, target) => {
      await scrollSettled(page);
      await page.keyboard.press('Enter');
      await expect(page.locator(`#step-${guide.recommended.steps[0]?.id}`)).toBeInViewport();
      // Back where the reader was, to walk on.
      await target.focus();
    },
  },
  {
    name: 'copy-link button of step 1',
    target: (page) => page.getByRole('button', { name: 'Copy link to step 1' }),
    use: async (page) => {
      await page.keyboard.press('Enter');
      await expect(page.locator('copy-link').getByRole('status').first()).toHaveText('Link copied');
    },
  },
  {
    name: 'checkbox of step 1',
    target: (page) => stepBox(page, 1),
    use: async (page, target) => {
      await page.keyboard.press('Space');
      await expect(target).toBeChecked();
      await expect(topSummary(page)).toContainText(`1 of ${guide.steps.length} steps done`);
    },
  },
  {
    name: 'other ways to close the account, from step 1',
    target: (page) => page.getByRole('link', { name: 'Step 1: other ways to close the account' }),
    use: async (page, target) => {
      // Focus scrolls the link into view smoothly; a reader presses Enter once it is there, not during the scroll.
      await scrollSettled(page);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 4, name: 'If your screens do not match' }).first()).toBeInViewport();
      // Back to the step, as a reader would scroll back, to walk on from there.
      await target.focus();
    },
  },
  {
    name: 'report link of step 1',
    target: (page) => page.getByRole('link', { name: 'Step 1: tell us it looks different' }),
    use: async (page) => {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step 1 looks different?');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: /Skip to content/ })).toBeFocused();
    },
  },
];

const checklistStops: Stop[] = [
  {
    name: 'route to print',
    target: (page) => routeRadio(page, guide.recommended.title),
    use: async (page) => {
      await page.keyboard.press('ArrowDown');
      await expect(routeRadio(page, other.title)).toBeChecked();
      await expect(page.getByRole('heading', { level: 2, name: `Steps: ${other.title}` })).toBeVisible();
    },
  },
  {
    name: 'choice of what to print',
    target: (page) => page.getByRole('radio', { name: 'A blank checklist' }),
    use: async (page) => {
      await page.keyboard.press('ArrowRight');
      const withProgress = page.getByRole('radio', { name: 'With my progress' });
      await expect(withProgress).toBeChecked();
      await expect(withProgress).toBeFocused();
    },
  },
  {
    name: 'print button',
    target: (page) => page.getByRole('button', { name: 'Print' }),
    use: async (page) => {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    },
  },
];

/** What the focused element shows: an outline or ring a reader can see, on screen and not covered. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { element: 'nothing', visible: false };
    const style = getComputedStyle(el);
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    // Not hidden under the sticky header or anything else (WCAG 2.4.11).
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const unobscured = top !== null && (top === el || el.contains(top));
    return { element: el.outerHTML.slice(0, 100), visible: (outline || ring) && onScreen && unobscured };
  });
}

/** Presses Tab until `target` has focus, checking the focus indicator at every element on the way. */
async function tabTo(page: Page, stop: Stop, target: Locator) {
  const passed: string[] = [];
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    // Focus scrolls the element into view, smoothly unless the reader asked for less motion.
    // Polled as one string, so a failure names the element that had focus.
    await expect
      .poll(async () => {
        const { visible, element } = await focusIndicator(page);
        return visible ? 'visible' : `not visible: ${element}`;
      }, `focus indicator while tabbing to the ${stop.name}`)
      .toBe('visible');
    const indicator = await focusIndicator(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
    passed.push(indicator.element);
  }
  throw new Error(`Tab never reached the ${stop.name}; it passed:\n${passed.join('\n')}`);
}

async function walk(page: Page, stops: Stop[]) {
  for (const stop of stops) {
    const target = stop.target(page);
    await tabTo(page, stop, target);
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    await stop.use?.(page, target);
  }
}

test('a keyboard alone reaches and works every control of the guide, with a visible focus indicator at each', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(guide.path);
  await walk(page, guideStops);
  expect(errors).toEqual([]);
});

test('a keyboard alone reaches the print button of the checklist and prints', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    // The browser's print dialog cannot be driven from a test; count the request to open it instead.
    window.print = () => {
      const w = window as unknown as { printed?: number };
      w.printed = (w.printed ?? 0) + 1;
    };
  });
  await page.goto(`${guide.path}checklist/`);
  await walk(page, checklistStops);
  expect(errors).toEqual([]);
});

test('the skip link jumps past the header: the next Tab lands in the content', async ({ page }) => {
  await page.goto(guide.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  expect(await focusIndicator(page)).toMatchObject({ visible: true });
});
