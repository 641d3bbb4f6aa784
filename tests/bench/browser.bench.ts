/**
 * `npm run bench` (second half): the built app in Debian's Chromium. Reports
 *   1. first-load JavaScript (gzipped), from index.html and from what the page actually requested;
 *   2. a 1,000-task program typed into the editor: time from clicking Run to the first timeline draw;
 *   3. time per step when stepping forward and back through that run (median, p95, share < 16 ms),
 *      with a breakdown (script / style / layout) and the hottest functions of a CPU profile.
 * It reports and never asserts: exit status 0 unless the harness itself cannot run.
 * Options: --ablate also times steps with one part of the page hidden at a time (display: none),
 *          to show which part the per-step cost comes from;
 *          --sourcemap builds with source maps so the profile names original functions;
 *          --no-build serves the existing build/ as it is;
 *          --big-only runs only the big runs (browser-big.ts) and the compare of two 10,000-task
 *          gathers (browser-compare.ts), --big=<word> those whose label has the word ('compare': it alone).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, cpSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type CDPSession } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { serve, CHROMIUM, CHROME_ARGS, ROOT, typeProgram } from '../browser/site';
import { benchBigRun, bigScenarios } from './browser-big';
import { benchCompare } from './browser-compare';

const STEPS = 100;
const RUNS = 3;
const FRAME_MS = 16;
const argv = process.argv.slice(2);
const SOURCEMAP = argv.includes('--sourcemap');
/** `--site=DIR` serves an existing build (e.g. a copy of main's) as it is, for A/B runs. */
const SITE = argv.find((a) => a.startsWith('--site='))?.slice('--site='.length);
const NO_BUILD = argv.includes('--no-build') || !!SITE;
const ABLATE = argv.includes('--ablate');
/** Only the big runs (10,000 tasks, the step cap): see browser-big.ts. */
const BIG_ONLY = argv.includes('--big-only');

const TASKS = 1000;
const PROGRAM = `import asyncio

async def worker(i):
    await asyncio.sleep(i % 10 / 10)
    print(f"worker {i} done")

async def main():
    await asyncio.gather(*(worker(i) for i in range(${TASKS})))

asyncio.run(main())
`;

// ---------------------------------------------------------------- helpers

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function heading(s: string) {
  console.log(`\n${s}`);
}

// ---------------------------------------------------------------- 1. bundle size

