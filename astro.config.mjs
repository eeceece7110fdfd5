// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import securityHeaders from './src/integrations/security-headers.ts';
import { inlineScript } from './src/integrations/inline-script.ts';
import { siteUrl } from './src/lib/site-url.ts';

// Deployments set SITE_URL to their own origin; canonical URLs and the
// checklist's QR code are built from it.
const site = siteUrl;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // securityHeaders hashes the finished pages' inline code, so it stays last.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), securityHeaders()],
  vite: {
    plugins: [tailwindcss(), inlineScript()],
    // The search dialog is bundled as a standalone ES module (see SearchButton.astro).
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
