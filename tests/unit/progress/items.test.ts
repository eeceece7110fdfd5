import { describe, expect, it } from 'vitest';
import { getGuide } from '../../../src/lib/guide';
import { progressItems, routesOf } from '../../../src/progress/items';

// The fictional guide of tests/fixtures/content: two checks before you start, two routes (four steps and two), step 2 renamed once.
describe('the items of a guide', async () => {
  const guide = await getGuide('bramblebox');
  const items = progressItems(guide);

  it('lists the before-you-start checks first, then every route\'s steps, checks numbered from 1 and steps from 1 in each route', () => {
    expect(items.map((item) => item.kind)).toEqual([...guide.beforeStart.map(() => 'check'), ...guide.steps.map(() => 'step')]);
    expect(items.filter((item) => item.kind === 'step').map((item) => item.number)).toEqual(guide.steps.map((step) => step.data.order));
    expect(items.filter((item) => item.kind === 'check').map((item) => item.number)).toEqual(guide.beforeStart.map((_, i) => i + 1));
    expect(guide.routes.length).toBeGreaterThan(1);
    for (const route of guide.routes) {
      const onRoute = items.filter((item) => item.kind === 'step' && item.route === route.entry.data.id);
      expect(onRoute.map((item) => item.number)).toEqual(route.steps.map((_, i) => i + 1));
    }
  });

  it('lists the routes as their steps come, the recommended route first', () => {
    expect(routesOf(items)).toEqual(guide.routes.map((route) => route.entry.data.id));
    expect(routesOf(items)[0]).toBe(guide.entry.data.recommendedRoute);
  });

  it('keys each item by its page anchor, so the tick, the link and the stored progress agree', () => {
    expect(items.map((item) => item.key)).toEqual([
      ...guide.beforeStart.map((caveat) => `caveat-${caveat.data.id}`),
      ...guide.steps.map((step) => `step-${step.data.id}`),
    ]);
  });

  it('names each check by its checklist line', () => {
    expect(items.flatMap((item) => (item.kind === 'check' ? [item.label] : []))).toEqual(guide.beforeStart.map((caveat) => caveat.data.label));
  });

  it("carries a renamed piece's former keys, so its old ticks still count", () => {
    // Step 2 was once "open-settings" (formerIds in its file).
    expect(items.find((item) => item.key === 'step-open-privacy-settings')?.formerKeys).toEqual(['step-open-settings']);
    expect(items.find((item) => item.key === 'step-sign-in')?.formerKeys).toEqual([]);
  });
});
