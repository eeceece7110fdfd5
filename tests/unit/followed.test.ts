import { describe, expect, it } from 'vitest';
import { followedText } from '../../src/lib/followed';

describe('what a reader is told about following the steps on the live site', () => {
  it('says plainly that nobody has, when no one has', () => {
    expect(followedText(undefined)).toBe('Not yet by us');
  });

  it('gives the day and the platform, and for an app its version', () => {
    const date = new Date('2026-01-30T00:00:00Z');
    expect(followedText({ date, platform: 'website-phone' })).toBe('30 January 2026, website on a phone');
    expect(followedText({ date, platform: 'iphone-app', appVersion: '8.120.4' })).toBe('30 January 2026, iPhone app version 8.120.4');
  });
});
