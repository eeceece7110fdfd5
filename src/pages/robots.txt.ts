import type { APIRoute } from 'astro';

/** Everything may be indexed; the sitemap comes from @astrojs/sitemap at the site's own address. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs (set SITE_URL)');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
