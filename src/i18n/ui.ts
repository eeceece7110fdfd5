import { fill } from './fill';

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
  'theme.dark': 'Dark theme',
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
  'progress.title': 'Your progress',
  'progress.steps': '{done} of {total} steps done',
  'progress.checks': '{done} of {total} checks before you start',
  'progress.start': 'Start at step {n}',
  'progress.continue': 'Continue at step {n}',
  'progress.finished': 'All {total} steps done.',
  'progress.whatNext': 'What happens to your data next',
  'progress.kept': 'Your ticks are kept only in this browser, on this device.',
  'progress.notice.unavailable':
    'Your browser is not letting this site store anything, so your ticks will be forgotten when you leave this page.',
  'progress.notice.failed':
    'Your ticks could not be saved (the browser’s storage may be full), so they will be forgotten when you leave this page.',
  'progress.notice.newer': 'This guide was updated in another tab. Reload this page to keep saving your ticks.',
  'progress.notice.recovered':
    'Your saved progress could not be read, so it starts afresh. The unreadable data is kept in this browser.',
  'progress.reset': 'Start over',
  'progress.reset.confirm': 'Clear every tick for this guide?',
  'progress.reset.yes': 'Clear ticks',
  'progress.reset.no': 'Keep them',
  'progress.reset.done': 'Ticks cleared.',
  'progress.undo': 'Undo',
  'progress.announce.done': '{item}: done. {summary}.',
  'progress.announce.undone': '{item}: not done. {summary}.',
  'progress.announce.synced': 'Progress updated from another tab. {summary}.',
  'progress.step.done': 'Done',
  'progress.step.name': 'Step {n}',
  'checklist.link': 'Print a checklist',
  'checklist.title': 'Checklist: delete your {service} account',
  'checklist.description': 'A one-page checklist for closing your {service} account: what to sort out first and every step, to print and tick off.',
  'checklist.lead': 'Print it and tick each line as you go. The full guide, with every detail, is at the address below.',
  'checklist.reviewed': 'Guide last reviewed',
  'checklist.address': 'Full guide',
  'checklist.qr': 'QR code linking to {url}',
  'checklist.beforeStart': 'Before you start',
  'checklist.steps': 'Steps',
  'checklist.click': 'Look for',
  'checklist.notes': 'Notes',
  'checklist.choice': 'What to print',
  'checklist.blank': 'A blank checklist',
  'checklist.withProgress': 'With my progress',
  'checklist.print': 'Print',
  'checklist.printHint': 'To print, use your browser’s Print command.',
  'checklist.progressNote': 'Printed with your progress: {steps}, {checks}.',
  'checklist.done': 'done',
  'checklist.back': 'Back to the guide',
  'notFound.title': 'Page not found',
  'notFound.lead': 'We could not find that page. It may have moved, or the address may have a typo.',
  'notFound.back': 'See all guides',
} as const;

export type UiKey = keyof typeof ui;

/** The string for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(ui[key], values);
}
