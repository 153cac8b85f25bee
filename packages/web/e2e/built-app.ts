import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type PreviewServer, startPreview } from './preview-server';

export type BuiltApp = {
  readonly server: () => PreviewServer;
  readonly browser: () => Browser;
  /** The folder the app was built into. */
  readonly outDir: () => string;
};

/**
 * Builds the app into a temporary folder, serves it with `vite preview` and opens Chromium for
 * the tests of one file, and takes all of it down afterwards.
 */
export function builtAppForSuite(prefix: string): BuiltApp {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let outDir: string | undefined;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), prefix));
    server = await startPreview(outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet`);
    return value;
  };
  return {
    server: () => ready(server, 'the preview server'),
    browser: () => ready(browser, 'Chromium'),
    outDir: () => ready(outDir, 'the build'),
  };
}