/** The JS index.html asks for by itself: modulepreload links and the dynamic imports of its start script. */
function htmlEntryFiles(site: string): string[] {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) refs.add(href[1]);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(m[1]);
  return [...refs].map((r) => join(site, r.replace(/^\.?\//, '')));
}

function reportBundle(site: string, requested: string[]) {
  heading('First-load JavaScript (gzip -9 of the built files)');
  const fromHtml = htmlEntryFiles(site).filter((f) => existsSync(f));
  const htmlBytes = fromHtml.reduce((a, f) => a + gz(f), 0);
  console.log(`  index.html modulepreload + entry imports: ${fromHtml.length} files, ${kib(htmlBytes)} gzipped`);

  const files = [...new Set(requested)].filter((f) => existsSync(f));
  const page = files.filter((f) => !f.includes('/workers/'));
  const worker = files.filter((f) => f.includes('/workers/'));
  const pageBytes = page.reduce((a, f) => a + gz(f), 0);
  const workerBytes = worker.reduce((a, f) => a + gz(f), 0);
  console.log(`  requested by the page until idle:         ${page.length} files, ${kib(pageBytes)} gzipped`);
  for (const f of page.sort((a, b) => gz(b) - gz(a)))
    console.log(`    ${kib(gz(f)).padStart(10)}  ${relative(site, f)}`);
  console.log(`  simulator worker (fetched on the first run): ${worker.length} file(s), ${kib(workerBytes)} gzipped`);
  for (const f of worker)
    console.log(`    ${kib(gz(f)).padStart(10)}  ${relative(site, f)}  (${kib(statSync(f).size)} raw)`);
  console.log(`  page + worker: ${kib(pageBytes + workerBytes)} gzipped`);

  const all = walk(join(site, '_app')).filter((f) => f.endsWith('.js'));
  const allBytes = all.reduce((a, f) => a + gz(f), 0);
  const rawBytes = all.reduce((a, f) => a + statSync(f).size, 0);
  console.log(`  all JS in build/_app: ${all.length} files, ${kib(allBytes)} gzipped (${kib(rawBytes)} raw)`);
  const css = walk(join(site, '_app')).filter((f) => f.endsWith('.css'));
  console.log(`  CSS in build/_app: ${css.length} file(s), ${kib(css.reduce((a, f) => a + gz(f), 0))} gzipped`);
}

// ---------------------------------------------------------------- 2. run → first draw

interface DrawTiming {
  total: number; // click → lanes in the DOM
  frame: number; // click → the frame that shows them has been produced
  post: number | null; // click → source posted to the worker
  result: number | null; // click → result message back on the main thread
}

/**
 * Clicks Run inside the page and waits for the SVG to be redrawn with the run's lanes. The worker's
 * post and result times come from a wrapper around window.Worker installed before the app loads.
 */
async function runToFirstDraw(page: Page): Promise<DrawTiming> {
  return page.evaluate(
    () =>
      new Promise<DrawTiming>((done, fail) => {
        const w = window as unknown as { __bench: { post: number[]; message: number[] } };
        w.__bench.post.length = 0;
        w.__bench.message.length = 0;
        const svg = document.querySelector('svg[role=img]');
        const run =
          [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.title === 'Ctrl+Enter') ??
          document.querySelector<HTMLButtonElement>('button.primary');
        if (!svg || !run) return fail(new Error('no timeline svg or Run button'));
        const app = document.querySelector('.app')!;
        let seenRunning = false;
        let t0 = 0;
        const timer = setTimeout(() => fail(new Error('no redraw within 30 s')), 30_000);
        // Alike lanes are drawn grouped and only the lanes in view are drawn, so the count of
        // drawn lanes is not the program's: the first timeline is the first redraw of the SVG
        // (with lanes in it) after the run is done.
        let redrawn = false;
        const check = () => {
          if (app.getAttribute('data-status') === 'running') seenRunning = true;
          if (!seenRunning || app.getAttribute('data-status') !== 'done') return false;
          const s = document.querySelector('svg[role=img]');
          return redrawn && !!s && !!s.querySelector('g.lane');
        };
        const obs = new MutationObserver((records) => {
          if (seenRunning && app.getAttribute('data-status') === 'done')
            redrawn ||= records.some((r) => {
              const s = document.querySelector('svg[role=img]');
              return s !== null && (s.contains(r.target) || r.target.contains(s));
            });
          if (!check()) return;
          const t1 = performance.now();
          obs.disconnect();
          clearTimeout(timer);
          // The frame that shows the lanes: rAF runs before style/layout/paint, a message posted
          // from it runs after that frame's rendering work.
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () =>
              done({
                total: t1 - t0,
                frame: performance.now() - t0,
                post: w.__bench.post.length ? w.__bench.post[w.__bench.post.length - 1] - t0 : null,
                result: w.__bench.message.length ? w.__bench.message[w.__bench.message.length - 1] - t0 : null,
              });
            ch.port2.postMessage(0);
          });
        });
        obs.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-status'],
        });
        t0 = performance.now();
        run.click();
        if (app.getAttribute('data-status') === 'running') seenRunning = true;
      }),
  );
}

// ---------------------------------------------------------------- 3. stepping

interface StepTimes {
  dom: number[]; // key event → "Step k of N" text updated (script only)
  frame: number[]; // key event → the frame showing it has been rendered (script + style + layout + paint)
  wrong: number; // steps whose text did not match the expected position
}

/**
 * Presses `key` `n` times, one step per animation frame. Each press is dispatched at the start of a
 * rAF callback, so the frame's rendering follows at once and the time to the message posted from
 * that callback covers the step's script, style, layout and paint without waiting for vsync.
 */
