import { describe, expect, it } from 'vitest';
import {
  checkContent,
  checkDatesAsWritten,
  checkPieceFile,
  formatProblems,
  guideFolder,
  pieceFacts,
  type GuideFacts,
  type PieceFacts,
} from '../../src/lib/content-rules';

const guide: GuideFacts = { file: 'content/guides/acme.mdx', slug: 'acme', sourceIds: ['article', 'policy'], recommendedRoute: 'web' };

function step(order: number, overrides: Partial<PieceFacts> = {}): PieceFacts {
  const guide = overrides.guide ?? 'acme';
  const route = overrides.route ?? 'web';
  return {
    kind: 'steps',
    file: `content/steps/${guide}/${route}/0${order}-step-${order}.mdx`,
    folder: guide,
    routeFolder: route,
    route,
    guide,
    id: `step-${order}`,
    order,
    body: `Do thing ${order}.`,
    sources: [],
    clicks: [],
    ...overrides,
  };
}

function route(id: string, order: number, overrides: Partial<PieceFacts> = {}): PieceFacts {
  const guide = overrides.guide ?? 'acme';
  return {
    kind: 'routes',
    file: `content/routes/${guide}/${id}.mdx`,
    folder: guide,
    guide,
    id,
    order,
    body: `The ${id} way.`,
    sources: ['article'],
    ...overrides,
  };
}

const sound = [route('web', 1), step(1), step(2), step(3)];

