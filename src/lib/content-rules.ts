/**
 * Rules a guide's content must follow that a per-file schema cannot express,
 * because they look across files: orders, unique ids, references, citations.
 * Pure so that each rule can be tested with small bad fixtures.
 */
import { isoDay, parseIsoDay } from './dates';

export type PieceKind = 'reasons' | 'routes' | 'steps' | 'caveats';

/** The most routes a guide may have: the route picker's stylesheet shows one of up to this many (see RoutePicker.css). */
export const MAX_ROUTES = 4;

export interface GuideFacts {
  /** Path of the guide file, for messages. */
  file: string;
  /** The guide's collection id, e.g. "aliexpress". */
  slug: string;
  /** Ids of the sources the guide lists. */
  sourceIds: readonly string[];
  /** The id of the route the guide recommends. */
  recommendedRoute: string;
  /** The id of the caveat on asking in writing, if the guide names one. */
  writtenRequest?: string | undefined;
  /** Source ids the guide file itself cites (its privacy contact, its checks after closing), with the field that cites each. */
  cited?: readonly { field: string; id: string }[];
}

export interface PieceFacts {
  kind: PieceKind;
  file: string;
  /** The guide folder the file sits in ("aliexpress" for content/steps/aliexpress/…); undefined when it sits directly in content/steps/. */
  folder: string | undefined;
  /** Steps only: the route folder the file sits in ("website" for content/steps/aliexpress/website/…). */
  routeFolder?: string | undefined;
  guide: string;
  id: string;
  order: number;
  /** The raw MDX body. */
  body: string;
  sources: readonly string[];
  /** Steps only: the route the step belongs to. */
  route?: string | undefined;
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
  route?: string;
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
    routeFolder: kind === 'steps' ? entry.id.split('/').slice(1, -1).join('/') || undefined : undefined,
    guide: data.guide.id,
    id: data.id,
    order: data.order,
    body: entry.body ?? '',
    sources: data.sources,
    formerIds: data.formerIds,
    route: data.route,
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

const singular: Record<PieceKind, string> = { reasons: 'reason', routes: 'route', steps: 'step', caveats: 'caveat' };

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
  const where = (piece: PieceFacts) => (piece.kind === 'steps' ? `route "${piece.route}" of guide "${piece.guide}"` : `guide "${piece.guide}"`);
  const sorted = [...group].sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  sorted.forEach((piece, index) => {
    const expected = index + 1;
    if (piece.order === expected) return;
    const twin = sorted.find((other) => other !== piece && other.order === piece.order);
    problems.push({
      file: piece.file,
      field: 'order',
      expected: `${expected} (${singular[piece.kind]} orders in ${where(piece)} count 1, 2, 3… with no gaps or repeats)`,
      found: twin ? `${piece.order}, which ${twin.file} also uses` : String(piece.order),
      fix: `renumber the ${piece.kind} of ${where(piece)} so they run from 1 to ${sorted.length}`,
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
  if (piece.kind === 'steps' && piece.folder === piece.guide && piece.routeFolder !== piece.route) {
    const routeDir = `${kindDir}/${piece.guide}/${piece.route}/`;
    problems.push({
      file: piece.file,
      field: 'route',
      expected: piece.routeFolder
        ? `"${piece.routeFolder}", the route whose folder (${kindDir}/${piece.guide}/${piece.routeFolder}/) the file sits in`
        : `the file inside its route's folder, ${routeDir}`,
      found: piece.routeFolder ? `"${piece.route}"` : `the file directly in ${kindDir}/${piece.guide}/`,
      fix: piece.routeFolder ? `set route: ${piece.routeFolder}, or move the file to ${routeDir}` : `move it to ${routeDir}`,
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
  // A field that keeps its date as text (a reported route's date) holds YAML's rolled-over day
  // as text, so it is caught by its written form: a day that does not exist.
  const rolledText = typeof data === 'string' && typeof written === 'string' && data !== written && /^\d{4}-\d{2}-\d{2}$/.test(written);
  if (data instanceof Date || rolledText) {
    if (typeof written === 'string' && parseIsoDay(written)) return [];
    const text = typeof written === 'string' ? written : JSON.stringify(written);
    const readAs = data instanceof Date ? isoDay(data) : String(data);
    return [
      {
        file,
        field: path.join('.'),
        expected: 'a day that exists, written YYYY-MM-DD, e.g. 2026-01-31',
        found: `${text}${/^\d{4}-\d{2}-\d{2}$/.test(text) ? `, a day no calendar has (it would be read as ${readAs})` : ''}`,
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

  // Step ids are unique across a guide's routes (an id is an anchor and a stored tick); orders count within a route.
  for (const group of groupBy(pieces, (piece) => `${piece.guide}\u0000${piece.kind}`).values()) {
    problems.push(...checkUniqueIds(group));
  }
  for (const group of groupBy(pieces, (piece) => `${piece.guide}\u0000${piece.kind}\u0000${piece.kind === 'steps' ? piece.route : ''}`).values()) {
    problems.push(...checkOrders(group));
  }
  problems.push(...checkRoutes(guides, pieces));
  for (const guide of guides) {
    for (const { field, id } of guide.cited ?? []) {
      if (guide.sourceIds.includes(id)) continue;
      problems.push({
        file: guide.file,
        field,
        expected: `one of the source ids listed in the guide's sources: ${guide.sourceIds.join(', ')}`,
        found: `"${id}"`,
        fix: "add the source to the guide's sources or correct the id",
      });
    }
  }

  return problems;
}

/** A guide has routes (at most MAX_ROUTES), recommends one of them, and every route has steps; every step names a route of its guide. */
function checkRoutes(guides: readonly GuideFacts[], pieces: readonly PieceFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const guide of guides) {
    // In the picker's order, so messages read the same whatever order the files load in.
    const routes = pieces.filter((piece) => piece.kind === 'routes' && piece.guide === guide.slug).sort((a, b) => a.order - b.order);
    const steps = pieces.filter((piece) => piece.kind === 'steps' && piece.guide === guide.slug);
    const routeIds = routes.map((route) => route.id);
    if (routes.length === 0) {
      problems.push({
        file: guide.file,
        field: 'routes',
        expected: `at least one route in content/routes/${guide.slug}/`,
        found: 'no routes',
        fix: `add a route file such as content/routes/${guide.slug}/website.mdx with guide: ${guide.slug}, and its steps in content/steps/${guide.slug}/website/`,
      });
      continue;
    }
    if (routes.length > MAX_ROUTES) {
      problems.push({
        file: guide.file,
        field: 'routes',
        expected: `at most ${MAX_ROUTES} routes (the route picker shows one of up to ${MAX_ROUTES})`,
        found: `${routes.length}: ${routeIds.join(', ')}`,
        fix: `merge routes, or raise MAX_ROUTES in src/lib/content-rules.ts together with the rules in src/components/RoutePicker.css`,
      });
    }
    const recommended = routes.find((route) => route.id === guide.recommendedRoute);
    if (!recommended) {
      problems.push({
        file: guide.file,
        field: 'recommendedRoute',
        expected: `the id of one of the guide's routes: ${routeIds.join(', ')}`,
        found: `"${guide.recommendedRoute}"`,
        fix: 'name the route readers should try first',
      });
    } else if (recommended.order !== 1) {
      problems.push({
        file: recommended.file,
        field: 'order',
        expected: `1, because ${guide.file} recommends this route and the picker shows it first`,
        found: String(recommended.order),
        fix: 'give the recommended route order 1 and renumber the others',
      });
    }
    const caveatIds = pieces.filter((piece) => piece.kind === 'caveats' && piece.guide === guide.slug).map((caveat) => caveat.id);
    if (guide.writtenRequest !== undefined && !caveatIds.includes(guide.writtenRequest)) {
      problems.push({
        file: guide.file,
        field: 'writtenRequest',
        expected: `the id of one of the guide's caveats: ${caveatIds.join(', ') || 'it has none'}`,
        found: `"${guide.writtenRequest}"`,
        fix: 'name the caveat that says how to ask in writing, or remove the field',
      });
    }
    for (const step of steps) {
      if (step.route === undefined || routeIds.includes(step.route)) continue;
      problems.push({
        file: step.file,
        field: 'route',
        expected: `the id of one of guide "${guide.slug}"'s routes: ${routeIds.join(', ')}`,
        found: `"${step.route}"`,
        fix: `create content/routes/${guide.slug}/${step.route}.mdx or correct the id`,
      });
    }
    for (const route of routes) {
      if (steps.some((step) => step.route === route.id)) continue;
      problems.push({
        file: route.file,
        field: 'steps',
        expected: `at least one step in content/steps/${guide.slug}/${route.id}/`,
        found: 'no steps',
        fix: `add step files such as content/steps/${guide.slug}/${route.id}/01-log-in.mdx with route: ${route.id}`,
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
