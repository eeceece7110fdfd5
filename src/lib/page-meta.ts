/** Addresses of the files the build draws for link previews. */

/** The site's share image, or a guide's own when `guideSlug` is given. */
export function shareImagePath(guideSlug?: string): string {
  return guideSlug ? `/${guideSlug}/share.png` : '/share.png';
}
