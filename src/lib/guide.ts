import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkContent, contentHint, formatProblems, pieceFacts } from './content-rules';

export type GuideEntry = CollectionEntry<'guides'>;
export type ReasonEntry = CollectionEntry<'reasons'>;
export type StepEntry = CollectionEntry<'steps'>;
export type CaveatEntry = CollectionEntry<'caveats'>;

/** One guide with its pieces, each list in reading order. */
export interface Guide {
  slug: string;
  entry: GuideEntry;
  reasons: ReasonEntry[];
  steps: StepEntry[];
  caveats: CaveatEntry[];
  /** Caveats the reader must handle before step 1; they are checklist items too. */
  beforeStart: CaveatEntry[];
  /** The other caveats: background worth knowing, shown after the steps. */
  goodToKnow: CaveatEntry[];
}

type PieceEntry = ReasonEntry | StepEntry | CaveatEntry;

const byOrder = (a: PieceEntry, b: PieceEntry) => a.data.order - b.data.order;

async function load(): Promise<Guide[]> {
  const [guides, reasons, steps, caveats] = await Promise.all([
    getCollection('guides'),
    getCollection('reasons'),
    getCollection('steps'),
    getCollection('caveats'),
  ]);

  const problems = checkContent(
    guides.map((g) => ({ file: g.filePath ?? g.id, slug: g.id, sourceIds: g.data.sources.map((s) => s.id) })),
    [
      ...reasons.map((e) => pieceFacts('reasons', e)),
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
      return {
        slug: entry.id,
        entry,
        reasons: of(reasons, entry.id),
        steps: of(steps, entry.id),
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

/** The guide's sources that a piece cites, in the order the piece lists them. */
export function citedSources(guide: Guide, ids: readonly string[]): Source[] {
  const all = guide.entry.data.sources;
  return ids.flatMap((id) => all.filter((source) => source.id === id));
}
