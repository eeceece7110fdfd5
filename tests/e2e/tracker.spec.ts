import { expect, test, type Page } from '@playwright/test';
import { blockStorage, guide, holdRequests, startedUp, stepBox, stepHeadings, topSummary, watchErrors } from './helpers';

const KEY = `delete-guides:progress:${guide.slug}`;
/** How many steps and before-you-start checks the fictional guide has (4 and 2). */
const steps = guide.steps.length;
const checks = guide.beforeStart.length;
function nth<T>(list: T[], n: number, what: string): T {
  const found = list[n - 1];
  if (!found) throw new Error(`the fictional guide has no ${what} ${n}`);
  return found;
}
const stepKey = (n: number) => `step-${nth(guide.steps, n, 'step').id}`;
const checkKey = (n: number) => `caveat-${nth(guide.beforeStart, n, 'check').id}`;
/** The checkbox of before-you-start check `n`, found by the checklist line it is named by. */
const checkBox = (page: Page, n: number) => page.getByRole('checkbox', { name: nth(guide.beforeStart, n, 'check').label });

/** What the store copied aside under "<key>:<why>:<time>" before replacing it. */
async function keptAside(page: Page, why: 'unreadable' | 'newer'): Promise<string[]> {
  return page.evaluate(
    ([key, why]) => {
      const found: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k?.startsWith(`${key}:${why}:`)) found.push(localStorage.getItem(k) ?? '');
      }
      return found;
    },
    [KEY, why] as const,
  );
}

async function storedDone(page: Page): Promise<string[]> {
  return page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"done":{}}').done).sort(), KEY);
}

test.describe('progress tracker', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(guide.path);
  });

  test('has a checkbox for every step and every before-you-start check', async ({ page }) => {
    for (let n = 1; n <= steps; n++) await expect(stepBox(page, n)).toBeVisible();
    await expect(stepBox(page, steps + 1)).toHaveCount(0);
    const before = page.getByRole('region', { name: 'Before you start' }).getByRole('checkbox');
    await expect(before).toHaveCount(checks);
    for (let n = 1; n <= checks; n++) await expect(before.nth(n - 1)).toHaveAccessibleName(nth(guide.beforeStart, n, 'check').label);
    const box = await stepBox(page, 1).locator('xpath=ancestor::label').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  test('ticks survive a reload, and the summary says where to continue', async ({ page }) => {
    const summary = topSummary(page);
    await expect(summary).toContainText(`0 of ${steps} steps done`);
    await expect(summary.getByRole('link', { name: 'Start at step 1' })).toHaveAttribute('href', `#${stepKey(1)}`);

    await stepBox(page, 1).check();
    await stepBox(page, 2).check();
    await stepBox(page, 4).check();
    await expect(page.locator('[data-announce]')).toHaveText(`Step 4: done. 3 of ${steps} steps done.`);
    await checkBox(page, 1).check();
    await expect(summary).toContainText(`3 of ${steps} steps done`);
    await expect(summary).toContainText(`1 of ${checks} checks before you start`);

    await page.reload();
    await expect(stepBox(page, 1)).toBeChecked();
    await expect(stepBox(page, 2)).toBeChecked();
    await expect(stepBox(page, 3)).not.toBeChecked();
    await expect(stepBox(page, 4)).toBeChecked();
    await expect(checkBox(page, 1)).toBeChecked();
    await expect(checkBox(page, 2)).not.toBeChecked();
    await expect(summary.getByRole('progressbar')).toHaveJSProperty('value', 3);

    const next = summary.getByRole('link', { name: 'Continue at step 3' });
    await next.click();
    await expect(page).toHaveURL(new RegExp(`#${stepKey(3)}$`));
    await expect(page.locator(`#${stepKey(3)}`)).toBeInViewport();
  });

  test('shows a clear finished state once every step is ticked', async ({ page }) => {
    for (let n = 1; n <= steps; n++) await stepBox(page, n).check();
    const summary = topSummary(page);
    await expect(summary).toContainText(`${steps} of ${steps} steps done`);
    await expect(summary.getByText(`All ${steps} steps done.`)).toBeVisible();
    await expect(summary.getByRole('link', { name: /Continue at/ })).toBeHidden();
    await expect(summary.getByRole('link', { name: 'What happens to your data next' })).toBeVisible();
    await stepBox(page, 3).uncheck();
    await expect(summary.getByRole('link', { name: 'Continue at step 3' })).toBeVisible();
    await expect(summary.getByText(`All ${steps} steps done.`)).toBeHidden();
  });

  test('two tabs stay in step', async ({ page, context }) => {
    const other = await context.newPage();
    await other.goto(guide.path);
    await stepBox(page, 1).check();
    await expect(stepBox(other, 1)).toBeChecked();
    await expect(topSummary(other)).toContainText(`1 of ${steps} steps done`);
    await stepBox(other, 2).check();
    await expect(stepBox(page, 2)).toBeChecked();
    await stepBox(page, 3).check();
    await expect(stepBox(other, 3)).toBeChecked();
    // Storage reaches other tabs asynchronously; what matters is that no tick was overwritten.
    await expect
      .poll(() => storedDone(other))
      .toEqual([stepKey(1), stepKey(2), stepKey(3)].sort());
  });

  test('start over asks first, and undo brings everything back', async ({ page }) => {
    await stepBox(page, 1).check();
    await stepBox(page, 2).check();
    await checkBox(page, 2).check();
    // Ticks are saved once the tracker code has arrived, a moment after the first one.
    const saved = [checkKey(2), stepKey(1), stepKey(2)].sort();
    await expect.poll(() => storedDone(page)).toEqual(saved);

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByText('Clear every tick for this guide?')).toBeVisible();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await expect(stepBox(page, 1)).toBeChecked();

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Clear ticks' }).click();
    await expect(stepBox(page, 1)).not.toBeChecked();
    await expect(topSummary(page)).toContainText(`0 of ${steps} steps done`);
    expect(await storedDone(page)).toEqual([]);

    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(stepBox(page, 1)).toBeChecked();
    await expect(stepBox(page, 2)).toBeChecked();
    await expect(checkBox(page, 2)).toBeChecked();
    expect(await storedDone(page)).toEqual(saved);
    await page.reload();
    await expect(stepBox(page, 2)).toBeChecked();
  });
});

