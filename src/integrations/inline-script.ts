import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const QUERY = 'inline-script';

/**
 * `import code from './x.ts?inline-script'` gives x.ts and what it imports,
 * bundled and minified, as a string for `<script is:inline set:html={code}>`.
 * Code that must run before first paint can so stay typed, shared with the
 * rest of the site and unit-tested, yet ship as a few hundred bytes.
 */
export function inlineScript(): Plugin {
  return {
    name: 'delete-guides:inline-script',
    async load(id) {
      const [file, query] = id.split('?');
      if (query !== QUERY || !file) return null;
      const result = await build({
        entryPoints: [file],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2020',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
      const code = result.outputFiles[0]?.text.trim() ?? '';
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
