import type { APIRoute } from 'astro';
import { shareImage } from '../lib/share-image';
import { t } from '../i18n/ui';

/** The site's link-preview image, for pages without one of their own. */
export const GET: APIRoute = () =>
  new Response(shareImage({ site: t('site.name'), title: t('site.tagline'), footer: t('share.siteFooter') }), {
    headers: { 'Content-Type': 'image/png' },
  });
