import type { APIRoute } from 'astro';
import { appIcon } from '../lib/share-image';
import { icoFromPng } from '../lib/ico';

export const GET: APIRoute = () => new Response(icoFromPng(appIcon(32)), { headers: { 'Content-Type': 'image/x-icon' } });
