// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// Deployments set SITE_URL to their own origin; canonical URLs and the
// checklist's QR code are built from it.
const site = process.env.SITE_URL ?? 'https://delete-guides.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
    // The search dialog is bundled as a standalone ES module (see SearchButton.astro).
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
