import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySite } from '../helpers/site-copy';

let root: string | undefined;

/** A copy of the site whose content an editor has just broken. */
function siteWith(edit: (contentDir: string) => void): string {
  root = copySite('broken-site-');
  edit(join(root, 'content'));
  return root;
}

function build(dir: string) {
  const run = spawnSync('npx', ['astro', 'build', '--root', dir], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function rewrite(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('a build over broken content', () => {
  it('stops and names the file and field when frontmatter breaks the schema', () => {
    const dir = siteWith((content) =>
      rewrite(join(content, 'steps/aliexpress/03-go-to-account-information.mdx'), /^label: .*\n/m, ''),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('03-go-to-account-information.mdx');
    expect(output).toMatch(/label.*Required/s);
  }, 90_000);

  it('stops and names the file and field when step orders leave a gap', () => {
    const dir = siteWith((content) =>
      rewrite(join(content, 'steps/aliexpress/07-confirm-closure.mdx'), /^order: 7$/m, 'order: 8'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('07-confirm-closure.mdx, field "order": expected 7');
    expect(output).toContain('found 8');
  }, 90_000);

  it('stops and names the file, line and field when a body uses MDX the guide cannot show', () => {
    const dir = siteWith((content) =>
      rewrite(join(content, 'steps/aliexpress/04-find-close-account.mdx'), '<UI>Close Account</UI>', '<Button>Close Account</Button>'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/04-find-close-account\.mdx:\d+, field "body"/);
    expect(output).toContain('found the component <Button>');
  }, 90_000);
});
