/**
 * The site's public origin. Deployments set SITE_URL to their own; local builds and
 * tests use the placeholder, which canonical URLs, the sitemap and robots.txt need
 * some origin for. astro.config.mjs and the build checks both read it here.
 */
export const placeholderSiteUrl = 'https://delete-guides.example';

export const siteUrl: string = process.env.SITE_URL || placeholderSiteUrl;

/**
 * The address of a page for readers to type or scan (the printed checklist), or
 * undefined when the build was not told the site's real address: a placeholder
 * on paper would lead nowhere. Read when called, so one process can ask for both.
 */
export function publicUrl(path: string, configured: string | undefined = process.env.SITE_URL): string | undefined {
  return configured ? new URL(path, configured).href : undefined;
}

/** The one line a build prints when SITE_URL is unset, or undefined when it is set. */
export function siteUrlWarning(configured: string | undefined = process.env.SITE_URL): string | undefined {
  if (configured) return undefined;
  return `SITE_URL is not set: canonical links and the sitemap use ${placeholderSiteUrl}, and printed checklists carry no address or QR code. Set SITE_URL=https://your.domain for a build you publish.`;
}
