/**
 * A guide as its content files word it, for tests that check a page says what the content
 * says: the fictional guide of tests/fixtures/content, or a real one. Read from the files
 * themselves, not through the site's loader, so a test never takes the code under test's
 * word for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureContent } from './test-site.mjs';

type Frontmatter = Record<string, unknown>;

/** The first sentence of a file's body, without MDX marks: enough to recognise the text on a page. */
function firstSentence(file: string): string {
  const body = readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
  const plain = body.replace(/<\/?UI>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  return /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
}

/** A file's frontmatter, read as YAML 1.2 (dates stay as written). */
function frontmatter(file: string): Frontmatter {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  if (block === undefined) throw new Error(`${file}: no frontmatter`);
  const fields: unknown = parse(block);
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new Error(`${file}: frontmatter is not a set of fields`);
  return fields as Frontmatter;
}

const text = (fields: Frontmatter, key: string) => {
  const value = fields[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};
const record = (value: unknown): Frontmatter => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Frontmatter) : {});
const list = (fields: Frontmatter, key: string) => {
  const value = fields[key];
  return Array.isArray(value) ? value.map(String) : [];
};

export interface WrittenPiece {
  id: string;
  order: number;
  title: string;
  label: string;
  clicks: string[];
  formerIds: string[];
  beforeStart: boolean;
  /** The body's first sentence as a reader sees it (interface labels unmarked), to find it on a page. */
  firstSentence: string;
}

export interface WrittenRoute {
  id: string;
  order: number;
  title: string;
  /** Where the route begins, as the checklist names it among the other ways in. */
  start: string;
  steps: WrittenPiece[];
}

function pieces(content: string, slug: string, kind: 'reasons' | 'steps' | 'caveats', route?: string): WrittenPiece[] {
  const dir = route ? join(content, kind, slug, route) : join(content, kind, slug);
  return readdirSync(dir)
    .map((name) => ({ fields: frontmatter(join(dir, name)), file: join(dir, name) }))
    .map(({ fields, file }) => ({
      id: text(fields, 'id'),
      order: Number(text(fields, 'order')),
      title: text(fields, 'title'),
      label: text(fields, 'label'),
      clicks: list(fields, 'clicks'),
      formerIds: list(fields, 'formerIds'),
      beforeStart: text(fields, 'beforeStart') === 'true',
      firstSentence: firstSentence(file),
    }))
    .sort((a, b) => a.order - b.order);
}

function routes(content: string, slug: string): WrittenRoute[] {
  const dir = join(content, 'routes', slug);
  return readdirSync(dir)
    .map((name) => frontmatter(join(dir, name)))
    .map((fields) => ({
      id: text(fields, 'id'),
      order: Number(text(fields, 'order')),
      title: text(fields, 'title'),
      start: text(fields, 'start'),
      steps: pieces(content, slug, 'steps', text(fields, 'id')),
    }))
    .sort((a, b) => a.order - b.order);
}

/** The guide `slug` in a content folder laid out like content/. */
export function guideAsWritten(content: string, slug: string) {
  const guide = frontmatter(join(content, 'guides', `${slug}.mdx`));
  const caveats = pieces(content, slug, 'caveats');
  const allRoutes = routes(content, slug);
  const recommended = allRoutes.find((route) => route.id === text(guide, 'recommendedRoute'));
  if (!recommended) throw new Error(`${slug}: recommendedRoute names no route`);
  return {
    slug,
    path: `/${slug}/`,
    title: text(guide, 'title'),
    service: text(guide, 'service'),
    reasons: pieces(content, slug, 'reasons'),
    /** Every route, the recommended first. */
    routes: allRoutes,
    recommended,
    /** Another route than the recommended one, for tests of switching. */
    other: allRoutes.find((route) => route !== recommended),
    /** The recommended route's steps: what a new reader's page shows. */
    steps: recommended.steps,
    beforeStart: caveats.filter((caveat) => caveat.beforeStart),
    goodToKnow: caveats.filter((caveat) => !caveat.beforeStart),
    /** Where a written request goes, as the guide file gives it. */
    privacyContact: record(guide.privacyContact),
    /** The "Is it really gone?" checks, in order. */
    afterChecks: (Array.isArray(guide.afterChecks) ? guide.afterChecks : []).map((check) => {
      const fields = record(check);
      return { id: text(fields, 'id'), label: text(fields, 'label'), why: text(fields, 'why'), sources: list(fields, 'sources') };
    }),
  };
}

/** The fictional guide the behaviour tests read. */
export const fixtureGuide = (slug = 'bramblebox') => guideAsWritten(fixtureContent, slug);
