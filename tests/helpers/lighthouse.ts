import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string; numericValue?: number }>;
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/** A file name for a page's report: "/aliexpress/" gives "aliexpress", "/" gives "home". */
export function reportName(path: string): string {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
}

/**
 * Runs Lighthouse's CLI (mobile, its default) in Debian's Chromium against `url`
 * and returns the report, also kept at `output`.
 */
export function lighthouse(url: string, categories: readonly string[], output: string): Promise<LighthouseReport> {
  // Lighthouse does not create its output folder.
  mkdirSync(dirname(output), { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        `--only-categories=${categories.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`lighthouse exited with ${code}:\n${stderr}`));
      else resolve(JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport);
    });
  });
}
