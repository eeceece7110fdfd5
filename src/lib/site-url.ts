/**
 * The site's public origin. Deployments set SITE_URL to their own; local builds and
 * tests use the placeholder. astro.config.mjs and the build checks both read it here.
 */
export const siteUrl: string = process.env.SITE_URL ?? 'https://delete-guides.example';
