/**
 * `npm run bench` (panels): the page's panels other than the swim-lane chart, at scale, in Debian's
 * Chromium. For a 100,000-step timer loop that prints every step and a gather of 10,000 tasks, with
 * the chart hidden (display: none) so that only the other panels cost: a step (key → painted frame),
 * End, Home, a scrub, the same in table view, the longest main-thread task, and how much of it each
 * panel costs (each hidden in turn). Reports and never asserts.
 * Options: --no-build serves the existing build/, --site=DIR another build; --steps=N steps each way;
 *          --sourcemap builds with source maps (profile names);
 *          --ablate also times steps with each panel hidden; --only=loop|gather runs one program.
 */
import { existsSync, mkdtempSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type CDPSession } from 'playwright-core';
import { serve, CHROMIUM, CHROME_ARGS, ROOT, typeProgram } from '../browser/site';
import { gatherProgram, printingLoopProgram } from './programs';
import { mainThread, traced } from './trace';

const argv = process.argv.slice(2);
const NO_BUILD = argv.includes('--no-build');
const SOURCEMAP = argv.includes('--sourcemap');
const ABLATE = argv.includes('--ablate');
const ONLY = argv.find((a) => a.startsWith('--only='))?.slice(7);
/** --site=DIR serves an already built site (e.g. of an earlier commit) instead of building. */
const SITE = argv.find((a) => a.startsWith('--site='))?.slice(7);
const STEPS = Number(argv.find((a) => a.startsWith('--steps='))?.slice(8) ?? 20);
const FRAME_MS = 16;

const PROGRAMS: [string, string, string][] = [
  ['loop', 'a timer loop printing every step, to the step cap', printingLoopProgram],
  ['gather', 'gather of 10,000 coroutines that sleep and print', gatherProgram(10_000)],
];

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n ? (n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN;
};

/**
 * Runs `what` at the start of an animation frame and returns the time until that frame has been
 * rendered: a message posted from the rAF callback (after Svelte's microtasks) runs after the
 * frame's style, layout and paint, without waiting for the next vsync.
 */
async function timeAction(page: Page, what: { key?: string; scrubTo?: number }): Promise<number> {
  return page.evaluate(
    (what) =>
      new Promise<number>((done) => {
        requestAnimationFrame(() => {
          const t0 = performance.now();
          if (what.key !== undefined)
            document.body.dispatchEvent(
              new KeyboardEvent('keydown', { key: what.key, bubbles: true, cancelable: true }),
            );
          else {
            const input = document.querySelector<HTMLInputElement>('.scrub input[type=range]')!;
            input.value = String(what.scrubTo);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          queueMicrotask(() =>
            queueMicrotask(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => done(performance.now() - t0);
              ch.port2.postMessage(0);
            }),
          );
        });
      }),
    what,
  );
}

/** Main-thread time per step by event (script, style, layout, paint) over `n` steps from a Chromium trace. */
async function traceSteps(cdp: CDPSession, run: () => Promise<void>, n: number) {
  const sum = new Map<string, number>();
  for (const e of mainThread(await traced(cdp, run))) {
    if (
      ![
        'FunctionCall',
        'EventDispatch',
        'FireAnimationFrame',
        'UpdateLayoutTree',
        'Layout',
        'PrePaint',
        'Paint',
        'Layerize',
        'MajorGC',
        'MinorGC',
        'RunTask',
      ].includes(e.name)
    )
      continue;
    sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur! / 1000);
  }
  console.log(
    `    main thread per step: ${[...sum.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, t]) => `${k} ${ms(t / n)}`)
      .join(', ')}`,
  );
}

async function position(page: Page): Promise<number> {
  const text = (await page.locator('[data-testid=position]').textContent()) ?? '';
  return Number(/(\d[\d,]*)/.exec(text)?.[1].replace(/,/g, '') ?? NaN);
}

interface Figures {
  step: number[];
  end: number[];
  home: number[];
  scrub: number[];
}

