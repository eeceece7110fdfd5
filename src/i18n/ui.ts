/**
 * Every string the interface shows, with flat dotted keys, so a translation
 * is a new dictionary rather than a hunt through components.
 * `{name}` marks a value filled in by `t()`.
 */
export const ui = {
  'site.name': 'Delete Guides',
  'site.tagline': 'Plain, private guides to closing your online accounts.',
  'site.description':
    'Step-by-step guides to deleting online accounts, written in plain words. No tracking, no cookies: your progress stays on your device.',
  'skip.toMain': 'Skip to content',
  'nav.home': 'All guides',
  'nav.primary': 'Main',
  'theme.toDark': 'Switch to dark theme',
  'theme.toLight': 'Switch to light theme',
  'footer.privacy':
    'This site has no tracking, no analytics and no cookies, and makes no requests to anyone else. Your progress is kept only in this browser, on this device.',
  'footer.independent': 'An independent guide, not affiliated with any service it describes.',
  'home.title': 'Delete your accounts, calmly and completely',
  'home.lead':
    'Clear guides to closing online accounts: what to sort out first, every step in order, and what happens to your data afterwards.',
  'home.guides': 'Guides',
  'home.readGuide': 'Read the guide',
  'home.privacy.title': 'Private by design',
  'guide.meta.time': 'Time',
  'guide.meta.minutes': 'about {n} minutes',
  'guide.meta.difficulty': 'Difficulty',
  'guide.meta.reviewed': 'Last reviewed',
  'guide.meta.steps': 'Steps',
  'guide.difficulty.easy': 'Easy',
  'guide.difficulty.medium': 'Medium',
  'guide.difficulty.hard': 'Hard',
  'guide.difficulty.impossible': 'Impossible',
  'guide.beforeStart.title': 'Before you start',
  'guide.beforeStart.lead': 'Closing the account cannot be undone, so deal with these first.',
  'guide.reasons.title': 'Why delete your {service} account?',
  'guide.steps.title': 'How to delete your {service} account',
  'guide.steps.screensNote': '{service} may change its screens. If yours look different, see “{title}” below.',
  'guide.goodToKnow.title': 'Good to know',
  'guide.conclusion.title': 'In short',
  'guide.sources.title': 'Sources',
  'guide.sources.lead': 'The steps follow our source article. Facts added from other sources name them.',
  'guide.officialLinks.title': 'Official pages',
  'guide.changeNote':
    '{service} may change its screens and rules at any time. We check this guide regularly; the date above says when we last did.',
  'piece.source': 'Source',
  'piece.sources': 'Sources',
  'step.number': 'Step {n}',
  'step.copyLink': 'Copy link to step {n}',
  'step.copied': 'Link copied',
  'step.copyFailed': 'Could not copy; the link is in the address bar',
  'caveat.severity.info': 'Good to know',
  'caveat.severity.warning': 'Important',
  'caveat.severity.danger': 'Cannot be undone',
  'notFound.title': 'Page not found',
  'notFound.lead': 'We could not find that page. It may have moved, or the address may have a typo.',
  'notFound.back': 'See all guides',
  'share.guideFooter': '{n} steps, in order. No tracking, no cookies.',
  'share.siteFooter': 'No tracking, no cookies, no requests to anyone else.',
  'share.imageAlt': '{title}, on Delete Guides',
} as const;

export type UiKey = keyof typeof ui;

/** The string for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
