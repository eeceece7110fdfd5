import { describe, expect, it } from 'vitest';
import { parseReportDestination, reportHref, reportText, type ReportFacts } from '../../src/lib/report';

const facts: ReportFacts = {
  guideTitle: 'How to delete your Acme account',
  pageUrl: 'https://guides.test/acme/?route=app#step-open-settings',
  stepNumber: 2,
  stepId: 'open-settings',
  stepTitle: 'Open the settings & privacy page',
  routeId: 'app',
  routeTitle: 'In the Acme app',
  dates: ['Sources last read: 31 January 2026', 'How sure we are: Reported by a blog, 2025'],
};
const words = { subject: 'Acme, step 2 looks different', saw: 'What I saw:', page: 'Guide', route: 'Route', step: 'Step' };

describe('where reports go (REPORT_TO)', () => {
  it('takes an issue tracker’s new-issue address or an email address, with or without mailto:', () => {
    expect(parseReportDestination('https://github.com/o/r/issues/new')).toEqual({ kind: 'issue', url: 'https://github.com/o/r/issues/new' });
    expect(parseReportDestination('editors@example.org')).toEqual({ kind: 'email', address: 'editors@example.org' });
    expect(parseReportDestination(' mailto:editors@example.org ')).toEqual({ kind: 'email', address: 'editors@example.org' });
  });

  it('shows no report link when unset', () => {
    expect(parseReportDestination(undefined)).toBeUndefined();
    expect(parseReportDestination('  ')).toBeUndefined();
  });

  it('stops the build, naming the variable and what it expects, for anything else', () => {
    for (const bad of ['http://tracker.test/new', 'javascript:alert(1)', 'https://tracker.test/new?x=1', 'editors', 'a b@c.d']) {
      expect(() => parseReportDestination(bad), bad).toThrow(/REPORT_TO is ".*": expected an issue tracker's new-issue address/);
    }
  });
});

describe('a report', () => {
  const report = reportText(facts, words);

  it('names the guide, its address, the route, the step by number, id and title, and the page’s dates, with room for what the reader saw', () => {
    expect(report.body.split('\n')).toEqual([
      'Guide: How to delete your Acme account',
      'https://guides.test/acme/?route=app#step-open-settings',
      'Route: In the Acme app (app)',
      'Step 2 (open-settings): Open the settings & privacy page',
      'Sources last read: 31 January 2026',
      'How sure we are: Reported by a blog, 2025',
      '',
      'What I saw:',
      '',
    ]);
  });

  it('opens as an email draft whose subject and body decode back to the text, line breaks as CRLF', () => {
    const href = reportHref({ kind: 'email', address: 'editors@example.org' }, report);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('editors@example.org');
    // A mail client reads + as a plus sign, not a space; raw spaces and line breaks break the link.
    expect(href).not.toMatch(/[+ \n]/);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replaceAll('+', '%2B'));
    expect(query.get('subject')).toBe(words.subject);
    expect(query.get('body')).toBe(report.body.replace(/\n/g, '\r\n'));
  });

  it('opens as the tracker’s new-issue form with the title and body filled in', () => {
    const url = new URL(reportHref({ kind: 'issue', url: 'https://github.com/o/r/issues/new' }, report));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe(words.subject);
    expect(url.searchParams.get('body')).toBe(report.body);
  });
});
