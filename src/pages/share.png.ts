import type { APIRoute } from 'astro';
import { cachedShareImage } from '../lib/share-assets';
import { t } from '../i18n/ui';

/** The site's link-preview image, for pages without one of their own. */
export const GET: APIRoute = async () =>
  new Response(
    await cachedShareImage({ site: t('site.name'), title: t('site.tagline'), footer: t('share.siteFooter') }, 'src/i18n/ui.ts, site.tagline'),
    { headers: { 'Content-Type': 'image/png' } },
  );