async function stepTimes(page: Page, key: 'ArrowRight' | 'ArrowLeft', n: number, total: number): Promise<StepTimes> {
  return page.evaluate(
    ({ key, n, total }) =>
      new Promise<StepTimes>((done) => {
        const pos = document.querySelector('[data-testid=position]')!;
        const cur = () => Number(/(\d+)/.exec(pos.textContent ?? '')?.[1] ?? NaN);
        const out: StepTimes = { dom: [], frame: [], wrong: 0 };
        let i = 0;
        const one = () => {
          if (i >= n) return done(out);
          requestAnimationFrame(() => {
            const before = cur();
            const want = key === 'ArrowRight' ? Math.min(total, before + 1) : Math.max(1, before - 1);
            const t0 = performance.now();
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            // Svelte flushes its updates in a microtask; measure once they have run.
            queueMicrotask(() =>
              queueMicrotask(() => {
                const tDom = performance.now();
                const ch = new MessageChannel();
                ch.port1.onmessage = () => {
                  const t1 = performance.now();
                  if (cur() !== want) out.wrong++;
                  out.dom.push(tDom - t0);
                  out.frame.push(t1 - t0);
                  i++;
                  one();
                };
                ch.port2.postMessage(0);
              }),
            );
          });
        };
        one();
      }),
    { key, n, total },
  );
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Self time per function in a CPU profile; minified names are mapped back when source maps exist. */
async function hotFunctions(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  site: string,
  base: string,
  top = 12,
) {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt / 1000);
  }
  let consumer: ((file: string, line: number, col: number) => string | null) | null;
  try {
    const { SourceMapConsumer } = await import('source-map-js');
    const cache = new Map<string, InstanceType<typeof SourceMapConsumer> | null>();
    consumer = (file, line, col) => {
      if (!cache.has(file)) {
        const map = `${file}.map`;
        cache.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null);
      }
      const c = cache.get(file);
      if (!c) return null;
      const o = c.originalPositionFor({ line: line + 1, column: col });
      if (!o.source) return null;
      const src = o.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
      return `${o.name ? o.name + ' ' : ''}${src}:${o.line}`;
    };
  } catch {
    consumer = null;
  }
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    total += t;
    const f = node.callFrame;
    let name = f.functionName || '(anonymous)';
    if (f.url.startsWith(base)) {
      const file = join(site, f.url.slice(base.length).split('?')[0]);
      const orig = consumer?.(file, f.lineNumber, f.columnNumber);
      name = orig
        ? `${f.functionName || '(anon)'} → ${orig}`
        : `${name} ${relative(site, file)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    } else if (f.url) name = `${name} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + t);
  }
  return { total, rows: [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, top) };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean } };
}

/** What the main-thread Layout events say about how much of the page each layout touched. */
function layoutScope(events: TraceEvent[]): string {
  const ls = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.args?.beginData);
  if (!ls.length) return '';
  const avg = (f: (e: TraceEvent) => number) => ls.reduce((a, e) => a + f(e), 0) / ls.length;
  const dirty = avg((e) => e.args!.beginData!.dirtyObjects ?? 0);
  const total = avg((e) => e.args!.beginData!.totalObjects ?? 0);
  const partial = ls.filter((e) => e.args!.beginData!.partialLayout).length;
  return `${ls.length} layouts: on average ${dirty.toFixed(0)} of ${total.toFixed(0)} layout objects dirty, ${partial} partial`;
}

/** Total duration per event name, for the events worth knowing about in a frame. */
function traceSummary(events: TraceEvent[]): [string, number][] {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const wanted = new Set([
    'RunTask',
    'FunctionCall',
    'EventDispatch',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'RasterTask',
    'MajorGC',
    'MinorGC',
    'V8.GC_SCAVENGER',
    'BlinkGC.AtomicPhase',
  ]);
  const sum = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !wanted.has(e.name)) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    if (thread.startsWith('DedicatedWorker')) continue;
    const key = thread === 'CrRendererMain' ? e.name : `${e.name} [${thread.replace(/\d+$/, '')}]`;
    sum.set(key, (sum.get(key) ?? 0) + e.dur / 1000);
  }
  return [...sum.entries()].sort((a, b) => b[1] - a[1]);
}

