/**
 * The loader of every guide collection: Astro's glob loader over the .mdx
 * files, with each body rendered to HTML as it is loaded (see mdx-html.ts)
 * rather than left for the build to compile as a module. Entries come out as
 * Markdown entries do, so `render(entry)` works as usual.
 */
import { glob, type Loader } from 'astro/loaders';
import { mdxToHtml } from './mdx-html';
// Astro keeps loaded entries between builds and reloads a file only when it
// changes; the renderer's own source is part of what the HTML depends on.
import rendererSource from './mdx-html.ts?raw';

type DataStore = Parameters<Loader['load']>[0]['store'];

export function renderedMdx(options: { pattern: string; base: string }): Loader {
  const files = glob(options);
  return {
    name: 'rendered-mdx',
    load: async (context) => {
      const { store, config } = context;
      const renderer = context.generateDigest(rendererSource + JSON.stringify(config.markdown));
      const jobs: Promise<void>[] = [];
      const problems: string[] = [];
      // After the first load only the dev server's file watcher sets entries: it reports, it cannot stop.
      let report: (problem: string) => void = (problem) => problems.push(problem);
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
          if (!deferredRender) return store.set(entry);
          const file = entry.filePath ?? `${options.base}/${entry.id}`;
          jobs.push(
            mdxToHtml(entry.body ?? '', file, config.markdown).then(
              (html) => {
                // The store keeps an entry whose file is unchanged; this one's HTML is new.
                store.delete(entry.id);
                store.set({ ...rest, rendered: { html, metadata: { renderer } } });
              },
              (error: unknown) => report(error instanceof Error ? error.message : String(error)),
            ),
          );
          return true;
        },
      };
      await files.load({ ...context, store: renderingStore });
      await Promise.all(jobs);
      report = (problem) => context.logger.error(problem);
      if (problems.length > 0) throw new Error(`Guide content that cannot be shown:\n- ${problems.join('\n- ')}`);
    },
  };
}
