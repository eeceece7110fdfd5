/**
 * Rules a guide's content must follow that a per-file schema cannot express,
 * because they look across files: orders, unique ids, references, citations.
 * Pure so that each rule can be tested with small bad fixtures.
 */
import { isoDay, parseIsoDay } from './dates';

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
  /** The guide folder the file sits in ("aliexpress" for content/steps/aliexpress/…); undefined when it sits directly in content/steps/. */
  folder: string | undefined;
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

/** What the rules read of a piece's frontmatter, once the schemas in content.config.ts have parsed it. */
export interface PieceData {
  guide: { id: string };
  id: string;
  order: number;
  sources: readonly string[];
  formerIds?: readonly string[];
  clicks?: readonly string[];
  beforeStart?: boolean;
  label?: string | undefined;
}

/** The facts of one loaded piece: `id` is its collection id, `filePath` its file. */
export function pieceFacts(
  kind: PieceKind,
  entry: { id: string; filePath?: string | undefined; body?: string | undefined; data: PieceData },
): PieceFacts {
  const { data } = entry;
  return {
    kind,
    file: entry.filePath ?? entry.id,
    folder: guideFolder(entry.id),
    guide: data.guide.id,
    id: data.id,
    order: data.order,
    body: entry.body ?? '',
    sources: data.sources,
    formerIds: data.formerIds,
    clicks: data.clicks,
    beforeStart: data.beforeStart,
    label: data.label,
  };
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
  for (const [id, found] of groupBy(group, (piece) => piece.id)) {
    if (found.length < 2) continue;
    // Collections come in no fixed order: the file that sorts first keeps the id, so every run blames the same one.
    const same = [...found].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
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

/**
 * The guide folder of a piece, from its collection id: Astro's glob loader names
 * an entry by its path under the kind's folder, e.g. "aliexpress/01-log-in".
 */
export function guideFolder(entryId: string): string | undefined {
  const slash = entryId.indexOf('/');
  return slash > 0 ? entryId.slice(0, slash) : undefined;
}

/**
 * The rules one piece's file must follow by itself. The content loader applies
 * them as each file is read, so `astro sync` and the dev server catch them too.
 */
export function checkPieceFile(piece: PieceFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const kindDir = `content/${piece.kind}`;
  if (piece.folder === undefined) {
    problems.push({
      file: piece.file,
      field: 'guide',
      expected: `the file inside its guide's folder, ${kindDir}/${piece.guide}/`,
      found: `the file directly in ${kindDir}/`,
      fix: `move it to ${kindDir}/${piece.guide}/`,
    });
  } else if (piece.folder !== piece.guide) {
    problems.push({
      file: piece.file,
      field: 'guide',
      expected: `"${piece.folder}", the guide whose folder (${kindDir}/${piece.folder}/) the file sits in`,
      found: `"${piece.guide}"`,
      fix: `set guide: ${piece.folder}, or move the file to ${kindDir}/${piece.guide}/ if it belongs to that guide`,
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

/**
 * Days as the editor wrote them. YAML reads `2026-13-45` as 14 February 2027 and
 * `2026-1-5` as 5 January, so every date in `data` (the parsed frontmatter) must
 * have been written as a real `YYYY-MM-DD` day in `written` (the same frontmatter
 * read without YAML timestamps).
 */
export function checkDatesAsWritten(file: string, data: unknown, written: unknown, path: string[] = []): ContentProblem[] {
  if (data instanceof Date) {
    if (typeof written === 'string' && parseIsoDay(written)) return [];
    const text = typeof written === 'string' ? written : JSON.stringify(written);
    return [
      {
        file,
        field: path.join('.'),
        expected: 'a day that exists, written YYYY-MM-DD, e.g. 2026-01-31',
        found: `${text}${/^\d{4}-\d{2}-\d{2}$/.test(text) ? `, a day no calendar has (it would be read as ${isoDay(data)})` : ''}`,
        fix: 'write year-month-day with leading zeros, a month from 01 to 12 and a day that month has',
      },
    ];
  }
  if (data === null || typeof data !== 'object') return [];
  const writtenFields: Record<string, unknown> = written !== null && typeof written === 'object' ? { ...written } : {};
  return Object.entries(data).flatMap(([key, value]) => checkDatesAsWritten(file, value, writtenFields[key], [...path, key]));
}

/** The rules that need the piece's guide: it exists, and lists every source the piece cites. */
function checkPieceInGuide(piece: PieceFacts, guide: GuideFacts | undefined): ContentProblem[] {
  if (!guide) {
    return [
      {
        file: piece.file,
        field: 'guide',
        expected: 'the name of a guide file in content/guides (without .mdx)',
        found: `"${piece.guide}", which matches no guide`,
        fix: `create content/guides/${piece.guide}.mdx or correct the name`,
      },
    ];
  }
  return piece.sources
    .filter((source) => !guide.sourceIds.includes(source))
    .map((source) => ({
      file: piece.file,
      field: 'sources',
      expected: `one of the source ids listed in ${guide.file}: ${guide.sourceIds.join(', ')}`,
      found: `"${source}"`,
      fix: `add the source to the guide's sources or correct the id`,
    }));
}

/** Every problem in the given content, in a stable order; an empty list means the content is sound. */
export function checkContent(guides: readonly GuideFacts[], pieces: readonly PieceFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));

  for (const piece of pieces) problems.push(...checkPieceInGuide(piece, bySlug.get(piece.guide)), ...checkPieceFile(piece));

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

/** The hint shown under every content error, in the build log and the dev server's overlay. */
export const contentHint =
  'Each line names a file and a field. README.md ("Editing a guide") describes every field and what the build checks.';

/** One problem as one sentence: file, field, what was expected, what was found, the fix. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}, field "${p.field}": expected ${p.expected}; found ${p.found}. Fix: ${p.fix}.`;
}

/** One message for the build log, naming every broken file and field. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `- ${formatProblem(p)}`);
  return `The guide content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
