import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';

/**
 * Indexes the built pages for search as the last part of every build, however
 * it was started (`npm run build`, `npx astro build`, `astro build --root
 * <copy>`): `astro build` empties dist/, index included, so an index made by a
 * separate command afterwards was missing whenever someone forgot that command.
 * Pagefind's Node API runs its own binary; nothing is downloaded.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: readonly string[]) =>
          new AstroError(`Pagefind could not ${what}: ${errors.join('; ')}`, 'The search index is part of the build; see README.md, "Search".');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw fail('start', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw fail(`index ${site}`, added.errors);
          // An index of nothing would leave search silently empty.
          if (added.page_count === 0) throw fail('find a page to index', [`no HTML file in ${site}`]);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw fail('write the index', written.errors);
          logger.info(`Search index in pagefind/, from ${added.page_count} HTML file${added.page_count === 1 ? '' : 's'}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
