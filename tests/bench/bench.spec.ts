import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Browser } from '@playwright/test';
import { gz, pageParts, pageWeight, type PagePart, type PageWeight } from '../support/page-weight';
import { distDir, fileForPath } from '../helpers/built-site';
import { lighthouse, reportName } from '../helpers/lighthouse';
import { buildSite, folderBytes, median, siteWithGuides } from './scale';

/*
 * The benchmark. Times are medians of several runs and only printed, never
 * asserted: the pass/fail budgets live in tests/build/budget.test.ts.
 * BENCH_SCALES (default "1,100,1000") and BENCH_RUNS (default 3) trim it.
 */

const pages = ['/', '/aliexpress/', '/aliexpress/checklist/'];
const scales = (process.env.BENCH_SCALES ?? '1,100,1000').split(',').filter(Boolean).map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const searchRuns = 5;

interface BrowserLoad {
  page: string;
  requests: number;
  raw: number;
  gzip: number;
  afterLoadRequests: number;
  afterLoadBytes: number;
}

interface Results {
  static: PageWeight[];
  guideParts: PagePart[];
  browser: BrowserLoad[];
  search?: { medianMs: number; runsMs: number[]; firstQueryBytes: number; firstQueryGzip: number };
  lighthouse: { page: string; performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number }[];
  scale: { guides: number; medianSeconds: number; runsSeconds: number[]; peakMB: number; pagefindKB: number; guidePageGzip: number; lighthousePerformance?: number }[];
  /** How far a new reader on a 390 px phone scrolls from the top of the guide to the route picker and to step 1, and the page's length. */
  reach?: { pickerPx: number; step1Px: number; pagePx: number };
}

const results: Results = { static: [], guideParts: [], browser: [], lighthouse: [], scale: [] };

/** The built file a fetched address was served from, or null (a request that reached no file). */
function builtFile(url: string): Buffer | null {
  const file = fileForPath(new URL(url).pathname);
  return file ? readFileSync(join(distDir, file)) : null;
}

/** What a page fetched, from the browser's own resource timing, with sizes read from the built files. */
async function measureLoad(browser: Browser, origin: string, path: string): Promise<BrowserLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Anything fetched in the next seconds came without the reader doing anything.
  await page.waitForTimeout(3000);
  const { loadEnd, resources } = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      loadEnd: navigation?.loadEventEnd ?? 0,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ url: r.name, start: r.startTime })),
    };
  });
  await context.close();
  const size = (url: string) => {
    const data = builtFile(url) ?? Buffer.alloc(0);
    return { raw: data.length, gzip: gz(data) };
  };
  // The browser fetches the tab icon by itself, once per site; it is not the page's doing.
  const own = resources.filter((r) => !/\/favicon\.(svg|ico)$/.test(r.url));
  const before = [`${origin}${path}`, ...own.filter((r) => r.start <= loadEnd).map((r) => r.url)];
  const after = own.filter((r) => r.start > loadEnd).map((r) => r.url);
  return {
    page: path,
    requests: before.length,
    raw: before.reduce((sum, url) => sum + size(url).raw, 0),
    gzip: before.reduce((sum, url) => sum + size(url).gzip, 0),
    afterLoadRequests: after.length,
    afterLoadBytes: after.reduce((sum, url) => sum + size(url).raw, 0),
  };
}

/** Serves a built copy; stop it with stopServer, which ends npx and the server it started. */
function serve(root: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['astro', 'preview', '--root', root, '--port', String(port)], { stdio: 'ignore', detached: true });
  const deadline = Date.now() + 60_000;
  return new Promise((resolve, reject) => {
    const poll = () =>
      fetch(`http://localhost:${port}/`).then(
        (response) => (response.ok ? resolve(child) : reject(new Error(`port ${port} answers ${response.status}`))),
        () => (Date.now() > deadline ? reject(new Error('preview did not start')) : setTimeout(poll, 250)),
      );
    poll();
  });
}

function stopServer(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid);
}

async function lighthouseRow(url: string, label: string) {
  const report = await lighthouse(url, ['performance', 'accessibility', 'best-practices', 'seo'], `reports/bench/lighthouse-${reportName(label)}.json`);
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
  const value = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
  return {
    page: label,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(value('largest-contentful-paint')),
    cls: value('cumulative-layout-shift'),
    tbtMs: Math.round(value('total-blocking-time')),
  };
}

test.describe.configure({ mode: 'serial' });

test('first load of each page', async ({ browser, baseURL }) => {
  for (const path of pages) {
    results.static.push(pageWeight('dist', path));
    results.browser.push(await measureLoad(browser, baseURL ?? '', path));
  }
  results.guideParts = pageParts('dist', '/aliexpress/');
});

