import type { APIRoute, GetStaticPaths } from 'astro';
import { guidePaths, type Guide } from '../../lib/guide';
import { cachedShareImage } from '../../lib/share-assets';
import { t } from '../../i18n/ui';

export const getStaticPaths = (() => guidePaths()) satisfies GetStaticPaths;

/** The guide's link-preview image, drawn from its title (see shareImagePath). */
export const GET: APIRoute<{ guide: Guide }> = async ({ props }) => {
  const { entry, steps } = props.guide;
  const png = await cachedShareImage(
    { site: t('site.name'), title: entry.data.title, footer: t('share.guideFooter', { n: steps.length }) },
    `${entry.filePath ?? entry.id}, title`,
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
