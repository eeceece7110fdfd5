import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ProgressSummary from '../../src/progress/ProgressSummary.astro';
import { progressItems, routesOf, type ProgressItem } from '../../src/progress/items';
import { getGuide } from '../../src/lib/guide';
import { paintProgress } from '../../src/progress/view';

let container: AstroContainer;
let items: ProgressItem[];
/** The recommended route, which a new reader's page shows, and another. */
let [recommended, other] = ['', ''];
const { document, HTMLAnchorElement, HTMLButtonElement, HTMLElement, HTMLProgressElement } = new Window();

beforeAll(async () => {
  // The summary view checks element types against the page's own classes;
  // the content loader needs Node, so only those classes come from happy-dom.
  vi.stubGlobal('HTMLAnchorElement', HTMLAnchorElement);
  vi.stubGlobal('HTMLButtonElement', HTMLButtonElement);
  vi.stubGlobal('HTMLElement', HTMLElement);
  vi.stubGlobal('HTMLProgressElement', HTMLProgressElement);
  container = await AstroContainer.create();
  const guide = await getGuide('bramblebox');
  items = progressItems(guide);
  [recommended = '', other = ''] = routesOf(items);
});

async function renderSummary(full: boolean) {
  const html = await container.renderToString(ProgressSummary, { props: { items, finishedText: 'Done.', full } });
  document.body.innerHTML = html;
  const section = document.querySelector('[data-progress-summary]');
  if (!section) throw new Error('no summary rendered');
  // happy-dom's element, used as the page's own: the code under test knows only the DOM types.
  return section as unknown as Element;
}

/** What a reader sees: each part's words and whether it shows, and whether Start over can be pressed. */
function visible(section: Element) {
  return [...section.querySelectorAll<HTMLElement>('p, a, a > span, [data-summary-finished], progress, button')].map((part) => ({
    text: part.textContent?.replace(/\s+/g, ' ').trim(),
    hidden: part.hidden,
    href: part.getAttribute('href'),
    value: part.getAttribute('value') ?? (part as unknown as { value?: unknown }).value,
    disabled: part.hasAttribute('disabled') || (part as unknown as { disabled?: boolean }).disabled === true,
  }));
}

// The browser may paint the page before the pre-paint script has run. For a
// new reader the summary must then already say what the script will write,
// or the page jumps (a layout shift) when it does.
describe('the progress summary as the server writes it', () => {
  for (const full of [true, false]) {
    it(`${full ? 'at the top' : 'after the steps'}: painting a new reader's progress changes nothing`, async () => {
      const section = await renderSummary(full);
      const before = visible(section);
      paintProgress(section, items, new Set(), recommended);
      expect(visible(section)).toEqual(before);
    });
  }

  it('offers Start over only once something is ticked, so it never changes state under the reader\'s focus', async () => {
    const section = await renderSummary(true);
    const reset = () => section.querySelector<HTMLButtonElement>('[data-reset]');
    expect(reset()?.disabled).toBe(true);
    paintProgress(section, items, new Set([items[0]?.key ?? '']), recommended);
    expect(reset()?.disabled).toBe(false);
  });

  it('says where to carry on once steps are ticked, and that all are done at the end', async () => {
    const section = await renderSummary(true);
    const steps = items.filter((item) => item.kind === 'step' && item.route === recommended);
    const link = () => section.querySelector<HTMLAnchorElement>('[data-summary-next]');
    paintProgress(section, items, new Set(steps.slice(0, 2).map((item) => item.key)), recommended);
    expect(section.querySelector('.progress-summary-count')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`2 of ${steps.length} steps done`);
    const shown = [...(link()?.children ?? [])].filter((part) => !(part as HTMLElement).hidden);
    expect(shown.map((part) => part.textContent).join('')).toBe('Continue at step 3');
    expect(link()?.getAttribute('href')).toBe(`#${steps[2]?.key}`);
    paintProgress(section, items, new Set(steps.map((item) => item.key)), recommended);
    expect(link()?.hidden).toBe(true);
    expect(section.querySelector<HTMLElement>('[data-summary-finished]')?.hidden).toBe(false);
  });

  it("counts the route shown: its steps, its total and where to carry on on it", async () => {
    const section = await renderSummary(true);
    const onOther = items.filter((item) => item.kind === 'step' && item.route === other);
    const onRecommended = items.filter((item) => item.kind === 'step' && item.route === recommended);
    expect(onOther.length).not.toBe(onRecommended.length);
    paintProgress(section, items, new Set(onRecommended.map((item) => item.key)), other);
    expect(section.querySelector('.progress-summary-count')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`0 of ${onOther.length} steps done`);
    expect(section.querySelector('progress')?.getAttribute('max') ?? String((section.querySelector('progress') as unknown as { max: number }).max)).toBe(
      String(onOther.length),
    );
    expect(section.querySelector<HTMLAnchorElement>('[data-summary-next]')?.getAttribute('href')).toBe(`#${onOther[0]?.key}`);
    expect(section.querySelector<HTMLElement>('[data-summary-finished]')?.hidden).toBe(true);
  });

  it('names the checks before you start at the top, with their total', async () => {
    const section = await renderSummary(true);
    const checks = items.filter((item) => item.kind === 'check').length;
    expect(section.querySelector('.progress-summary-checks')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `0 of ${checks} checks before you start`,
    );
  });
});
