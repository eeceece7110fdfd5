import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/built-site';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('HTML validity (W3C Nu HTML checker)', () => {
  const pages = builtPages();

  // One Java start for every page: the checker takes a few seconds to warm up.
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages.map((p) => join(distDir, p.file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run java for vnu.jar (Java 17 or newer is needed): ${run.error.message}`);
  const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;

  it.each(pages.map((p) => [p.path, p.file]))('%s has no HTML errors', (_, file) => {
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => m.url?.endsWith(`/dist/${file}`))
      .map((m) => `line ${m.lastLine}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`);
    expect(errors).toEqual([]);
  });

  it('could read every page', () => {
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
    expect(run.status === 0 || messages.length > 0, run.stderr).toBe(true);
  });
});