async function measure(page: Page, nSteps: number, steps = STEPS): Promise<Figures> {
  const f: Figures = { step: [], end: [], home: [], scrub: [] };
  await page.keyboard.press('Home');
  for (let i = 0; i < steps; i++) f.step.push(await timeAction(page, { key: 'ArrowRight' }));
  for (let r = 0; r < 3; r++) {
    f.end.push(await timeAction(page, { key: 'End' }));
    if (r === 0) for (let i = 0; i < steps; i++) f.step.push(await timeAction(page, { key: 'ArrowLeft' }));
    f.home.push(await timeAction(page, { key: 'Home' }));
  }
  for (const at of [0.5, 0.9, 0.1, 0.75, 0.3])
    f.scrub.push(await timeAction(page, { scrubTo: Math.floor(at * nSteps) }));
  return f;
}

function report(label: string, f: Figures) {
  const max = (xs: number[]) => Math.max(...xs);
  console.log(
    `  ${label}: step median ${ms(median(f.step))} (max ${ms(max(f.step))}, target ${FRAME_MS} ms)   End ${ms(median(f.end))}   Home ${ms(median(f.home))}   scrub median ${ms(median(f.scrub))} (max ${ms(max(f.scrub))}; target 50 ms)`,
  );
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const out = [...w.__long];
    w.__long.length = 0;
    return out;
  });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** `file:line` in the sources for a position in a built file, when the build has source maps. */
async function sourceNamer(site: string, base: string) {
  const { SourceMapConsumer } = await import('source-map-js');
  const cache = new Map<string, InstanceType<typeof SourceMapConsumer> | null>();
  return (url: string, line: number, col: number): string | null => {
    if (!url.startsWith(base)) return null;
    const file = join(site, url.slice(base.length).split('?')[0]);
    if (!cache.has(file)) {
      const map = `${file}.map`;
      cache.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null);
    }
    const o = cache.get(file)?.originalPositionFor({ line: line + 1, column: col });
    if (!o?.source) return null;
    return `${o.name ?? ''} ${o.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${o.line}`;
  };
}

let namer: ((url: string, line: number, col: number) => string | null) | null = null;

