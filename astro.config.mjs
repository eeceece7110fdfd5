// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteUrlCheck from './src/integrations/site-url-warning.ts';
import { inlineScript } from './src/integrations/inline-script.ts';
import { siteUrl } from './src/lib/site-url.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // The sitemap leaves out the pages that ask not to be indexed: 404 and the report pages.
  // pagefindIndex indexes every build for search; securityHeaders hashes the finished pages' inline code, so it stays last.
  integrations: [siteUrlCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') && !page.includes('/report/') }), pagefindIndex(), securityHeaders()],
  vite: {
    plugins: [tailwindcss(), inlineScript()],
    // The search dialog is bundled as a standalone ES module (see SearchButton.astro).
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
  // Each page carries its own CSS (see src/styles/global.css): one request, and no rules for other pages.
  build: { inlineStylesheets: 'always' },
});
