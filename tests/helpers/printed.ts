import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const folder = mkdtempSync(join(tmpdir(), 'printed-pdf-'));

/** Prints the page to PDF and reads back what a printer would put on paper (poppler-utils). */
export async function printed(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const file = join(folder, `${format}-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (info.status !== 0 || text.status !== 0) throw new Error(`poppler-utils failed: ${info.stderr}${text.stderr}`);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  return { pages, text: text.stdout.replace(/\s+/g, ' ') };
}