describe('content rules', () => {
  it('finds nothing wrong with sound content', () => {
    expect(checkContent([guide], sound)).toEqual([]);
  });

  it('reports a gap in step orders, naming the file and field', () => {
    const problems = checkContent([guide], [route('web', 1), step(1), step(2), step(4)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/steps/acme/web/04-step-4.mdx', field: 'order' });
    expect(problems[0]?.expected).toContain('3');
    expect(problems[0]?.found).toBe('4');
  });

  it('reports orders that do not start at 1', () => {
    const problems = checkContent([guide], [route('web', 1), step(2), step(3)]);
    expect(problems.map((p) => p.field)).toEqual(['order', 'order']);
  });

  it('reports two pieces sharing an order and names the other file', () => {
    const twin = step(2, { id: 'other', file: 'content/steps/acme/web/02-other.mdx' });
    const problems = checkContent([guide], [route('web', 1), step(1), step(2), twin]);
    const orderProblem = problems.find((p) => p.field === 'order');
    expect(orderProblem?.found).toContain('also uses');
  });

  it('counts orders separately per guide and per kind', () => {
    const other: GuideFacts = { file: 'content/guides/other.mdx', slug: 'other', sourceIds: ['article'], recommendedRoute: 'web' };
    const pieces = [...sound, route('web', 1, { guide: 'other' }), step(1, { guide: 'other', file: 'o1.mdx' }), step(1, { kind: 'caveats', file: 'c1.mdx' })];
    expect(checkContent([guide, other], pieces)).toEqual([]);
  });

  it('counts step orders per route, each route from 1', () => {
    const app = [route('app', 2), step(1, { route: 'app', id: 'app-1' }), step(2, { route: 'app', id: 'app-2' })];
    expect(checkContent([guide], [...sound, ...app])).toEqual([]);
    const gap = checkContent([guide], [...sound, route('app', 2), step(2, { route: 'app', id: 'app-2' })]);
    expect(gap).toEqual([expect.objectContaining({ file: 'content/steps/acme/app/02-step-2.mdx', field: 'order' })]);
    expect(gap[0]?.expected).toContain('route "app"');
  });

  it('reports a step id that another route of the guide already uses: an id is an anchor and a saved tick', () => {
    const problems = checkContent([guide], [...sound, route('app', 2), step(1, { route: 'app' })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'id', file: 'content/steps/acme/web/01-step-1.mdx' })]);
    expect(problems[0]?.found).toContain('content/steps/acme/app/01-step-1.mdx');
  });

  it('reports a guide whose recommended route is not one of its routes, or is not shown first', () => {
    const unknown = checkContent([{ ...guide, recommendedRoute: 'kiosk' }], sound);
    expect(unknown).toEqual([expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'recommendedRoute', found: '"kiosk"' })]);
    expect(unknown[0]?.expected).toContain('web');
    const second = checkContent([{ ...guide, recommendedRoute: 'app' }], [...sound, route('app', 2), step(1, { route: 'app', id: 'app-1' })]);
    expect(second).toEqual([expect.objectContaining({ file: 'content/routes/acme/app.mdx', field: 'order', found: '2' })]);
  });

  it('reports a step whose route does not exist, and a route with no steps', () => {
    const stray = step(4, { route: 'kiosk', id: 'kiosk-1', order: 1 });
    const problems = checkContent([guide], [...sound, stray, route('app', 2)]);
    expect(problems).toContainEqual(expect.objectContaining({ file: stray.file, field: 'route', found: '"kiosk"' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/routes/acme/app.mdx', field: 'steps' }));
  });

  it('reports more routes than the route picker can show', () => {
    const many = ['a', 'b', 'c', 'd'].flatMap((id, i) => [route(id, i + 2), step(1, { route: id, id: `${id}-1` })]);
    const problems = checkContent([guide], [...sound, ...many]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'routes' })]);
    expect(problems[0]?.found).toMatch(/^5:/);
  });

  it('reports a step filed in another route\'s folder than its route field names', () => {
    const misfiled = step(1, { route: 'web', routeFolder: 'app', file: 'content/steps/acme/app/01-step-1.mdx' });
    const problems = checkPieceFile(misfiled);
    expect(problems).toEqual([expect.objectContaining({ field: 'route', found: '"web"' })]);
    expect(problems[0]?.fix).toContain('route: app');
    expect(checkPieceFile(step(1, { routeFolder: undefined }))).toEqual([expect.objectContaining({ field: 'route' })]);
  });

  it('reports a written-request caveat the guide does not have', () => {
    const problems = checkContent([{ ...guide, writtenRequest: 'write-to-us' }], sound);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'writtenRequest', found: '"write-to-us"' })]);
    const caveat = step(1, { kind: 'caveats', file: 'c.mdx', id: 'write-to-us' });
    expect(checkContent([{ ...guide, writtenRequest: 'write-to-us' }], [...sound, caveat])).toEqual([]);
  });

  it("reports a source the guide file itself cites (its privacy contact, its checks after closing) but does not list", () => {
    const cited = [
      { field: 'privacyContact.emailSources', id: 'policy' },
      { field: 'afterChecks.sign-in-fails.sources', id: 'rumour' },
    ];
    expect(checkContent([{ ...guide, cited }], sound)).toEqual([
      expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'afterChecks.sign-in-fails.sources', found: '"rumour"' }),
    ]);
  });

  it('reports a repeated id within a guide', () => {
    const problems = checkContent([guide], [route('web', 1), step(1), step(2, { id: 'step-1' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'id', file: 'content/steps/acme/web/02-step-2.mdx' });
    expect(problems[0]?.found).toContain('content/steps/acme/web/01-step-1.mdx');
  });

  it('blames the same file for a repeated id whatever order the files come in', () => {
    const problems = checkContent([guide], [route('web', 1), step(2, { id: 'step-1' }), step(1)]);
    expect(problems.map((p) => p.file)).toEqual(['content/steps/acme/web/02-step-2.mdx']);
  });

  it('allows the same id in two kinds of piece', () => {
    const caveat = step(1, { kind: 'caveats', file: 'c.mdx', id: 'step-1' });
    expect(checkContent([guide], [...sound, caveat])).toEqual([]);
  });

  it('reports a piece that points at a guide that does not exist', () => {
    const problems = checkContent([guide], [...sound, step(1, { guide: 'acmee', file: 'stray.mdx' })]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'stray.mdx', field: 'guide' }));
    expect(problems.find((p) => p.field === 'guide')?.found).toContain('acmee');
  });

  it('reports a former id that another current piece still uses', () => {
    const problems = checkContent([guide], [route('web', 1), step(1), step(2, { formerIds: ['step-1', 'sign-in'] })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'formerIds', file: 'content/steps/acme/web/02-step-2.mdx' })]);
    expect(problems[0]?.found).toContain('01-step-1.mdx');
  });

  it('reports a guide with no routes, and a route with no steps', () => {
    const problems = checkContent([guide], [step(1, { kind: 'reasons' })]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'routes' })]);
    expect(checkContent([guide], [route('web', 1)])).toEqual([expect.objectContaining({ file: 'content/routes/acme/web.mdx', field: 'steps' })]);
  });

  it('reports an empty or blank body', () => {
    const problems = checkContent([guide], [route('web', 1), step(1), step(2, { body: '  \n\t' })]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/steps/acme/web/02-step-2.mdx', field: 'body' })]);
  });

  it('reports a click label that the body does not mark as <UI>', () => {
    const problems = checkContent([guide], [route('web', 1), step(1, { clicks: ['Close Account'], body: 'Click Close Account.' })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'clicks' })]);
    expect(checkContent([guide], [route('web', 1), step(1, { clicks: ['Close Account'], body: 'Click <UI>Close Account</UI>.' })])).toEqual([]);
  });

  it('reports a citation of a source the guide does not list', () => {
    const problems = checkContent([guide], [route('web', 1), step(1, { sources: ['policy', 'rumour'] })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'sources', found: '"rumour"' })]);
  });

  it('reports a before-you-start caveat without a checklist label', () => {
    const caveat: PieceFacts = { ...step(1), kind: 'caveats', file: 'c.mdx', beforeStart: true, label: undefined };
    expect(checkContent([guide], [...sound, caveat])).toEqual([expect.objectContaining({ file: 'c.mdx', field: 'label' })]);
  });

  it('formats every problem on its own line with file, field, expectation and fix', () => {
    const message = formatProblems(checkContent([guide], [route('web', 1), step(1), step(3, { body: '' })]));
    expect(message).toMatch(/^The guide content has 2 problems:/);
    expect(message).toContain('- content/steps/acme/web/03-step-3.mdx, field "order": expected 2');
    expect(message).toContain('- content/steps/acme/web/03-step-3.mdx, field "body": expected text below the frontmatter');
    expect(message).toContain('Fix:');
  });

  it('reports a piece whose guide field names another guide than the folder it sits in', () => {
    const stray = step(2, { guide: 'other', folder: 'acme', file: 'content/steps/acme/web/02-step-2.mdx' });
    const other: GuideFacts = { file: 'content/guides/other.mdx', slug: 'other', sourceIds: ['article'], recommendedRoute: 'web' };
    const problems = checkContent([guide, other], [route('web', 1), route('web', 1, { guide: 'other' }), step(1), stray, step(1, { guide: 'other' })]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/steps/acme/web/02-step-2.mdx', field: 'guide', found: '"other"' }),
    ]);
    expect(problems[0]?.expected).toContain('"acme"');
    expect(problems[0]?.fix).toContain('guide: acme');
    expect(checkPieceFile(stray)).toEqual(problems);
  });

  it('reports a piece that sits directly in its kind\'s folder, outside any guide folder', () => {
    const loose = step(1, { folder: undefined, file: 'content/steps/01-step-1.mdx' });
    expect(checkPieceFile(loose)).toEqual([expect.objectContaining({ field: 'guide', found: 'the file directly in content/steps/' })]);
  });

  it('takes the guide folder from the collection id the glob loader gives a file', () => {
    expect(guideFolder('aliexpress/01-log-in')).toBe('aliexpress');
    expect(guideFolder('01-log-in')).toBeUndefined();
    const facts = pieceFacts('steps', {
      id: 'acme/web/01-log-in',
      filePath: 'content/steps/acme/web/01-log-in.mdx',
      body: 'Log in.',
      data: { guide: { id: 'other' }, id: 'log-in', order: 1, sources: [], route: 'web' },
    });
    expect(facts).toMatchObject({ folder: 'acme', routeFolder: 'web', route: 'web', guide: 'other', file: 'content/steps/acme/web/01-log-in.mdx' });
  });

  it('accepts days written as real YYYY-MM-DD days, wherever they sit', () => {
    const data = { sourcesRead: new Date('2026-01-31T00:00:00Z'), certainty: { date: new Date('2024-02-29T00:00:00Z'), platform: 'website-phone' } };
    const written = { sourcesRead: '2026-01-31', certainty: { date: '2024-02-29', platform: 'website-phone' } };
    expect(checkDatesAsWritten('content/guides/acme.mdx', data, written)).toEqual([]);
  });

  it.each([
    ['an impossible month and day', '2026-13-45', '2027-02-14', 'a day no calendar has (it would be read as 2027-02-14)'],
    ['30 February', '2026-02-30', '2026-03-02', 'a day no calendar has'],
    ['a day without leading zeros', '2026-1-5', '2026-01-05', '2026-1-5'],
  ])('reports %s, which YAML would roll over or reshape, naming file and field', (_, text, readAs, found) => {
    const problems = checkDatesAsWritten('content/guides/acme.mdx', { sourcesRead: new Date(`${readAs}T00:00:00Z`) }, { sourcesRead: text });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/acme.mdx', field: 'sourcesRead' })]);
    const nested = checkDatesAsWritten('content/routes/acme/web.mdx', { certainty: { date: new Date(`${readAs}T00:00:00Z`) } }, { certainty: { date: text } });
    expect(nested).toEqual([expect.objectContaining({ file: 'content/routes/acme/web.mdx', field: 'certainty.date' })]);
    expect(problems[0]?.found).toContain(found);
    expect(problems[0]?.expected).toContain('YYYY-MM-DD');
    expect(problems[0]?.fix).not.toBe('');
  });

  it('reports an impossible day in a date kept as text (a reported route), which YAML rolled over before the schema saw it', () => {
    // The schema turns the Date YAML made into text, so only the written form shows the mistake.
    const problems = checkDatesAsWritten('content/routes/acme/web.mdx', { certainty: { date: '2021-03-02' } }, { certainty: { date: '2021-02-30' } });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/routes/acme/web.mdx', field: 'certainty.date' })]);
    expect(problems[0]?.found).toContain('2021-02-30, a day no calendar has (it would be read as 2021-03-02)');
    // Months and years as written, and real days, pass.
    for (const date of ['2021-11', '2021', '2021-11-24', 'undated']) {
      expect(checkDatesAsWritten('content/routes/acme/web.mdx', { certainty: { date } }, { certainty: { date } })).toEqual([]);
    }
  });
});
