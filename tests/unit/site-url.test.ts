import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import siteUrlCheck from '../../src/integrations/site-url-warning';
import { placeholderSiteUrl, publicUrl, siteUrlWarning } from '../../src/lib/site-url';

type BuildStart = NonNullable<AstroIntegration['hooks']['astro:build:start']>;

/** The lines a build prints as it starts, with SITE_URL as given. */
async function warningsOfABuild(siteUrl: string): Promise<string[]> {
  vi.stubEnv('SITE_URL', siteUrl);
  const warned: string[] = [];
  const logger = { warn: (line: string) => warned.push(line), info: () => {}, error: () => {} };
  // Only what the step reads: a logger.
  await siteUrlCheck().hooks['astro:build:start']?.({ logger } as unknown as Parameters<BuildStart>[0]);
  return warned;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the site’s public address', () => {
  it('gives a page’s address for paper only when the build was told the real origin', () => {
    expect(publicUrl('/aliexpress/', 'https://guides.example.org')).toBe('https://guides.example.org/aliexpress/');
    expect(publicUrl('/aliexpress/', 'https://guides.example.org/')).toBe('https://guides.example.org/aliexpress/');
    expect(publicUrl('/aliexpress/', undefined)).toBeUndefined();
    expect(publicUrl('/aliexpress/', '')).toBeUndefined();
  });

  it('a build without SITE_URL says so in one line, naming the placeholder and what is left off paper', async () => {
    const warned = await warningsOfABuild('');
    expect(warned).toHaveLength(1);
    expect(warned[0]).not.toContain('\n');
    expect(warned[0]).toContain('SITE_URL is not set');
    expect(warned[0]).toContain(placeholderSiteUrl);
    expect(warned[0]).toContain('no address or QR code');
    expect(siteUrlWarning(undefined)).toBe(warned[0]);
  });

  it('a build with SITE_URL says nothing about it', async () => {
    expect(await warningsOfABuild('https://guides.example.org')).toEqual([]);
  });
});