function reportSteps(label: string, t: StepTimes) {
  const under = t.frame.filter((x) => x < FRAME_MS).length / t.frame.length;
  console.log(`  ${label} (${t.frame.length} steps${t.wrong ? `, ${t.wrong} did not land on the expected step` : ''})`);
  console.log(
    `    to the next rendered frame: median ${ms(median(t.frame))}   p95 ${ms(quantile(t.frame, 0.95))}   max ${ms(Math.max(...t.frame))}   under ${FRAME_MS} ms: ${(under * 100).toFixed(0)}%`,
  );
  console.log(`    script only (text updated): median ${ms(median(t.dom))}   p95 ${ms(quantile(t.dom, 0.95))}`);
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nbrowser bench skipped: ${CHROMIUM} is missing`);
    return;
  }
  const ref = simulate(PROGRAM);
  const lanes = ref.trace.tasks.length;
  const nSteps = ref.trace.steps.length;

  let site = '';
  let profileDir = '';
  let server: http.Server | undefined;
  let ctx: BrowserContext | undefined;
  try {
    // `vite build` under NODE_ENV=test (as vitest's browser tests run it) bundles Svelte's
    // development runtime, which is several times slower per step: force production here, and
    // check that a concurrent build did not replace build/ with such a bundle before it was copied.
    for (let attempt = 1; ; attempt++) {
      if (!NO_BUILD) {
        const t0 = performance.now();
        execFileSync(
          join(ROOT, 'node_modules/.bin/vite'),
          ['build', '--logLevel', 'error', ...(SOURCEMAP ? ['--sourcemap'] : [])],
          {
            cwd: ROOT,
            stdio: 'pipe',
            env: { ...process.env, NODE_ENV: 'production' },
          },
        );
        console.log(
          `\nvite build${SOURCEMAP ? ' --sourcemap' : ''}: ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      // Serve a private copy so that a concurrent build cannot pull files from under the bench.
      if (site) rmSync(site, { recursive: true, force: true });
      site = mkdtempSync(join(tmpdir(), 'loopline-bench-site-'));
      cpSync(SITE ?? join(ROOT, 'build'), site, { recursive: true });
      const dev = walk(join(site, '_app')).some(
        (f) => f.endsWith('.js') && /stackTraceLimit\s*=\s*(1\/0|Infinity)/.test(readFileSync(f, 'utf8')),
      );
      if (!dev) break;
      const msg = 'build/ holds a development-mode Svelte bundle (built with NODE_ENV=test?)';
      if (NO_BUILD || attempt >= 3) {
        console.log(`\nWARNING: ${msg}; the figures below are not those of a production build.`);
        break;
      }
      console.log(`\n${msg}: a concurrent build replaced it; building again`);
    }
    server = await serve(site);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    profileDir = mkdtempSync(join(tmpdir(), 'loopline-bench-chrome-'));
    ctx = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 950 },
      args: CHROME_ARGS,
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // tsx compiles with keepNames, which wraps named functions in __name(); give the page one.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // Time the worker round trip from outside the app.
    await page.addInitScript(() => {
      const rec = { post: [] as number[], message: [] as number[] };
      (window as unknown as { __bench: typeof rec }).__bench = rec;
      const Native = window.Worker;
      class Timed extends Native {
        constructor(url: string | URL, opts?: WorkerOptions) {
          super(url, opts);
          this.addEventListener('message', () => rec.message.push(performance.now()));
        }
        postMessage(...args: unknown[]) {
          rec.post.push(performance.now());
          return (super.postMessage as (...a: unknown[]) => void)(...args);
        }
      }
      window.Worker = Timed as typeof Worker;
    });

    // ---- 1. first load
    const requested: string[] = [];
    const onRequest = (r: { url(): string }) => {
      const u = r.url();
      if (u.startsWith(base) && /\.js(\?|$)/.test(u))
        requested.push(join(site, decodeURIComponent(new URL(u).pathname)));
    };
    ctx.on('request', onRequest);
    const tNav = Date.now();
    await page.goto(base, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-status=done]');
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] g.lane').length > 0);
    const loadMs = Date.now() - tNav;
    await page.waitForTimeout(500);
    ctx.off('request', onRequest);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { dcl: n?.domContentLoadedEventEnd ?? NaN, load: n?.loadEventEnd ?? NaN, fcp: fcp?.startTime ?? NaN };
    });
    reportBundle(site, requested);
    console.log(
      `  local load (no throttling): first contentful paint ${ms(nav.fcp)}, DOMContentLoaded ${ms(nav.dcl)}, default scenario drawn after ~${loadMs} ms`,
    );

    if (BIG_ONLY) {
      for (const b of bigScenarios) await benchBigRun(page, base, b.label, b.program, b.query, site);
      await benchCompare(page, base);
      return;
    }

    // ---- 2. the 1,000-task program, typed into the editor, Run clicked
    heading(
      `Run → first timeline draw: gather of ${TASKS.toLocaleString('en-US')} coroutines (${lanes} lanes, ${nSteps.toLocaleString('en-US')} steps)`,
    );
    await typeProgram(page, PROGRAM);
    const draws: DrawTiming[] = [];
    for (let i = 0; i < RUNS; i++) {
      draws.push(await runToFirstDraw(page));
      await page.waitForTimeout(300);
    }
    draws.forEach((d, i) => {
      const parts = [
        d.post !== null ? `worker spawned + posted ${ms(d.post)}` : '',
        d.result !== null && d.post !== null ? `simulate in worker + transfer ${ms(d.result - d.post)}` : '',
        d.result !== null ? `result → lanes in DOM ${ms(d.total - d.result)}` : '',
        `→ frame ${ms(d.frame - d.total)}`,
      ].filter(Boolean);
      console.log(
        `  run ${i + 1}: ${ms(d.frame)} to the drawn frame (lanes in DOM at ${ms(d.total)})   [${parts.join(', ')}]`,
      );
    });
    const firstDraw = median(draws.map((d) => d.frame));
    console.log(`  median: ${ms(firstDraw)}   target < 1000 ms: ${firstDraw < 1000 ? 'met' : 'MISSED'}`);
    const dom = await page.evaluate(() => ({
      svg: document.querySelector('svg[role=img]')?.querySelectorAll('*').length ?? 0,
      all: document.querySelectorAll('*').length,
      rows: document.querySelectorAll('[data-testid=tasks-table] tbody tr').length,
      marks: document.querySelectorAll('.cm-task-line, .cm-task-badge').length,
      output: document.querySelector('[data-testid=output]')?.childElementCount ?? 0,
      svgH: document.querySelector('svg[role=img]')?.getBoundingClientRect().height ?? 0,
      tableH: document.querySelector('[data-testid=tasks-table]')?.getBoundingClientRect().height ?? 0,
      pageH: document.documentElement.scrollHeight,
    }));
    console.log(
      `  DOM after the run: ${dom.all.toLocaleString('en-US')} elements, ${dom.svg.toLocaleString('en-US')} of them in the timeline SVG; ${dom.rows} task-table rows, ${dom.marks} editor task marks; heights: SVG ${dom.svgH.toFixed(0)} px, task table ${dom.tableH.toFixed(0)} px, page ${dom.pageH} px`,
    );

    // ---- 3. stepping
    heading(
      `Stepping through the ${TASKS.toLocaleString('en-US')}-task run with ← / → (${STEPS} steps each way, one per frame)`,
    );
    await page.locator('h1').click(); // focus away from the editor
    await page.keyboard.press('Home');
    await stepTimes(page, 'ArrowRight', 5, nSteps); // warm up
    await stepTimes(page, 'ArrowLeft', 5, nSteps);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const m0 = await metrics(cdp);
    const fwd = await stepTimes(page, 'ArrowRight', STEPS, nSteps);
    const back = await stepTimes(page, 'ArrowLeft', STEPS, nSteps);
    const m1 = await metrics(cdp);
    reportSteps('step forward (→) from step 1', fwd);
    reportSteps('step back (←)', back);
    // Stepping deep into the run, where most tasks have started: End, then back.
    await page.keyboard.press('End');
    const deep = await stepTimes(page, 'ArrowLeft', STEPS, nSteps);
    reportSteps(`step back (←) from the last step (${nSteps})`, deep);
    const both = [...fwd.frame, ...back.frame, ...deep.frame];
    console.log(
      `  all ${both.length} steps: median ${ms(median(both))}   p95 ${ms(quantile(both, 0.95))}   under ${FRAME_MS} ms: ${((both.filter((x) => x < FRAME_MS).length / both.length) * 100).toFixed(0)}%   target ${FRAME_MS} ms per step: ${quantile(both, 0.95) < FRAME_MS ? 'met (p95)' : 'MISSED (p95)'}`,
    );
    const per = (k: string) => ((m1[k] - m0[k]) * 1000) / (2 * STEPS);
    console.log(
      `  main-thread time per step (Chromium Performance.getMetrics over the first ${2 * STEPS} steps): task ${ms(per('TaskDuration'))} = script ${ms(per('ScriptDuration'))} + style ${ms(per('RecalcStyleDuration'))} + layout ${ms(per('LayoutDuration'))} + other`,
    );
    console.log(
      `    style recalcs per step: ${((m1.RecalcStyleCount - m0.RecalcStyleCount) / (2 * STEPS)).toFixed(1)}, layouts per step: ${((m1.LayoutCount - m0.LayoutCount) / (2 * STEPS)).toFixed(1)}, DOM nodes: ${m1.Nodes?.toLocaleString('en-US')}`,
    );

    // CPU profile of another 2 × 50 steps: where the script time goes.
    await page.keyboard.press('Home');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await stepTimes(page, 'ArrowRight', 50, nSteps);
    await stepTimes(page, 'ArrowLeft', 50, nSteps);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const hot = await hotFunctions(profile, site, base);
    console.log(
      `  hottest functions, self time per step (CPU profile of 100 more steps${SOURCEMAP ? '' : '; run with --sourcemap for original names'}):`,
    );
    for (const [name, t] of hot.rows) console.log(`    ${ms(t / 100).padStart(9)}  ${name}`);

    // A Chromium trace of 2 × 25 more steps: how the rest of the frame splits (paint, raster, …).
    await page.keyboard.press('Home');
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc',
      transferMode: 'ReportEvents',
    });
    await stepTimes(page, 'ArrowRight', 25, nSteps);
    await stepTimes(page, 'ArrowLeft', 25, nSteps);
    await cdp.send('Tracing.end');
    await complete;
    console.log('  Chromium trace of 50 more steps, time per step by event (main thread unless noted):');
    for (const [name, t] of traceSummary(events))
      if (t / 50 >= 0.05) console.log(`    ${ms(t / 50).padStart(9)}  ${name}`);
    const scope = layoutScope(events);
    if (scope) console.log(`    ${scope}`);

    if (ABLATE) {
      console.log('  with one part of the page hidden (display: none), 3 interleaved rounds × 2 × 40 steps each:');
      const parts: [string, string][] = [
        ['nothing hidden', ''],
        ['timeline SVG', 'svg[role=img]'],
        ['task table', '[data-testid=tasks-table]'],
        ['output', '[data-testid=output]'],
        ['editor', '.cm-editor'],
        ['SVG + table', 'svg[role=img], [data-testid=tasks-table]'],
      ];
      // Two interleaved rounds, so that background load on the machine hits every variant alike.
      const got = new Map<string, { frame: number[]; dom: number[] }>(parts.map(([l]) => [l, { frame: [], dom: [] }]));
      for (let round = 0; round < 3; round++) {
        for (const [label, sel] of parts) {
          if (sel)
            await page.evaluate(
              (sel) =>
                document.querySelectorAll<HTMLElement>(sel).forEach((e) => e.style.setProperty('display', 'none')),
              sel,
            );
          await page.keyboard.press('Home');
          for (const key of ['ArrowRight', 'ArrowLeft'] as const) {
            const r = await stepTimes(page, key, 40, nSteps);
            got.get(label)!.frame.push(...r.frame);
            got.get(label)!.dom.push(...r.dom);
          }
          if (sel)
            await page.evaluate(
              (sel) => document.querySelectorAll<HTMLElement>(sel).forEach((e) => e.style.removeProperty('display')),
              sel,
            );
        }
      }
      for (const [label, r] of got)
        console.log(
          `    ${label.padEnd(15)} median ${ms(median(r.frame))}   p95 ${ms(quantile(r.frame, 0.95))}   script median ${ms(median(r.dom))}`,
        );
    }

    for (const b of bigScenarios) await benchBigRun(page, base, b.label, b.program, b.query, site);
    await benchCompare(page, base);

    if (errors.length) console.log(`\npage errors: ${errors.join(' | ')}`);
  } finally {
    await ctx?.close().catch(() => {});
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (site) rmSync(site, { recursive: true, force: true });
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  // The bench reports; a harness failure is printed but does not fail `npm run bench`.
  console.error(`\nbrowser bench could not finish: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
