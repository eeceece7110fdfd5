import type { APIRoute, GetStaticPaths } from 'astro';
import { guidePaths, type Guide } from '../../lib/guide';
import { cachedShareImage } from '../../lib/share-assets';
import { t } from '../../i18n/ui';

export const getStaticPaths = (() => guidePaths()) satisfies GetStaticPaths;

/** The guide's link-preview image, drawn from its title (see shareImagePath). */
export const GET: APIRoute<{ guide: Guide }> = async ({ props }) => {
  const { entry, routes } = props.guide;
  const footer = routes.length === 1 ? t('share.guideFooter', { n: routes[0]?.steps.length ?? 0 }) : t('share.guideFooterRoutes', { n: routes.length });
  const png = await cachedShareImage(
    { site: t('site.name'), title: entry.data.title, footer },
    `${entry.filePath ?? entry.id}, title`,
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
