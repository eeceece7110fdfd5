import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ProgressSummary from '../../src/components/ProgressSummary.astro';
import { checklistItems, type ChecklistItem } from '../../src/lib/checklist';
import { getGuide } from '../../src/lib/guide';
import { summarise } from '../../src/lib/progress-summary';
import { paintSummary } from '../../src/scripts/summary-view';

let container: AstroContainer;
let items: ChecklistItem[];
const { document, HTMLAnchorElement, HTMLElement, HTMLProgressElement } = new Window();

beforeAll(async () => {
  // The summary view checks element types against the page's own classes;
  // the content loader needs Node, so only those classes come from happy-dom.
  vi.stubGlobal('HTMLAnchorElement', HTMLAnchorElement);
  vi.stubGlobal('HTMLElement', HTMLElement);
  vi.stubGlobal('HTMLProgressElement', HTMLProgressElement);
  container = await AstroContainer.create();
  const guide = await getGuide('bramblebox');
  items = checklistItems(guide);
});

async function renderSummary(full: boolean) {
  const html = await container.renderToString(ProgressSummary, { props: { items, finishedText: 'Done.', full } });
  document.body.innerHTML = html;
  const section = document.querySelector('[data-progress-summary]');
  if (!section) throw new Error('no summary rendered');
  // happy-dom's element, used as the page's own: the code under test knows only the DOM types.
  return section as unknown as Element;
}

/** What a reader sees: each part's words and whether it shows. */
function visible(section: Element) {
  return [...section.querySelectorAll<HTMLElement>('[data-summary-count], [data-summary-checks], [data-summary-next], [data-summary-finished]')].map(
    (part) => ({ text: part.textContent?.trim(), hidden: part.hidden, href: part.getAttribute('href') }),
  );
}

// The browser may paint the page before the pre-paint script has run. For a
// new reader the summary must then already say what the script will write,
// or the page jumps (a layout shift) when it does.
describe('the progress summary as the server writes it', () => {
  for (const full of [true, false]) {
    it(`${full ? 'at the top' : 'after the steps'}: painting a new reader's progress changes nothing`, async () => {
      const section = await renderSummary(full);
      const before = visible(section);
      paintSummary(section, summarise(items, new Set()));
      expect(visible(section)).toEqual(before);
    });
  }

  it('names the checks before you start at the top, with their total', async () => {
    const section = await renderSummary(true);
    const checks = items.filter((item) => item.kind === 'check').length;
    expect(section.querySelector('[data-summary-checks]')?.textContent?.trim()).toBe(`0 of ${checks} checks before you start`);
  });
});
