import type { APIRoute } from 'astro';
import { brand } from '../lib/brand';
import { t } from '../i18n/ui';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t('site.name'),
      short_name: t('site.name'),
      description: t('site.description'),
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: brand.surface,
      theme_color: brand.accent,
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
