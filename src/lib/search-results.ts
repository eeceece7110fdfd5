import { parseAnchorId, type AnchorKind } from './anchors';

/**
 * Turns Pagefind's answer (pages, each with sub-results split at headings
 * that have an id) into the list a reader sees: one entry per piece, the
 * best match first. Pagefind returns sub-results in page order, so "which
 * step matches best" is decided here, from the weights Pagefind gives every
 * matched word (a word in a heading weighs more than one in the text).
 */

/** One matched word, as Pagefind reports it. */
export interface MatchedWord {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A part of a page that starts at a heading with an id (or the page's start). */
export interface SubResult {
  title: string;
  url: string;
  /** Text around the match; Pagefind escapes it and wraps matches in <mark>. */
  excerpt: string;
  anchor?: { id: string; element: string } | undefined;
  weighted_locations: MatchedWord[];
}

/** The data of one page result, as Pagefind's `result.data()` resolves. */
export interface PageResult {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

/** What a result is: a piece of a guide, another section of it, or the guide's introduction. */
export type HitKind = AnchorKind | 'section' | 'page';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  kind: HitKind;
  /**
   * What the page records as metadata under the piece's anchor id: a caveat's badge
   * ("Important"), the word the page shows on it; a step's route ("In the app").
   */
  label?: string | undefined;
  /** The guide's service name from the page's metadata, e.g. "AliExpress". */
  guide: string;
  score: number;
}

function kindOf(sub: SubResult): HitKind {
  if (!sub.anchor) return 'page';
  return parseAnchorId(sub.anchor.id)?.kind ?? 'section';
}

function scoreOf(sub: SubResult): number {
  return sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

const isPiece = (kind: HitKind) => kind !== 'section' && kind !== 'page';

/**
 * Every sub-result of every page, best first. Pieces (steps, caveats, reasons)
 * come before the rest of a guide (introduction, section headings): a section
 * heading like "How to delete your AliExpress account" matches almost any
 * query through its weighty heading, yet the reader wants the step. Ties keep
 * Pagefind's page order and then reading order, so the earlier step wins.
 */
export function rankHits(pages: readonly PageResult[], limit = 8): SearchHit[] {
  const hits = pages.flatMap((page) =>
    page.sub_results.map((sub) => ({
      url: sub.url,
      title: sub.title,
      excerpt: sub.excerpt,
      kind: kindOf(sub),
      label: sub.anchor ? page.meta[sub.anchor.id] : undefined,
      guide: page.meta.service ?? page.meta.title ?? '',
      score: scoreOf(sub),
    })),
  );
  // Array.prototype.sort is stable, which keeps the tie-break above.
  return hits
    .sort((a, b) => Number(isPiece(b.kind)) - Number(isPiece(a.kind)) || b.score - a.score)
    .slice(0, limit);
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Splits an excerpt into plain and highlighted runs, so the page can show it
 * with text nodes and <mark> elements instead of trusting it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text.length > 0);
}

/** How much of a query the status line repeats: enough to recognise it, never enough to overflow or drone on. */
export const ECHO_LENGTH = 60;

/**
 * The query as the status line repeats it (it is read aloud too): at most
 * ECHO_LENGTH characters, cut at a character, never inside one, and marked
 * as cut with "…".
 */
export function echoedQuery(query: string): string {
  const characters = Array.from(query.trim());
  return characters.length <= ECHO_LENGTH ? characters.join('') : `${characters.slice(0, ECHO_LENGTH - 1).join('')}…`;
}
