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

/** Gzip bytes of the JavaScript the first page loads: the entry script and what it preloads. */
export function initialJsBytes(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] as string);
  return [...new Set(urls)].reduce(
    (sum, url) => sum + gzipSync(readFileSync(join(dist, url)), { level: 9 }).length,
    0,
  );
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

  const figures: Figure[] = [
    ratioFigure(
      'web initial JavaScript (the library page), gzip',
      'bytes',
      initialJsBytes(app),
      'a bare React page with one component, same Vite config',
      initialJsBytes(bare),
      { max: 1.25 },
    ),
  ];

  const appServer = await serveFolder(app);
  const bareServer = await serveFolder(bare);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const { ours, baseline, ratio } = await medianPair(
      () => timeToInteractive(browser, appServer.url),
      () => timeToInteractive(browser, bareServer.url),
      { runs: 21, warmup: 2 },
    );
    figures.push(
      ratioFigure(
        'web: navigation to the library page being interactive (headless Chromium)',
        'ms',
        Math.round(ours),
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
