import { describe, expect, it } from 'vitest';
import { caveatSchema, guideSchema, pieceId, stepSchema } from '../../src/content.config';

const goodStep = {
  guide: 'bramblebox',
  id: 'sign-in',
  order: 1,
  title: 'Sign in to Bramblebox',
  label: 'Sign in with your locker number',
};

/** A guide with every required field sound; tests break one field at a time. */
const guide = {
  title: 'How to delete your Acme account',
  service: 'Acme',
  description: 'Close an Acme account step by step.',
  sourcesRead: '2026-01-31',
  minutes: 10,
  difficulty: 'easy',
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
    expect(issuesOf(guideSchema.safeParse({ ...guide, sourcesRead: 'last week' }))).toEqual(['sourcesRead']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, sources: [] }))).toEqual(['sources']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, sources: [{ id: 'article', title: 'An article', note: 'the source' }] }))).toEqual([
      'sources.0.date',
    ]);
    expect(issuesOf(guideSchema.safeParse({ ...guide, officialLinks: [{ label: 'Home', url: 'not a url' }] }))).toEqual([
      'officialLinks.0.url',
    ]);
  });

  it('takes the steps as followed only with a day and a platform, and for an app its version', () => {
    expect(guideSchema.parse(guide).followed).toBeUndefined();
    const onTheWeb = { date: '2026-01-30', platform: 'website-computer' };
    expect(guideSchema.parse({ ...guide, followed: onTheWeb }).followed?.date.toISOString()).toBe('2026-01-30T00:00:00.000Z');
    expect(issuesOf(guideSchema.safeParse({ ...guide, followed: { platform: 'website-computer' } }))).toEqual(['followed.date']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, followed: { date: '2026-01-30' } }))).toEqual(['followed.platform']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, followed: { ...onTheWeb, platform: 'smart fridge' } }))).toEqual(['followed.platform']);
    expect(issuesOf(guideSchema.safeParse({ ...guide, followed: { date: '2026-01-30', platform: 'iphone-app' } }))).toEqual(['followed.appVersion']);
    expect(guideSchema.safeParse({ ...guide, followed: { date: '2026-01-30', platform: 'iphone-app', appVersion: '8.120.4' } }).success).toBe(true);
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