async function hotFunctions(cdp: CDPSession, run: () => Promise<void>, n: number) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    const f = node.callFrame;
    const name =
      namer?.(f.url, f.lineNumber, f.columnNumber) ??
      `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + t);
  }
  const rows = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const [name, t] of rows) console.log(`      ${ms(t / n).padStart(9)}  ${name}`);
}

const HIDE_TIMELINE = '.tl-scroll { display: none !important; }';

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.log(`\npanels bench skipped: ${CHROMIUM} is missing`);
    return;
  }
  let site = '';
  let server: http.Server | undefined;
  let ctx: BrowserContext | undefined;
  let profileDir = '';
  try {
    if (!NO_BUILD && !SITE)
      execFileSync(
        join(ROOT, 'node_modules/.bin/vite'),
        ['build', '--logLevel', 'error', ...(SOURCEMAP ? ['--sourcemap'] : [])],
        {
          cwd: ROOT,
          stdio: 'pipe',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
    site = mkdtempSync(join(tmpdir(), 'loopline-panels-site-'));
    cpSync(SITE ?? join(ROOT, 'build'), site, { recursive: true });
    server = await serve(site);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    namer = await sourceNamer(site, base);
    profileDir = mkdtempSync(join(tmpdir(), 'loopline-panels-chrome-'));
    ctx = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 950 },
      args: CHROME_ARGS,
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(180_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await page.goto(`${base}?simTimeout=600000`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-status=done]');
    await page.addStyleTag({ content: HIDE_TIMELINE });
    const cdp = await ctx.newCDPSession(page);
    const atLoad = await longTasks(page);
    console.log(
      `\npage load and its default scenario's run: main-thread tasks > 50 ms: ${atLoad.map((d) => ms(d)).join(', ') || 'none'}`,
    );

    for (const [id, label, program] of PROGRAMS) {
      if (ONLY && ONLY !== id) continue;
      console.log(`\n${label}`);
      await typeProgram(page, program);
      await page.locator('.app[data-status=running]').waitFor();
      await page.locator('.app[data-status=done]').waitFor();
      await page.locator('h1').click();
      const nSteps = await page.evaluate(() => {
        const t = document.querySelector('[data-testid=position]')?.textContent ?? '';
        return Number(/of ([\d,]+)/.exec(t)?.[1].replace(/,/g, '') ?? NaN);
      });
      await page.waitForTimeout(1000);
      const afterRun = await longTasks(page);
      console.log(
        `  ${nSteps.toLocaleString('en-US')} steps; main-thread tasks > 50 ms from Run to idle: ${afterRun.map((d) => ms(d)).join(', ') || 'none'}`,
      );
      const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
      console.log(`  DOM: ${nodes.toLocaleString('en-US')} elements`);
      report('timeline hidden', await measure(page, nSteps));
      await traceSteps(
        cdp,
        async () => {
          await page.keyboard.press('End');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowLeft' });
        },
        10,
      );
      console.log(`  longest main-thread task while stepping: ${ms(Math.max(0, ...(await longTasks(page))))}`);
      console.log('    hottest functions per step (10 from the first step, 10 from the last):');
      await hotFunctions(
        cdp,
        async () => {
          await page.keyboard.press('Home');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowRight' });
          await page.keyboard.press('End');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowLeft' });
        },
        20,
      );
      if (ABLATE) {
        const parts: [string, string][] = [
          ['tasks panel', '.tasks-panel'],
          ['output', '.output-panel'],
          ['narration', '[data-testid=narration]'],
          ['editor', '.cm-editor'],
          ['loop state', '.panels > .panel:nth-child(2)'],
          ['header', 'header'],
          ['all panels', '.panels'],
          ['whole right side', 'section.right'],
        ];
        for (const [name, sel] of parts) {
          await page.evaluate(
            (sel) => document.querySelectorAll<HTMLElement>(sel).forEach((e) => (e.style.display = 'none')),
            sel,
          );
          const f = await measure(page, nSteps, 10);
          await page.evaluate(
            (sel) => document.querySelectorAll<HTMLElement>(sel).forEach((e) => (e.style.display = '')),
            sel,
          );
          report(`also ${name} hidden`, f);
        }
      }
      // The table of every step instead of the chart.
      await page.getByRole('button', { name: /^(Table|표)/ }).click();
      await page.locator('[data-testid=trace-table]').waitFor();
      await page.locator('h1').click();
      await page.waitForTimeout(500);
      const tableOpen = await longTasks(page);
      console.log(`  table view opened: longest task ${ms(Math.max(0, ...tableOpen))}`);
      report('table view', await measure(page, nSteps));
      await traceSteps(
        cdp,
        async () => {
          await page.keyboard.press('End');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowLeft' });
        },
        10,
      );
      console.log('    hottest functions per step in table view:');
      await hotFunctions(
        cdp,
        async () => {
          await page.keyboard.press('Home');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowRight' });
          await page.keyboard.press('End');
          for (let i = 0; i < 10; i++) await timeAction(page, { key: 'ArrowLeft' });
        },
        20,
      );
      console.log('    hottest functions per scrub in table view (8 scrubs):');
      await hotFunctions(
        cdp,
        async () => {
          for (const at of [0.2, 0.8, 0.4, 0.6, 0.1, 0.9, 0.3, 0.7])
            await timeAction(page, { scrubTo: Math.floor(at * nSteps) });
        },
        8,
      );
      console.log(`  longest main-thread task in table view: ${ms(Math.max(0, ...(await longTasks(page))))}`);
      await page.getByRole('button', { name: /^(Timeline|타임라인)/ }).click();
      await page.locator('h1').click();
      await page.waitForTimeout(300);
      await longTasks(page);
      console.log(`  steps landed: ${await position(page)}`);
    }
    if (errors.length) console.log(`\npage errors: ${errors.join(' | ')}`);
  } finally {
    await ctx?.close().catch(() => {});
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (site) rmSync(site, { recursive: true, force: true });
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`\npanels bench could not finish: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
