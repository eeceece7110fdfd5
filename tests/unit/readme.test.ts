import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
const readme = readFileSync(join(project, 'README.md'), 'utf8');
/** The budgets the budget test enforces, in KB: the only sizes the README may name. */
const budgets = [...readFileSync(join(project, 'tests/build/budget.test.ts'), 'utf8').matchAll(/(\d+(?:\.\d+)?) \* KB/g)].map(([, n]) => `${n} KB`);

describe('the README', () => {
  it('quotes no measured size, which would go stale: only the budgets the budget test enforces', () => {
    expect(budgets.length, 'no budget found in tests/build/budget.test.ts').toBeGreaterThan(0);
    const sizes = [...readme.matchAll(/\b\d[\d,.]*\s*(?:KB|MB|kB|bytes)\b/g)].map(([size]) => size.replace(/\s+/g, ' '));
    expect(sizes.filter((size) => !budgets.includes(size))).toEqual([]);
  });

  it('points to the decision record behind the guide page budget, and the record says how to re-measure', () => {
    const [, record = ''] = /\]\((docs\/decisions\/[^)]+\.md)\)/.exec(readme) ?? [];
    expect(existsSync(join(project, record)), record).toBe(true);
    const text = readFileSync(join(project, record), 'utf8');
    for (const heading of ['## Context', '## Decision', '## Consequences', '## How to re-measure']) expect(text).toContain(heading);
    expect(text).toContain('npm run bench');
  });
});
