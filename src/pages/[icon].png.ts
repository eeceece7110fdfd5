import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcon } from '../lib/share-image';

/** App icons for home screens and the web app manifest; favicon.svg serves browsers' tabs. */
const icons = {
  'apple-touch-icon': { size: 180, maskable: true },
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'icon-maskable-512': { size: 512, maskable: true },
} as const;

export const getStaticPaths = (() =>
  Object.entries(icons).map(([icon, options]) => ({ params: { icon }, props: options }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; maskable: boolean }> = ({ props }) =>
  new Response(appIcon(props.size, { maskable: props.maskable }), { headers: { 'Content-Type': 'image/png' } });
