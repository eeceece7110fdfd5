import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StepItem from '../../src/components/StepItem.astro';
import CaveatCallout from '../../src/components/CaveatCallout.astro';
import PieceBody from '../../src/components/PieceBody.astro';
import { getGuide, type Guide } from '../../src/lib/guide';

let container: AstroContainer;
let guide: Guide;

beforeAll(async () => {
  container = await AstroContainer.create();
  guide = await getGuide('bramblebox');
});

function parse(html: string) {
  const { document } = new Window();
  document.body.innerHTML = html;
  return document;
}

const body = '<p>Choose <span data-ui-label>“Menu”</span> at the top left.</p>';

describe('StepItem', () => {
  it('renders its number, title, anchor and body', async () => {
    const step = guide.steps[1];
    if (!step) throw new Error('the guide needs a second step');
    const doc = parse(await container.renderToString(StepItem, { props: { guide, step }, slots: { default: body } }));

    const heading = doc.querySelector(`h4#step-${step.data.id}`);
    expect(heading?.textContent).toContain(step.data.title);
    expect(heading?.textContent).toContain(`Step ${step.data.order}`);
    expect(doc.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe(String(step.data.order));
    expect(doc.querySelector('copy-link')?.getAttribute('data-href')).toBe(`#step-${step.data.id}`);

    expect(doc.querySelector('.guide-text')?.textContent?.trim()).toBe('Choose “Menu” at the top left.');
  });
});

describe('CaveatCallout', () => {
  it('names a before-you-start caveat\'s severity in words, not only colour', async () => {
    const caveat = guide.beforeStart.find((c) => c.data.severity === 'danger');
    if (!caveat) throw new Error('the guide needs a before-you-start caveat that cannot be undone');
    const doc = parse(await container.renderToString(CaveatCallout, { props: { guide, caveat }, slots: { default: body } }));
    expect(doc.querySelector('.caveat-badge')?.textContent?.trim()).toBe('Cannot be undone');
  });

  it('under "Good to know", adds no badge that repeats that heading, and links its sources', async () => {
    const caveat = guide.goodToKnow.find((c) => c.data.sources.length > 0 && c.data.severity === 'info');
    if (!caveat) throw new Error('the guide needs a sourced caveat');
    const doc = parse(await container.renderToString(CaveatCallout, { props: { guide, caveat }, slots: { default: body } }));
    expect(doc.querySelector('li')?.textContent).not.toContain('Good to know');
    expect(doc.querySelector(`h3#caveat-${caveat.data.id}`)?.textContent).toBe(caveat.data.title);
    const cited = [...doc.querySelectorAll('a[href^="#source-"]')].map((a) => a.getAttribute('href'));
    expect(cited).toEqual(caveat.data.sources.map((id) => `#source-${id}`));
  });
});

describe('PieceBody', () => {
  it("renders a step's text with each label to click marked, as the content file writes it", async () => {
    const step = guide.steps.find((s) => s.data.clicks.length > 0);
    if (!step) throw new Error('the guide needs a step with labels to click');
    const doc = parse(await container.renderToString(PieceBody, { props: { entry: step } }));
    const labels = [...doc.querySelectorAll('[data-ui-label]')].map((label) => label.textContent);
    expect(labels).toEqual(expect.arrayContaining(step.data.clicks.map((click) => `“${click}”`)));
    expect(doc.querySelector('p')?.textContent?.length).toBeGreaterThan(20);
  });
});
