import type { APIRoute, GetStaticPaths } from 'astro';
import { guidePaths, type Guide } from '../../lib/guide';
import { shareImage } from '../../lib/share-image';
import { t } from '../../i18n/ui';

export const getStaticPaths = (() => guidePaths()) satisfies GetStaticPaths;

/** The guide's link-preview image, drawn from its title (see shareImagePath). */
export const GET: APIRoute<{ guide: Guide }> = ({ props }) =>
  new Response(
    shareImage({ site: t('site.name'), title: props.guide.entry.data.title, footer: t('share.guideFooter', { n: props.guide.steps.length }) }),
    { headers: { 'Content-Type': 'image/png' } },
  );
