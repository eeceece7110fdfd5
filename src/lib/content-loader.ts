/**
 * The loader of every guide collection: Astro's glob loader over the .mdx
 * files, with each body rendered to HTML as it is loaded (see mdx-html.ts)
 * rather than left for the build to compile as a module. Entries come out as
 * Markdown entries do, so `render(entry)` works as usual.
 *
 * It also applies the rules one file must follow by itself (dates as written,
 * and for pieces `checkPieceFile` in content-rules.ts), so `astro sync`, the
 * dev server and the build all stop at a broken file; the rules across files
 * wait for the guide loader (guide.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parse } from 'yaml';
import {
  checkDatesAsWritten,
  checkPieceFile,
  contentHint,
  formatProblems,
  pieceFacts,
  type ContentProblem,
  type PieceData,
  type PieceKind,
} from './content-rules';
import { MdxBodyError, mdxToHtml } from './mdx-html';
// Astro keeps loaded entries between builds and reloads a file only when it
// changes; the renderer's own source is part of what the HTML depends on.
import rendererSource from './mdx-html.ts?raw';

type DataStore = Parameters<Loader['load']>[0]['store'];

/** A file as its editor wrote it: the frontmatter as YAML 1.2 (no timestamps) and the lines above the body. */
function asWritten(source: string, body: string): { frontmatter: unknown; linesAbove: number } {
  const raw = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const start = body ? source.indexOf(body) : -1;
  return {
    frontmatter: raw.trim() === '' ? {} : parse(raw),
    linesAbove: start >= 0 ? source.slice(0, start).split('\n').length - 1 : 0,
  };
}

function problemsOf(error: unknown): ContentProblem[] {
  if (error instanceof MdxBodyError) return [error.problem];
  throw error;
}

export function renderedMdx(options: { pattern: string; base: string; kind?: PieceKind }): Loader {
  const files = glob(options);
  return {
    name: 'rendered-mdx',
    load: async (context) => {
      const { store, config } = context;
      const root = fileURLToPath(config.root);
      const renderer = context.generateDigest(rendererSource + JSON.stringify(config.markdown));
      const jobs: Promise<void>[] = [];
      const problems: ContentProblem[] = [];
      // After the first load only the dev server's file watcher sets entries: it reports, it cannot stop.
      let report: (found: ContentProblem[]) => void = (found) => problems.push(...found);
      let watching = false;
      /**
       * A broken file is not stored while content loads, so the next load reads it again and
       * reports it again. While the dev server watches, it is stored (the page then shows the
       * problem in Astro's overlay, through guide.ts) under a digest no file has, for the same reason.
       */
      const keep = (entry: Parameters<DataStore['set']>[0], broken: boolean) => {
        if (broken && !watching) return false;
        // The store keeps an entry whose digest is unchanged; this one's content is new.
        store.delete(entry.id);
        return store.set(broken ? { ...entry, digest: `${entry.digest ?? ''}:broken` } : entry);
      };
      const renderingStore: DataStore = {
        // An entry rendered by another version of the renderer is loaded again.
        get: <TData extends Record<string, unknown>>(id: string) => {
          const entry = store.get<TData>(id);
          return entry?.rendered?.metadata?.renderer === renderer ? entry : undefined;
        },
        entries: () => store.entries(),
        values: () => store.values(),
        keys: () => store.keys(),
        delete: (id) => store.delete(id),
        clear: () => store.clear(),
        has: (id) => store.has(id),
        // No module per file: the HTML is in the store already.
        addModuleImport: () => {},
        set: (entry) => {
          const { deferredRender, ...rest } = entry;
          const file = entry.filePath ?? `${options.base}/${entry.id}`;
          const written = asWritten(readFileSync(resolve(root, file), 'utf8'), entry.body ?? '');
          const found = checkDatesAsWritten(file, entry.data, written.frontmatter);
          if (options.kind) {
            // The schema has parsed the data by now, so it has the shape PieceData describes.
            found.push(...checkPieceFile(pieceFacts(options.kind, { ...entry, filePath: file, data: entry.data as unknown as PieceData })));
          }
          if (found.length > 0) report(found);
          if (!deferredRender) return keep(entry, found.length > 0);
          jobs.push(
            mdxToHtml(entry.body ?? '', file, config.markdown, written.linesAbove).then(
              (html) => {
                keep({ ...rest, rendered: { html, metadata: { renderer } } }, found.length > 0);
              },
              (error: unknown) => report(problemsOf(error)),
            ),
          );
          return true;
        },
      };
      await files.load({ ...context, store: renderingStore });
      await Promise.all(jobs);
      report = (found) => context.logger.error(formatProblems(found));
      watching = true;
      // Bodies render in parallel; sorted, the message reads the same on every run.
      problems.sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
      if (problems.length > 0) throw new AstroError(formatProblems(problems), contentHint);
    },
  };
}