test('a tick saved before a step was renamed still shows, and is kept under the new id', async ({ page }) => {
  const renamed = guide.steps.find((step) => step.formerIds.length > 0);
  if (!renamed) throw new Error('the fictional guide needs a step renamed through formerIds');
  await page.addInitScript(
    ([key, old]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, JSON.stringify({ version: 1, done: { [old]: 1 } }));
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, `step-${renamed.formerIds[0]}`] as const,
  );
  await page.goto(guide.path);
  await expect(stepBox(page, renamed.order)).toBeChecked();
  await expect(topSummary(page)).toContainText(`1 of ${steps} steps done`);
  await stepBox(page, 1).check();
  await expect.poll(() => storedDone(page)).toEqual([stepKey(1), `step-${renamed.id}`].sort());
  await page.reload();
  await expect(stepBox(page, renamed.order)).toBeChecked();
});

test.describe('progress tracker with bad or missing storage', () => {
  test('garbage in storage: the page works, starts afresh with a notice, and keeps the garbage aside', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"done":{"step-sign-in":');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await page.goto(guide.path);
    await expect(topSummary(page)).toContainText('could not be read');
    await stepBox(page, 1).check();
    await page.reload();
    await expect(stepBox(page, 1)).toBeChecked();
    const kept = await keptAside(page, 'unreadable');
    expect(kept).toEqual(['{"version":1,"done":{"step-sign-in":']);
    expect(errors).toEqual([]);
  });

  test('data of the wrong shape and keys like __proto__ break nothing', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(
      ([key, first]) => {
        localStorage.setItem(key, `{"version":1,"done":{"__proto__":{"polluted":1},"constructor":1,"${first}":2}}`);
      },
      [KEY, stepKey(1)] as const,
    );
    await page.goto(guide.path);
    await expect(stepBox(page, 1)).toBeChecked();
    await expect(topSummary(page)).toContainText(`1 of ${steps} steps done`);
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    expect(errors).toEqual([]);
  });

  test('storage that throws on access: ticking works for the visit and a notice says it will not be kept', async ({ page }) => {
    const errors = watchErrors(page);
    await blockStorage(page);
    await page.goto(guide.path);
    await expect(topSummary(page)).toContainText('not letting this site store anything');
    await stepBox(page, 1).check();
    await expect(topSummary(page)).toContainText(`1 of ${steps} steps done`);
    expect(errors).toEqual([]);
  });

  test('storage that is full: ticking works and a notice says it could not be saved', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(guide.path);
    await stepBox(page, 1).check();
    await expect(stepBox(page, 1)).toBeChecked();
    await expect(topSummary(page)).toContainText('could not be saved');
    expect(errors).toEqual([]);
  });
});

