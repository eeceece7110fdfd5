import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copySite } from '../helpers/site-copy';

const project = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the site whose content/ holds the real guide plus
 * `count - 1` generated copies of it, each a guide of its own.
 */
export function siteWithGuides(count: number): string {
  const root = copySite(`bench-site-${count}-`);
  const content = join(root, 'content');
  const guide = readFileSync(join(content, 'guides/aliexpress.mdx'), 'utf8');
  for (let n = 2; n <= count; n++) {
    const slug = `example-${String(n).padStart(4, '0')}`;
    const service = `Example ${n}`;
    writeFileSync(join(content, `guides/${slug}.mdx`), guide.replaceAll('AliExpress', service));
    for (const kind of ['reasons', 'steps', 'caveats']) {
      const from = join(content, kind, 'aliexpress');
      const to = join(content, kind, slug);
      mkdirSync(to, { recursive: true });
      for (const file of readdirSync(from)) {
        const text = readFileSync(join(from, file), 'utf8').replace(/^guide: aliexpress$/m, `guide: ${slug}`);
        writeFileSync(join(to, file), text.replaceAll('AliExpress', service));
      }
    }
  }
  return root;
}

/** The summed resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    total += rss.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

function run(command: string, args: string[]): Promise<{ seconds: number; peakBytes: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    // Node's default heap, as `npm run build` gets it: the benchmark must show what a real build needs.
    const env = { ...process.env, CI: 'true' };
    const child = spawn(command, args, { cwd: project, stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
      else resolvePromise({ seconds: (performance.now() - started) / 1000, peakBytes: peak });
    });
  });
}

export interface BuildRun {
  seconds: number;
  peakBytes: number;
}

/** Builds the copy as `npm run build` would (the build indexes it for search too), timing it and watching its memory. */
export async function buildSite(root: string): Promise<BuildRun> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  return run('npx', ['astro', 'build', '--root', root]);
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
