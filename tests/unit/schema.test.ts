import { describe, expect, it } from 'vitest';
import { caveatSchema, guideSchema, pieceId, routeSchema, stepSchema } from '../../src/content.config';

const goodStep = {
  guide: 'bramblebox',
  route: 'website',
  id: 'sign-in',
  order: 1,
  title: 'Sign in to Bramblebox',
  label: 'Sign in with your locker number',
};

const goodRoute = {
  guide: 'bramblebox',
  id: 'website',
  order: 1,
  title: 'On the website',
  platforms: ['website-computer'],
  start: 'Website: Menu, then Privacy settings',
  sources: ['handbook'],
  certainty: { status: 'reported', by: 'the handbook', date: 'undated' },
};

/** A guide with every required field sound; tests break one field at a time. */
const guide = {
  title: 'How to delete your Acme account',
  service: 'Acme',
  description: 'Close an Acme account step by step.',
  sourcesRead: '2026-01-31',
  minutes: 10,
  difficulty: 'easy',
  recommendedRoute: 'website',
  recommendedWhy: 'It works in any browser.',
  sources: [{ id: 'article', title: 'An article', date: 'undated', note: 'the source' }],
  conclusion: 'Done.',
};

function issuesOf(result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('content schemas', () => {
  it('accepts a complete step and fills defaults', () => {
    const result = stepSchema.safeParse(goodStep);
    expect(result.success).toBe(true);
    expect(result.data?.clicks).toEqual([]);
    expect(result.data?.sources).toEqual([]);
  });

  it('names each missing or wrong step field', () => {
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, label: undefined }))).toEqual(['label']);
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, route: undefined }))).toEqual(['route']);
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, order: 0 }))).toEqual(['order']);
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, order: 1.5 }))).toEqual(['order']);
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, title: '' }))).toEqual(['title']);
    expect(issuesOf(stepSchema.safeParse({ ...goodStep, label: 'x'.repeat(81) }))).toEqual(['label']);
  });

  it('keeps ids to lower-case words joined by single hyphens', () => {
    for (const good of ['log-in', 'step2', 'a-b-c']) expect(pieceId.safeParse(good).success).toBe(true);
    for (const bad of ['Log-In', 'log in', 'log--in', '-log', 'log-', '', 'log_in', 'étape']) {
      expect(pieceId.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts only the known caveat severities', () => {
    const caveat = { ...goodStep, severity: 'warning' };
    expect(caveatSchema.safeParse(caveat).success).toBe(true);
    expect(caveatSchema.parse(caveat).beforeStart).toBe(false);
    expect(issuesOf(caveatSchema.safeParse({ ...caveat, severity: 'critical' }))).toEqual(['severity']);
  });

  it('validates a guide: difficulty scale, dates, links and sources', () => {
    const parsed = guideSchema.parse(guide);
    expect(parsed.sourcesRead).toBeInstanceOf(Date);
    expect(parsed.officialLinks).toEqual([]);
    expect(issuesOf(guideSchema.safeParse({ ...guide, difficulty: 'trivial' }))).toEqual(['difficulty']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, recommendedRoute: undefined }))).toEqual(['recommendedRoute']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, recommendedWhy: 'x'.repeat(161) }))).toEqual(['recommendedWhy']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, sourcesRead: 'last week' }))).toEqual(['sourcesRead']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, sources: [] }))).toEqual(['sources']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, sources: [{ id: 'article', title: 'An article', note: 'the source' }] }))).toEqual([
      'sources.0.date',
    ]);
    expect(issuesOf(guideSchema.safeParse({ ...guide, officialLinks: [{ label: 'Home', url: 'not a url' }] }))).toEqual([
      'officialLinks.0.url',
    ]);
  });

  it('takes a route as reported only with who reports it and a date as precise as the source, or "undated"', () => {
    const reported = (certainty: Record<string, unknown>) => routeSchema.safeParse({ ...goodRoute, certainty });
    expect(reported({ status: 'reported', by: 'JustDeleteMe', date: '2021-11' }).data?.certainty).toEqual({
      status: 'reported',
      by: 'JustDeleteMe',
      date: '2021-11',
    });
    // YAML hands over a bare year as a number and a whole day as a Date; both are kept as written.
    expect(reported({ status: 'reported', by: 'a blog', date: 2025 }).data?.certainty).toMatchObject({ date: '2025' });
    expect(reported({ status: 'reported', by: 'a blog', date: new Date('2021-11-24T00:00:00Z') }).data?.certainty).toMatchObject({ date: '2021-11-24' });
    expect(reported({ status: 'reported', by: 'a blog', date: 'undated' }).success).toBe(true);
    expect(issuesOf(reported({ status: 'reported', date: '2021-11' }))).toEqual(['certainty.by']);
    expect(issuesOf(reported({ status: 'reported', by: 'a blog' }))).toEqual(['certainty.date']);
    for (const bad of ['November 2021', '2021-13', '21-11', 'recently']) {
      const result = reported({ status: 'reported', by: 'a blog', date: bad });
      expect(issuesOf(result), bad).toEqual(['certainty.date']);
      expect(result.error?.issues[0]?.message, bad).toContain(`found "${bad}"`);
    }
  });

  it('takes a route as confirmed only with a day and a platform, and for an app its version', () => {
    const confirmed = (certainty: Record<string, unknown>) => routeSchema.safeParse({ ...goodRoute, certainty });
    const onTheWeb = { status: 'confirmed', date: '2026-01-30', platform: 'website-computer' };
    const parsed = confirmed(onTheWeb).data?.certainty;
    expect(parsed?.status === 'confirmed' && parsed.date.toISOString()).toBe('2026-01-30T00:00:00.000Z');
    expect(issuesOf(confirmed({ ...onTheWeb, date: undefined }))).toEqual(['certainty.date']);
    expect(issuesOf(confirmed({ ...onTheWeb, platform: undefined }))).toEqual(['certainty.platform']);
    expect(issuesOf(confirmed({ ...onTheWeb, date: '2026-02-30' }))).toEqual(['certainty.date']);
    expect(issuesOf(confirmed({ ...onTheWeb, platform: 'smart fridge' }))).toEqual(['certainty.platform']);
    expect(issuesOf(confirmed({ ...onTheWeb, platform: 'iphone-app' }))).toEqual(['certainty.appVersion']);
    expect(confirmed({ ...onTheWeb, platform: 'iphone-app', appVersion: '8.120.4' }).success).toBe(true);
  });

  it('takes a route only with a platform and a source', () => {
    expect(routeSchema.safeParse(goodRoute).success).toBe(true);
    expect(issuesOf(routeSchema.safeParse({ ...goodRoute, platforms: [] }))).toEqual(['platforms']);
    expect(issuesOf(routeSchema.safeParse({ ...goodRoute, sources: [] }))).toEqual(['sources']);
    expect(issuesOf(routeSchema.safeParse({ ...goodRoute, start: undefined }))).toEqual(['start']);
  });

  it('takes sourcesRead only as a real day written YYYY-MM-DD, never rolled over into another day', () => {
    expect(guideSchema.parse(guide).sourcesRead.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    // YAML hands an unquoted day over as a Date; the loader checks how it was written.
    expect(guideSchema.parse({ ...guide, sourcesRead: new Date('2026-01-31T00:00:00Z') }).sourcesRead.toISOString()).toBe(
      '2026-01-31T00:00:00.000Z',
    );
    for (const bad of ['2026-13-45', '2026-02-30', '2026-2-3', '31/01/2026', '2026-01-31T10:00:00Z']) {
      const result = guideSchema.safeParse({ ...guide, sourcesRead: bad });
      expect(issuesOf(result), bad).toEqual(['sourcesRead']);
      expect(result.error?.issues[0]?.message, bad).toContain(`found "${bad}"`);
    }
  });
});
