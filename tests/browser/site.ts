/**
 * Shared set-up for the browser tests: build the app once at a time (test files run in
 * parallel and `vite build` always writes to build/), serve a private copy, launch Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, cpSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Build the app (serialised across test files by a lock directory) and copy it to a private directory. */
export async function buildSite(): Promise<string> {
  const lock = join(tmpdir(), 'loopline-browser-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a run that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for another browser test build');
      await sleep(200);
    }
  }
  try {
    // Someone else may be building at the same time (outside these tests): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
          cwd: ROOT,
          stdio: 'pipe',
        });
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
        await sleep(1500 * attempt);
      }
    }
    const site = mkdtempSync(join(tmpdir(), 'loopline-site-'));
    cpSync(join(ROOT, 'build'), site, { recursive: true });
    return site;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.wasm': 'application/wasm',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.map': 'application/json',
  };
  const server = http.createServer((req, res) => {
    let f = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
    if (!f.startsWith(dir) || !existsSync(f)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
    res.end(readFileSync(f));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * The context's first tab (a new one when it has none) with a default time-out, whose uncaught
 * page errors and Content-Security-Policy refusals are pushed to `errors` for the tests to check.
 */
export async function watchedPage(ctx: BrowserContext, errors: string[], timeout = 10_000): Promise<Page> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (e) => errors.push(e.message));
  // The site's Content-Security-Policy refusing something is an error in every test that watches.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) errors.push(m.text());
  });
  return page;
}

/** The built app served on loopback, with a Chromium profile of its own. */
export interface OpenSite {
  /** The site's address, ending in `/`. */
  base: string;
  ctx: BrowserContext;
  /** Close Chromium and the server and delete the private copy. */
  close(): Promise<void>;
}

/** Build and serve the app and launch Debian's Chromium on a fresh profile. */
export async function openSite(options: { acceptDownloads?: boolean; bypassCSP?: boolean } = {}): Promise<OpenSite> {
  const site = await buildSite();
  const server = await serve(site);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'loopline-chrome-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 950 },
    ...options,
    args: CHROME_ARGS,
  });
  return {
    base,
    ctx,
    async close() {
      await ctx.close();
      server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** Replaces the editor's whole text with `text`, as a user selecting all and typing would. */
export async function typeProgram(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

/** The app opened for a suite: its page and address once the suite's beforeAll has run. */
export interface OpenedApp {
  page: Page;
  base: string;
  /** Uncaught page errors and Content-Security-Policy refusals (see watchedPage). */
  errors: string[];
}

/**
 * The set-up a browser suite shares, called in its describe: before the tests, the app built,
 * served and opened at `hash` on a watched page (15 s default time-out) and its first run
 * done; after them, all closed.
 */
export function openedApp(hash: string, setupTimeout = 180_000): OpenedApp {
  let opened: OpenSite | undefined;
  const app = { errors: [] } as unknown as OpenedApp;
  beforeAll(async () => {
    opened = await openSite();
    app.base = opened.base;
    app.page = await watchedPage(opened.ctx, app.errors, 15_000);
    await app.page.goto(opened.base + hash);
    await app.page.waitForSelector('[data-status=done]');
  }, setupTimeout);
  afterAll(async () => {
    await opened?.close();
  });
  return app;
}

/** The right edges of the tasks table's column headers, and of the panel holding it (all in view: each at most the panel's). */
export async function tasksTableEdges(page: Page): Promise<{ heads: number[]; panel: number }> {
  const box = (await page.locator('.tasks-panel').boundingBox())!;
  const heads = await page
    .locator('[data-testid=tasks-table] th')
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right));
  return { heads, panel: box.x + box.width };
}
