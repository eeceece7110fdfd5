/**
 * "This step looks different": a reader whose screen does not match a step
 * can send the editors a report. The site sends nothing itself: a report page
 * shows the prefilled text, the reader adds what they saw, and a link opens
 * their email app or the issue tracker with that text, for them to send.
 *
 * Where reports go is set when the site is built, in REPORT_TO: an issue
 * tracker's new-issue address (https://…; GitHub, Gitea and Forgejo read a
 * `title` and a `body` from it) or an email address. Without it there is no
 * report link and no report page. Pure, so the report page's script can use it
 * too; report-config.ts reads the setting.
 */
import { EMAIL, mailto } from './mailto';

export type ReportDestination = { kind: 'issue'; url: string } | { kind: 'email'; address: string };

/** Reads REPORT_TO; throws, saying what is wrong, for a value that is neither kind. */
export function parseReportDestination(raw: string | undefined): ReportDestination | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const address = value.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { kind: 'email', address };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && url.search === '' && url.hash === '') return { kind: 'issue', url: url.href };
  throw new Error(
    `REPORT_TO is "${value}": expected an issue tracker's new-issue address (https://…, with no ?query or #fragment) or an email address.`,
  );
}

export interface ReportFacts {
  guideTitle: string;
  /** The page the step is on, as the reader can open it. */
  pageUrl: string;
  stepNumber: number;
  stepId: string;
  stepTitle: string;
  /** The route the step belongs to. */
  routeId: string;
  routeTitle: string;
  /** What the page said about its dates, in the words it used, e.g. "Sources last read: 28 November 2026", and how sure it is of the route. */
  dates: readonly string[];
}

export interface Report {
  subject: string;
  body: string;
}

/** The report's words, with room for what the reader saw; the page shows them for the reader to edit. */
export function reportText(facts: ReportFacts, words: { subject: string; saw: string; page: string; route: string; step: string }): Report {
  return {
    subject: words.subject,
    body: [
      `${words.page}: ${facts.guideTitle}`,
      facts.pageUrl,
      `${words.route}: ${facts.routeTitle} (${facts.routeId})`,
      `${words.step} ${facts.stepNumber} (${facts.stepId}): ${facts.stepTitle}`,
      ...facts.dates,
      '',
      words.saw,
      '',
    ].join('\n'),
  };
}

/** Where the reader's report opens: an email draft, or the tracker's new-issue form, with the text filled in. */
export function reportHref(destination: ReportDestination, report: Report): string {
  if (destination.kind === 'email') return mailto(destination.address, report.subject, report.body);
  const url = new URL(destination.url);
  url.searchParams.set('title', report.subject);
  url.searchParams.set('body', report.body);
  return url.href;
}