test('saved ticks and the summary are in place before the tracker script loads, with no layout shift', async ({ page }) => {
  await page.goto(guide.path);
  await stepBox(page, 1).check();
  await stepBox(page, 2).check();
  await expect.poll(() => storedDone(page)).toEqual([stepKey(1), stepKey(2)].sort());

  await page.addInitScript(() => {
    // Each shift with what moved, so a failure says where to look.
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        const moved = entry.sources.map(({ node }) => (node instanceof Element ? node.outerHTML.slice(0, 80) : node?.nodeName));
        shifts.push(`${entry.value.toFixed(4)}: ${moved.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold back every bundled script: what shows now is what the first paint shows.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.reload();
  await expect(stepBox(page, 1)).toBeChecked();
  await expect(stepBox(page, 2)).toBeChecked();
  await expect(stepBox(page, 3)).not.toBeChecked();
  await expect(topSummary(page)).toContainText(`2 of ${steps} steps done`);
  await expect(topSummary(page).getByRole('link', { name: 'Continue at step 3' })).toBeVisible();

  await page.unroute('**/_astro/*.js');
  await page.reload();
  await expect(topSummary(page)).toContainText(`2 of ${steps} steps done`);
  // Shifts would come from the bundled controls starting up; the observer reports them by the next frames.
  await startedUp(page);
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
});

test('the tracker code waits for intent, and a tick made before it arrives is still saved', async ({ page }) => {
  const trackerRequests: string[] = [];
  const release = await holdRequests(page, '**/_astro/controller-*.js', (url) => trackerRequests.push(url));
  await page.goto(guide.path);
  await startedUp(page);
  expect(trackerRequests).toEqual([]);

  await stepBox(page, 1).check();
  // The tick starts the import; the request reaches the route a moment later.
  await expect.poll(() => trackerRequests).toHaveLength(1);
  release();
  await expect(topSummary(page)).toContainText(`1 of ${steps} steps done`);
  await expect.poll(() => storedDone(page)).toEqual([stepKey(1)]);
  await page.reload();
  await expect(stepBox(page, 1)).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide reads in full, every route one after another, and no checkbox pretends to save', async ({ page }) => {
    await page.goto(guide.path);
    const everyStep = guide.routes.flatMap((route) => route.steps);
    await expect(stepHeadings(page)).toHaveCount(everyStep.length);
    for (const heading of await stepHeadings(page).all()) await expect(heading).toBeVisible();
    for (const route of guide.routes) await expect(page.getByRole('heading', { level: 3, name: route.title })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Your progress' })).toHaveCount(0);
  });
});

test.describe('progress saved by a newer version of the site', () => {
  const newer = () => `{"version":999,"done":{"${stepKey(1)}":1}}`;

  test('found as the page loads: the reader is told what happened and carries on saving, with the newer data kept aside', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, newer()] as const,
    );
    await page.goto(guide.path);
    const summary = topSummary(page);
    await expect(summary).toContainText('saved by a newer version');
    await expect(summary).not.toContainText('Reload');
    await expect(stepBox(page, 1)).toBeChecked();
    await stepBox(page, 2).check();
    await expect.poll(() => storedDone(page)).toEqual([stepKey(1), stepKey(2)].sort());

    await page.reload();
    await expect(stepBox(page, 2)).toBeChecked();
    await stepBox(page, 3).check();
    await expect(summary).toContainText(`3 of ${steps} steps done`);
    await expect(summary).not.toContainText('newer version');
    expect(await keptAside(page, 'newer')).toEqual([newer()]);
    expect(errors).toEqual([]);
  });

  test('saved by another tab during the visit: this tab asks for a reload and overwrites nothing', async ({ page, context }) => {
    await page.goto(guide.path);
    await stepBox(page, 1).check();
    await expect.poll(() => storedDone(page)).toEqual([stepKey(1)]);
    const other = await context.newPage();
    await other.goto(guide.path);
    await other.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer()] as const);
    await expect(topSummary(page)).toContainText('Reload this page');
    await stepBox(page, 2).check();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer());
  });
});

test('a first tick keeps the box under the reader where it was, though the summary above grows to show progress', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const box of [() => checkBox(page, 1), () => stepBox(page, 1)]) {
    await page.goto(guide.path);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    // The box 400 px down the screen, the summary above it partly in view for the first check.
    await box().evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 400, behavior: 'instant' }));
    const before = await box().evaluate((el) => el.getBoundingClientRect().top);
    await box().check();
    await expect(topSummary(page).getByRole('progressbar')).toBeVisible();
    const after = await box().evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
  }
});

test('"Start over" shows its real state from the first paint: absent with nothing ticked, ready once something is', async ({ page }) => {
  const controller: string[] = [];
  const release = await holdRequests(page, '**/_astro/controller-*.js', (url) => controller.push(url));
  await page.goto(guide.path);
  const startOver = page.getByRole('button', { name: 'Start over' });
  // A new reader has nothing to start over: the button is disabled and not shown, and the top summary is just the way in.
  await expect(page.locator('[data-reset]')).toBeDisabled();
  await expect(page.locator('[data-reset]')).toBeHidden();
  await expect(topSummary(page).getByRole('progressbar')).toBeHidden();
  await expect(topSummary(page).getByRole('link', { name: 'Start at step 1' })).toBeVisible();

  await page.evaluate(([key, check]) => localStorage.setItem(key, `{"version":1,"done":{"${check}":1}}`), [KEY, checkKey(1)] as const);
  await page.reload();
  expect(controller).toEqual([]);
  await expect(startOver).toBeEnabled();
  await expect(startOver).toBeVisible();
  await expect(topSummary(page).getByRole('progressbar')).toBeVisible();
  release();
});

test.describe('done looks done', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a ticked step's number becomes a check mark, and the empty progress bar shows its edge (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(guide.path);
      const mark = (n: number) =>
        page.locator(`li:has(#${stepKey(n)}) .step-number`).evaluate((el) => ({
          before: getComputedStyle(el, '::before').content,
          number: getComputedStyle(el).fontSize,
        }));
      expect(await mark(1)).toMatchObject({ before: 'none' });
      await stepBox(page, 1).check();
      expect(await mark(1)).toEqual({ before: '"✓"', number: '0px' });
      expect(await mark(2)).toMatchObject({ before: 'none' });
      await stepBox(page, 1).uncheck();
      expect(await mark(1)).toMatchObject({ before: 'none' });

      // WCAG 1.4.11: at 0 steps the bar's track is still seen, its edge at least 3:1 against the summary.
      const ratio = await topSummary(page).evaluate((summary) => {
        const bar = summary.querySelector('progress');
        if (!bar) return 0;
        const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: string) => {
          const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
            const v = c / 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [a, b] = [luminance(getComputedStyle(bar).borderTopColor), luminance(getComputedStyle(summary).backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(3);
    });
  }
});
