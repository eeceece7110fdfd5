import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cached, hashOf } from '../../src/lib/image-cache';
import { SHARE_IMAGE_SOURCES } from '../../src/lib/share-image';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-cache-'));
  folders.push(dir);
  return pathToFileURL(`${dir}/nested/`);
};

describe('image cache', () => {
  it('draws an image once per key and gives back the same bytes after', async () => {
    const dir = scratch();
    let draws = 0;
    const draw = async () => Uint8Array.from([++draws, 2, 3]);
    expect([...(await cached(dir, 'a', draw))]).toEqual([1, 2, 3]);
    expect([...(await cached(dir, 'a', draw))]).toEqual([1, 2, 3]);
    expect([...(await cached(dir, 'b', draw))]).toEqual([2, 2, 3]);
    expect(draws).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'b.png']);
    expect([...readFileSync(new URL('a.png', dir))]).toEqual([1, 2, 3]);
  });

  it('keys differ when any part differs, including where one part ends', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('a', Uint8Array.from([1]))).not.toBe(hashOf('a', Uint8Array.from([2])));
    expect(hashOf('a', 'b')).toBe(hashOf('a', 'b'));
  });
});

describe('what the cache key covers', () => {
  /** Relative imports of a module in src/lib/, followed to the end. */
  function localImports(file: string, seen = new Set<string>()): Set<string> {
    seen.add(file);
    const source = readFileSync(new URL(`../../src/lib/${file}`, import.meta.url), 'utf8');
    for (const [, name = ''] of source.matchAll(/^import[^'"]*['"]\.\/([\w-]+)['"]/gm)) {
      if (!seen.has(`${name}.ts`)) localImports(`${name}.ts`, seen);
    }
    return seen;
  }

  it('lists every file the share image is drawn with, so changing one redraws the images', () => {
    expect([...localImports('share-image.ts')].sort()).toEqual([...SHARE_IMAGE_SOURCES].sort());
  });
});
