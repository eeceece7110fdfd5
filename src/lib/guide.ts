import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkContent, contentHint, formatProblems, pieceFacts } from './content-rules';

export type GuideEntry = CollectionEntry<'guides'>;
export type ReasonEntry = CollectionEntry<'reasons'>;
export type RouteEntry = CollectionEntry<'routes'>;
export type StepEntry = CollectionEntry<'steps'>;
export type CaveatEntry = CollectionEntry<'caveats'>;

/** One way to close the account, with its steps in order. */
export interface Route {
  entry: RouteEntry;
  steps: StepEntry[];
  /** True for the route the guide recommends (always the first). */
  recommended: boolean;
}

/** One guide with its pieces, each list in reading order. */
export interface Guide {
  slug: string;
  entry: GuideEntry;
  reasons: ReasonEntry[];
  /** The ways to close the account, the recommended one first. */
  routes: Route[];
  /** Every route's steps, route by route. */
  steps: StepEntry[];
  caveats: CaveatEntry[];
  /** Caveats the reader must handle before step 1; they are checklist items too. */
  beforeStart: CaveatEntry[];
  /** The other caveats: background worth knowing, shown after the steps. */
  goodToKnow: CaveatEntry[];
}

type PieceEntry = ReasonEntry | RouteEntry | StepEntry | CaveatEntry;

const byOrder = (a: PieceEntry, b: PieceEntry) => a.data.order - b.data.order;

async function load(): Promise<Guide[]> {
  const [guides, reasons, routes, steps, caveats] = await Promise.all([
    getCollection('guides'),
    getCollection('reasons'),
    getCollection('routes'),
    getCollection('steps'),
    getCollection('caveats'),
  ]);

  const problems = checkContent(
    guides.map((g) => ({
      file: g.filePath ?? g.id,
      slug: g.id,
      sourceIds: g.data.sources.map((s) => s.id),
      recommendedRoute: g.data.recommendedRoute,
      writtenRequest: g.data.writtenRequest,
      cited: [
        ...(g.data.privacyContact?.emailSources ?? []).map((id) => ({ field: 'privacyContact.emailSources', id })),
        ...(g.data.privacyContact?.requestPage?.sources ?? []).map((id) => ({ field: 'privacyContact.requestPage.sources', id })),
        ...g.data.afterChecks.flatMap((check) => check.sources.map((id) => ({ field: `afterChecks.${check.id}.sources`, id }))),
      ],
    })),
    [
      ...reasons.map((e) => pieceFacts('reasons', e)),
      ...routes.map((e) => pieceFacts('routes', e)),
      ...steps.map((e) => pieceFacts('steps', e)),
      ...caveats.map((e) => pieceFacts('caveats', e)),
    ],
  );
  if (problems.length > 0) throw new AstroError(formatProblems(problems), contentHint);

  const of = <T extends PieceEntry>(entries: T[], slug: string) =>
    entries.filter((e) => e.data.guide.id === slug).sort(byOrder);

  return guides
    .map((entry) => {
      const guideCaveats = of(caveats, entry.id);
      const guideSteps = of(steps, entry.id);
      // Content rules put the recommended route first (order 1).
      const guideRoutes = of(routes, entry.id).map((route) => ({
        entry: route,
        steps: guideSteps.filter((step) => step.data.route === route.data.id),
        recommended: route.data.id === entry.data.recommendedRoute,
      }));
      return {
        slug: entry.id,
        entry,
        reasons: of(reasons, entry.id),
        routes: guideRoutes,
        steps: guideRoutes.flatMap((route) => route.steps),
        caveats: guideCaveats,
        beforeStart: guideCaveats.filter((c) => c.data.beforeStart),
        goodToKnow: guideCaveats.filter((c) => !c.data.beforeStart),
      };
    })
    .sort((a, b) => a.entry.data.service.localeCompare(b.entry.data.service));
}

let loaded: Promise<Guide[]> | undefined;

/** Every guide, validated once per build; throws with every content problem found. */
export function loadGuides(): Promise<Guide[]> {
  // The dev server keeps modules alive across content edits, so only a build may reuse the result.
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}

/** The routes of a per-guide page (the guide, its checklist): one per guide, with the guide as props. */
export async function guidePaths() {
  return (await loadGuides()).map((guide) => ({ params: { guide: guide.slug }, props: { guide } }));
}

export async function getGuide(slug: string): Promise<Guide> {
  const guide = (await loadGuides()).find((g) => g.slug === slug);
  if (!guide) throw new AstroError(`No guide "${slug}" in content/guides.`, 'Create content/guides/<name>.mdx, or link to a guide that exists.');
  return guide;
}

type Source = GuideEntry['data']['sources'][number];

/** The route the guide recommends: the first. */
export function recommendedRoute(guide: Pick<Guide, 'routes'>): Route {
  const [first] = guide.routes;
  if (!first) throw new AstroError('A guide without routes reached a page.', 'Content rules require at least one route; see src/lib/content-rules.ts.');
  return first;
}

/** The route a step belongs to. */
export function routeOf(guide: Pick<Guide, 'routes'>, step: StepEntry): Route {
  return guide.routes.find((route) => route.steps.includes(step)) ?? recommendedRoute(guide);
}

/** The guide's sources that a piece cites, in the order the piece lists them. */
export function citedSources(guide: Guide, ids: readonly string[]): Source[] {
  const all = guide.entry.data.sources;
  return ids.flatMap((id) => all.filter((source) => source.id === id));
}
