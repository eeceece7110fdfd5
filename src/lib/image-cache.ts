/**
 * A folder of drawn images, each under a hash of everything that decides how it looks,
 * so a build draws only the images whose inputs changed since the last one. Whoever
 * calls it owns the key: anything left out of it is a stale image waiting to happen.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export async function cached(dir: URL, key: string, draw: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const file = new URL(`${key}.png`, dir);
  try {
    const hit = readFileSync(file);
    return new Uint8Array(hit.buffer.slice(hit.byteOffset, hit.byteOffset + hit.byteLength));
  } catch {
    // Not drawn yet.
  }
  const png = await draw();
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a build running beside this one never reads half an image.
  const partial = new URL(`${key}.${process.pid}.partial`, dir);
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
