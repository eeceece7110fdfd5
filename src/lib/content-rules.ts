/**
 * Rules a guide's content must follow that a per-file schema cannot express,
 * because they look across files: orders, unique ids, references, citations.
 * Pure so that each rule can be tested with small bad fixtures.
 */

export type PieceKind = 'reasons' | 'steps' | 'caveats';

export interface GuideFacts {
  /** Path of the guide file, for messages. */
  file: string;
  /** The guide's collection id, e.g. "aliexpress". */
  slug: string;
  /** Ids of the sources the guide lists. */
  sourceIds: readonly string[];
}

export interface PieceFacts {
  kind: PieceKind;
  file: string;
  guide: string;
  id: string;
  order: number;
  /** The raw MDX body. */
  body: string;
  sources: readonly string[];
  /** Steps only: interface labels that must appear in the body as <UI>…</UI>. */
  clicks?: readonly string[];
  /** Ids the piece had before a rename. */
  formerIds?: readonly string[];
  /** Caveats only. */
  beforeStart?: boolean;
  label?: string | undefined;
}

export interface ContentProblem {
  file: string;
  field: string;
  expected: string;
  found: string;
  fix: string;
}

const singular: Record<PieceKind, string> = { reasons: 'reason', steps: 'step', caveats: 'caveat' };

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function checkOrders(group: readonly PieceFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sorted = [...group].sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  sorted.forEach((piece, index) => {
    const expected = index + 1;
    if (piece.order === expected) return;
    const twin = sorted.find((other) => other !== piece && other.order === piece.order);
    problems.push({
      file: piece.file,
      field: 'order',
      expected: `${expected} (${singular[piece.kind]} orders in guide "${piece.guide}" count 1, 2, 3… with no gaps or repeats)`,
      found: twin ? `${piece.order}, which ${twin.file} also uses` : String(piece.order),
      fix: `renumber the ${piece.kind} of "${piece.guide}" so they run from 1 to ${sorted.length}`,
    });
  });
  return problems;
}

function checkUniqueIds(group: readonly PieceFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map(group.map((piece) => [piece.id, piece]));
  for (const piece of group) {
    for (const former of piece.formerIds ?? []) {
      const owner = ids.get(former);
      if (!owner) continue;
      problems.push({
        file: piece.file,
        field: 'formerIds',
        expected: `ids no current ${singular[piece.kind]} of guide "${piece.guide}" uses`,
        found: `"${former}", the id of ${owner.file}`,
        fix: 'remove it: saved ticks cannot belong to two pieces',
      });
    }
  }
  for (const [id, same] of groupBy(group, (piece) => piece.id)) {
    if (same.length < 2) continue;
    for (const piece of same.slice(1)) {
      problems.push({
        file: piece.file,
        field: 'id',
        expected: `an id no other ${singular[piece.kind]} of guide "${piece.guide}" uses`,
        found: `"${id}", already used by ${same[0]?.file}`,
        fix: 'give this piece its own id; never reuse or change an id readers may have saved progress under',
      });
    }
  }
  return problems;
}

function checkPiece(piece: PieceFacts, guide: GuideFacts | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!guide) {
    problems.push({
      file: piece.file,
      field: 'guide',
      expected: 'the name of a guide file in content/guides (without .mdx)',
      found: `"${piece.guide}", which matches no guide`,
      fix: `create content/guides/${piece.guide}.mdx or correct the name`,
    });
  }
  if (piece.body.trim() === '') {
    problems.push({
      file: piece.file,
      field: 'body',
      expected: 'text below the frontmatter',
      found: 'an empty body',
      fix: `write what the reader needs to know for this ${singular[piece.kind]}`,
    });
  }
  for (const label of piece.clicks ?? []) {
    if (!piece.body.includes(`<UI>${label}</UI>`)) {
      problems.push({
        file: piece.file,
        field: 'clicks',
        expected: `the body to mark "${label}" as <UI>${label}</UI>`,
        found: 'no such mark in the body',
        fix: `wrap the label in the text as <UI>${label}</UI>, spelled exactly as in clicks`,
      });
    }
  }
  if (guide) {
    for (const source of piece.sources) {
      if (guide.sourceIds.includes(source)) continue;
      problems.push({
        file: piece.file,
        field: 'sources',
        expected: `one of the source ids listed in ${guide.file}: ${guide.sourceIds.join(', ')}`,
        found: `"${source}"`,
        fix: `add the source to the guide's sources or correct the id`,
      });
    }
  }
  if (piece.kind === 'caveats' && piece.beforeStart && !piece.label) {
    problems.push({
      file: piece.file,
      field: 'label',
      expected: 'a short checklist line, because beforeStart is true',
      found: 'no label',
      fix: 'add label: "…" (what the reader ticks once it is handled)',
    });
  }
  return problems;
}

/** Every problem in the given content, in a stable order; an empty list means the content is sound. */
export function checkContent(guides: readonly GuideFacts[], pieces: readonly PieceFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));

  for (const piece of pieces) problems.push(...checkPiece(piece, bySlug.get(piece.guide)));

  for (const group of groupBy(pieces, (piece) => `${piece.guide}\u0000${piece.kind}`).values()) {
    problems.push(...checkOrders(group), ...checkUniqueIds(group));
  }

  for (const guide of guides) {
    if (!pieces.some((piece) => piece.kind === 'steps' && piece.guide === guide.slug)) {
      problems.push({
        file: guide.file,
        field: 'steps',
        expected: `at least one step in content/steps/${guide.slug}/`,
        found: 'no steps',
        fix: `add step files such as content/steps/${guide.slug}/01-log-in.mdx with guide: ${guide.slug}`,
      });
    }
  }
  return problems;
}

/** One message for the build log, naming every broken file and field. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p) => `- ${p.file}, field "${p.field}": expected ${p.expected}; found ${p.found}. Fix: ${p.fix}.`,
  );
  return `The guide content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
