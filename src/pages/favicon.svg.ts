import type { APIRoute } from 'astro';
import { brand } from '../lib/brand';
import { markSvg } from '../lib/mark';

/** The tab icon, drawn from the same shape as the header's mark and the PNG icons. */
export const GET: APIRoute = () =>
  new Response(markSvg({ square: brand.accent, tick: brand.onAccent }), { headers: { 'Content-Type': 'image/svg+xml' } });
