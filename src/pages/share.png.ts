import type { APIRoute } from 'astro';
import { fonts } from '../lib/share-assets';
import { shareImage } from '../lib/share-image';
import { t } from '../i18n/ui';

/** The site's link-preview image, for pages without one of their own. */
export const GET: APIRoute = async () =>
  new Response(
    await shareImage(
      { site: t('site.name'), title: t('site.tagline'), footer: t('share.siteFooter') },
      { fonts: fonts(), source: 'src/i18n/ui.ts, site.tagline' },
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
