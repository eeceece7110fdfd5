import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/site-url';

/** Says once, as a build starts, when the build does not know the site's real address (see lib/site-url.ts). */
export default function siteUrlCheck(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning();
        if (warning) logger.warn(warning);
      },
    },
  };
}
