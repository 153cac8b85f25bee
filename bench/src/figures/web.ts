import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { type Figure, medianPair, ratioFigure } from '../measure.js';
import { out, root } from '../paths.js';
import { serveFolder } from '../static-server.js';

const webConfig = join(root, 'packages/web/vite.config.ts');
/** The library page is interactive when its first scenario link is in the page. */
const READY_SELECTOR = 'a[href^="#/scenario/"]';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

async function buildWith(appRoot: string, outDir: string): Promise<string> {
  await build({
    configFile: webConfig,
    root: appRoot,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** How long after navigation a chunk still counts as part of the first visit. */
const FIRST_VISIT_MS = 2000;

/**
 * Gzip bytes of every script the page fetches in the first two seconds after navigation, in a
 * fresh browser context: the entry, what it preloads, and every chunk it imports on its own
 * after the first paint. Each fetched file is measured from the build's folder, and the names
 * fetched are returned too, so a report can say what the page loaded.
 */
export async function firstVisitJs(
  browser: Browser,
  url: string,
  dist: string,
): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) files.add(path.replace(/^\//, ''));
    });
    await page.goto(url);
    await page.waitForTimeout(FIRST_VISIT_MS);
    const names = [...files].sort();
    const bytes = names.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    return { bytes, files: names };
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation to the ready selector, in a fresh browser context. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A string, not a function: tsx compiles with keepNames, which wraps the inner `seen` in a
    // `__name(…)` helper that does not exist in the page, so the script threw and never ran.
    await page.addInitScript(`{
      const seen = () => {
        if (window.__ready === undefined && document.querySelector(${JSON.stringify(READY_SELECTOR)}))
          window.__ready = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    }`);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __ready?: number }).__ready !== undefined,
      null,
      { timeout: 15_000 },
    );
    return await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  } finally {
    await context.close();
  }
}

export async function webFigures(): Promise<Figure[]> {
  const app = await buildWith(join(root, 'packages/web'), join(out, 'web'));
  const bare = await buildWith(join(root, 'bench/baseline/web'), join(out, 'baseline-web'));

  const figures: Figure[] = [];
  const appServer = await serveFolder(app);
  const bareServer = await serveFolder(bare);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const ours = await firstVisitJs(browser, appServer.url, app);
    const theirs = await firstVisitJs(browser, bareServer.url, bare);
    figures.push(
      ratioFigure(
        `web first-visit JavaScript, every chunk fetched in the first 2 s (the library page: ${ours.files.length} files), gzip`,
        'bytes',
        ours.bytes,
        `a bare React page with one component, same Vite config (${theirs.files.length} files)`,
        theirs.bytes,
        { max: 1.25 },
      ),
    );
    const {
      ours: time,
      baseline,
      ratio,
    } = await medianPair(
      () => timeToInteractive(browser, appServer.url),
      () => timeToInteractive(browser, bareServer.url),
      { runs: 21, warmup: 2 },
    );
    figures.push(
      ratioFigure(
        'web: navigation to the library page being interactive (headless Chromium)',
        'ms',
        Math.round(time),
        'the bare React page',
        Math.round(baseline),
        { max: 1.3 },
        ratio,
      ),
    );
  } finally {
    await browser.close();
    await appServer.close();
    await bareServer.close();
  }
  return figures;
}