test('how far a phone reader scrolls to the steps', async ({ browser, baseURL }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${baseURL}/aliexpress/`);
  results.reach = await page.evaluate(() => {
    const top = (element: Element | null | undefined) => Math.round((element?.getBoundingClientRect().top ?? NaN) + scrollY);
    const step1 = [...document.querySelectorAll('h4[id^="step-"]')].find((heading) => heading.getClientRects().length > 0);
    return { pickerPx: top(document.querySelector('.route-picker')), step1Px: top(step1), pagePx: document.documentElement.scrollHeight };
  });
  await page.close();
});

test('search: last keystroke to first result, and bytes for the first query', async ({ browser, baseURL }) => {
  const times: number[] = [];
  let firstQueryBytes = 0;
  let firstQueryGzip = 0;
  for (let run = 0; run < searchRuns; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/aliexpress/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const w = window as unknown as { lastKey?: number; firstResult?: number };
      // The query arrives as one input event: the moment of the last keystroke.
      document.addEventListener('input', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => {
        if (w.firstResult === undefined && document.querySelector('[data-search-results] a')) w.firstResult = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const opened = await page.evaluate(() => performance.now());
    await page.keyboard.press('/');
    await page.locator('#search-input:focus').waitFor({ timeout: 30_000 });
    await page.locator('#search-input').fill('coupons');
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const { lastKey, firstResult, fetched } = await page.evaluate((since) => {
      const w = window as unknown as { lastKey?: number; firstResult?: number };
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return { lastKey: w.lastKey ?? 0, firstResult: w.firstResult ?? 0, fetched: entries.filter((e) => e.startTime >= since).map((e) => e.name) };
    }, opened);
    times.push(Math.max(0, firstResult - lastKey));
    if (run === 0) {
      for (const url of fetched) {
        const data = builtFile(url);
        if (!data) continue;
        firstQueryBytes += data.length;
        firstQueryGzip += gz(data);
      }
    }
    await context.close();
  }
  results.search = { medianMs: Math.round(median(times)), runsMs: times.map(Math.round), firstQueryBytes, firstQueryGzip };
});

test('Lighthouse (mobile) on each page', async ({ baseURL }) => {
  for (const path of pages) results.lighthouse.push(await lighthouseRow(`${baseURL}${path}`, path));
});

test('build at each scale', async () => {
  for (const guides of scales) {
    const root = siteWithGuides(guides);
    const builds = [];
    for (let run = 0; run < runs; run++) builds.push(await buildSite(root));
    const dist = join(root, 'dist');
    const sample = guides === 1 ? '/aliexpress/' : `/example-${String(guides).padStart(4, '0')}/`;
    const row: Results['scale'][number] = {
      guides,
      medianSeconds: Number(median(builds.map((b) => b.seconds)).toFixed(1)),
      runsSeconds: builds.map((b) => Number(b.seconds.toFixed(1))),
      peakMB: Math.round(Math.max(...builds.map((b) => b.peakBytes)) / 1024 / 1024),
      pagefindKB: Math.round(folderBytes(join(dist, 'pagefind')) / 1024),
      guidePageGzip: pageWeight(dist, sample).gzip,
    };
    const port = 4390 + results.scale.length;
    const server = await serve(root, port);
    try {
      row.lighthousePerformance = (await lighthouseRow(`http://localhost:${port}${sample}`, `scale-${guides}`)).performance;
    } finally {
      stopServer(server);
      // A copy with 1,000 guides is large; nothing else needs it.
      rmSync(root, { recursive: true, force: true });
    }
    results.scale.push(row);
  }
});

test.afterAll(() => {
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync('reports/bench/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines: string[] = [];
  lines.push('', 'First load (static count from dist/ | in Chromium, cache off)');
  lines.push('page                     requests  raw KB  gzip KB  JS gzip KB  fonts | requests  gzip KB  after-load requests  after-load KB');
  results.static.forEach((s, i) => {
    const b = results.browser[i];
    lines.push(
      `${s.page.padEnd(24)} ${String(s.requests).padStart(8)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(8)} ${kb(s.jsGzip).padStart(11)} ${String(s.fonts).padStart(6)} |` +
        ` ${String(b?.requests ?? '').padStart(8)} ${kb(b?.gzip ?? 0).padStart(8)} ${String(b?.afterLoadRequests ?? '').padStart(20)} ${kb(b?.afterLoadBytes ?? 0).padStart(14)}`,
    );
  });
  if (results.reach) {
    const r = results.reach;
    lines.push('', `A new reader on a 390 px phone: the route picker starts ${r.pickerPx} px down, step 1 ${r.step1Px} px; the guide is ${r.pagePx} px long`);
  }
  if (results.guideParts.length > 0) {
    lines.push('', 'The guide page by part: gzip bytes it would lose without each (they overlap, so they do not add up)');
    for (const part of results.guideParts) lines.push(`${String(part.gzip).padStart(6)}  ${part.name}`);
  }
  if (results.search) {
    const s = results.search;
    lines.push('', `Search "coupons": first result ${s.medianMs} ms after the last keystroke (median of ${s.runsMs.length}: ${s.runsMs.join(', ')} ms);`);
    lines.push(`first query fetched ${kb(s.firstQueryBytes)} KB (${kb(s.firstQueryGzip)} KB gzip)`);
  }
  if (results.lighthouse.length) {
    lines.push('', 'Lighthouse 12.8.2, mobile');
    lines.push('page                     perf  a11y  best  seo   LCP ms  CLS     TBT ms');
    for (const l of results.lighthouse) {
      lines.push(`${l.page.padEnd(24)} ${String(l.performance).padStart(4)} ${String(l.accessibility).padStart(5)} ${String(l.bestPractices).padStart(5)} ${String(l.seo).padStart(4)} ${String(l.lcpMs).padStart(8)}  ${l.cls.toFixed(3)} ${String(l.tbtMs).padStart(7)}`);
    }
  }
  if (results.scale.length) {
    lines.push('', `Build (astro build, search index included), median of ${runs}`);
    lines.push('guides  build s  runs s              peak MB  pagefind KB  guide page gzip KB  Lighthouse perf');
    for (const r of results.scale) {
      lines.push(`${String(r.guides).padStart(6)} ${String(r.medianSeconds).padStart(8)}  ${r.runsSeconds.join(', ').padEnd(18)} ${String(r.peakMB).padStart(8)} ${String(r.pagefindKB).padStart(12)} ${kb(r.guidePageGzip).padStart(19)} ${String(r.lighthousePerformance ?? '').padStart(16)}`);
    }
  }
  lines.push('', 'Full results: reports/bench/bench.json');
  console.log(lines.join('\n'));
});
