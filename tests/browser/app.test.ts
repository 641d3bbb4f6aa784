/**
 * Drives the built app in Debian's Chromium: scenarios, stepping, panels against the engine's own
 * trace, editor marks, compare mode, language, draft persistence and runaway programs.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import LZString from 'lz-string';
import { simulate } from '../../src/lib/run';
import { localise } from '../../src/lib/ui/scenario-header';
import { openSite, CHROMIUM, ROOT, type OpenSite, watchedPage, typeProgram } from './site';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[browser tests] skipped: ${CHROMIUM} is missing`);
const suite = haveChromium ? describe : describe.skip;

const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');

suite('Loopline in the browser', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    // Builds one test file at a time and serves a private copy, so that a concurrent build cannot pull files from under the test.
    opened = await openSite();
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors);
    await page.goto(base);
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function pick(id: string) {
    await page.selectOption('#scenario', id);
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
    await page.waitForFunction(
      (n) => document.querySelectorAll('svg[role=img] .lane').length === n,
      simulate(scenario(id)).trace.tasks.length,
    );
  }
  const position = () => page.getByTestId('position').innerText();
  const setDoc = (text: string) => typeProgram(page, text);
  async function docText() {
    return page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
  }

  it('loads with the default scenario and no page errors', async () => {
    await expect(page.title()).resolves.toBe('Loopline');
    await expect(page.locator('svg[role=img]').getAttribute('aria-label')).resolves.toMatch(/Timeline of \d+ tasks/);
    expect(await position()).toMatch(/^Step 1 of \d+/);
    expect(errors).toEqual([]);
  });

  it('draws one lane per task and shows the engine output at the end', async () => {
    for (const id of ['07_semaphore', '10_queue', '13_blocking_sleep']) {
      const run = simulate(scenario(id));
      await pick(id);
      const lanes = await page
        .locator('svg[role=img] .lane')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
      expect(lanes).toEqual(run.trace.tasks.map((t) => t.name));
      await page.getByRole('button', { name: 'Jump to end' }).click();
      expect(await position()).toContain(`Step ${run.trace.steps.length} of ${run.trace.steps.length}`);
      const out = (await page.getByTestId('output').innerText()).trim().split('\n');
      expect(out).toEqual(run.trace.stdout.map((o) => `[${o.t.toFixed(3)}s] ${o.text.replace(/\n$/, '')}`));
      const states = await page
        .locator('[data-testid=tasks-table] tbody tr')
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-task'), r.getAttribute('data-state')]));
      const want = run.trace.tasks.map((t) => [
        t.name,
        t.state === 'finished'
          ? 'done'
          : t.state === 'cancelled'
            ? 'cancelled'
            : t.state.startsWith('exception')
              ? 'failed'
              : expect.any(String),
      ]);
      expect(states).toEqual(want);
    }
  });

  it('steps with buttons and keys, keeping panels in sync with the trace', async () => {
    // The editor shows the scenario with its English header only (and folded).
    const shown = localise(scenario('03_create_task'), 'en');
    const run = simulate(shown);
    await pick('03_create_task');
    const n = run.trace.steps.length;
    await page.getByRole('button', { name: 'Jump to start' }).click();
    expect(await position()).toContain(`Step 1 of ${n}`);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await position()).toContain(`Step 3 of ${n}`);
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(await position()).toContain(`Step 2 of ${n}`);
    // Narration names the task of the current step.
    expect(await page.getByTestId('narration').innerText()).toContain(run.trace.steps[1].task);
    await page.locator('h1').click(); // focus away from the buttons
    await page.keyboard.press('ArrowRight');
    expect(await position()).toContain(`Step 3 of ${n}`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await position()).toContain(`Step 1 of ${n}`);
    await page.keyboard.press('End');
    expect(await position()).toContain(`Step ${n} of ${n}`);
    await page.keyboard.press('Home');
    // Shift+→ lands on the first step of a later loop iteration.
    await page.keyboard.press('Shift+ArrowRight');
    const it1 = run.ui.details[0].iteration;
    const next = run.ui.details.findIndex((d) => d.iteration !== it1);
    expect(await position()).toContain(`Step ${next + 1} of ${n}`);
    // Ready queue and timer heap show the details of the current step.
    const ready = await page.getByTestId('ready-queue').innerText();
    for (const r of run.ui.details[next].ready) expect(ready).toContain(r);
    // Next output jumps to the next step that printed.
    await page.getByRole('button', { name: 'Next output' }).click();
    const outStep = run.ui.details.findIndex((d, i) => i > next && d.output.length > 0);
    expect(await position()).toContain(`Step ${outStep + 1} of ${n}`);
    // The step axis draws every step; clicking one jumps there.
    await page.getByRole('button', { name: 'Step axis' }).click();
    await expect(page.locator('svg[role=img]').getAttribute('data-axis')).resolves.toBe('step');
    await page.locator('svg[role=img] rect[data-step="0"]').first().click();
    expect(await position()).toContain(`Step 1 of ${n}`);
    await page.locator('svg[role=img] rect[data-step="2"]').first().click();
    expect(await position()).toContain(`Step 3 of ${n}`);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect(page.locator('[data-testid=trace-table] tbody tr').count()).resolves.toBe(n);
    await page.getByRole('button', { name: 'Timeline view' }).click();
    await page.getByRole('button', { name: 'Time axis' }).click();
    // Hovering a bar shows its tooltip.
    await page.locator('svg[role=img] rect.seg-sleeping').first().hover();
    await expect(page.getByRole('tooltip').innerText()).resolves.not.toBe('');
    // Zoom with the keyboard on the focused chart: the axis ticks change; 0 fits again.
    const ticks = () => page.locator('svg[role=img] .axis .tick text').allInnerTexts();
    const before = await ticks();
    await page.locator('svg[role=img]').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await ticks()).not.toEqual(before);
    await page.keyboard.press('0');
    expect(await ticks()).toEqual(before);
    // Touch: two fingers spreading apart zoom in (pinch), like the + key.
    await page.locator('svg[role=img]').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const at = (id: number, x: number, type: string) =>
        svg.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            clientX: x,
            clientY: y,
            bubbles: true,
            isPrimary: id === 1,
          }),
        );
      const mid = r.left + r.width / 2;
      at(1, mid - 40, 'pointerdown');
      at(2, mid + 40, 'pointerdown');
      at(2, mid + 160, 'pointermove');
      at(1, mid - 160, 'pointermove');
      at(1, mid - 160, 'pointerup');
      at(2, mid + 160, 'pointerup');
    });
    expect(await ticks()).not.toEqual(before);
    await page.keyboard.press('0');
    // Play runs through to the end.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (k) => document.querySelector('[data-testid=position]')?.textContent?.includes(`Step ${k} of ${k}`),
      n,
      { timeout: 10_000 },
    );
  });

  it("marks each task's current line in the editor and underlines diagnostics", async () => {
    // The editor shows the scenario with its English header only (and folded).
    const shown = localise(scenario('03_create_task'), 'en');
    const run = simulate(shown);
    await pick('03_create_task');
    await page.getByRole('button', { name: 'Jump to start' }).click();
    const to = run.trace.steps[0].to!;
    const line = Number(to.split(':')[1]);
    const marked = await page
      .locator('.cm-task-line [data-tasks]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tasks')));
    expect(marked.join(' ')).toContain(run.trace.steps[0].task);
    await expect(page.locator('.cm-task-running').innerText()).resolves.toContain(shown.split('\n')[line - 1].trim());
    await expect(page.locator('.cm-task-badge.running').innerText()).resolves.toContain(run.trace.steps[0].task);
    // A syntax error: underlined, listed, and nothing crashes.
    await setDoc('import asyncio\nasync def main(:\n    pass\n');
    await page.waitForSelector('.cm-lintRange-error', { timeout: 10_000 });
    await expect(page.getByRole('alert').first().innerText()).resolves.toMatch(/did not run/);
  });

  it('shows what the program writes to sys.stderr apart from its output', async () => {
    await setDoc(
      'import sys\nprint("to stdout")\nprint("oops <b>", file=sys.stderr)\nsys.stderr.write("warn: ")\nsys.stderr.write("low disk\\n")\n',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=stderr]')?.textContent?.includes('oops <b>'),
      null,
      { timeout: 10_000 },
    );
    await expect(page.getByTestId('output').innerText()).resolves.not.toContain('oops');
    await expect(page.getByTestId('stderr').innerText()).resolves.toContain('[0.000s] oops <b>');
    // Two writes that make one line show as one row, as a terminal shows them.
    await expect(page.getByTestId('stderr').innerText()).resolves.toContain('[0.000s] warn: low disk');
    // A program that wrote only to stderr has output: the panel does not say there is none yet.
    await setDoc('import sys\nprint("only to stderr", file=sys.stderr)\n');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=stderr]')?.textContent?.includes('only to stderr'),
      null,
      { timeout: 10_000 },
    );
    await expect(page.locator('.output-panel').innerText()).resolves.not.toContain('(no output yet)');
  });

  it('keeps the draft across a reload', async () => {
    const text = 'import asyncio\n\nasync def main():\n    print("kept draft 42")\n\nasyncio.run(main())\n';
    await setDoc(text);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=output]')?.textContent?.includes('kept draft 42'),
      null,
      { timeout: 10_000 },
    );
    await page.reload();
    await page.waitForSelector('[data-status=done]');
    expect(await docText()).toContain('print("kept draft 42")');
    // Picking a scenario does not lose it: "My draft" brings it back.
    await pick('04_gather');
    expect(await docText()).not.toContain('kept draft 42');
    await page.selectOption('#scenario', '__draft');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=output]')?.textContent?.includes('kept draft 42'),
      null,
      { timeout: 10_000 },
    );
    expect(await docText()).toContain('print("kept draft 42")');
  });

  it('stops a runaway program while the page stays responsive', async () => {
    await pick('16_sleep_zero');
    await setDoc(scenario('18_runaway_loop'));
    // While the worker spins, the main thread still answers and the theme button works.
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'running', null, {
      timeout: 5_000,
    });
    const t0 = Date.now();
    await page.getByRole('button', { name: /Dark/ }).click();
    expect(Date.now() - t0).toBeLessThan(1500);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    // The app's operations cap stops it, and says so (run-caps.ts).
    await page.waitForSelector('[data-testid=cap-notice]', { timeout: 20_000 });
    await expect(page.getByTestId('cap-notice').innerText()).resolves.toContain(
      'Stopped after 10,000,000 operations — the operations cap.',
    );
    // The line where it was stopped is underlined in the editor.
    const stopLine = simulate(scenario('18_runaway_loop')).stopLine!;
    const warned = await page
      .locator('.cm-lintRange-warning')
      .evaluate((e) => [...e.closest('.cm-content')!.children].indexOf(e.closest('.cm-line')!) + 1);
    expect(warned).toBe(stopLine);
    // A run of the blocking scenario narrates the frozen loop.
    const run = simulate(scenario('13_blocking_sleep'));
    const bi = run.trace.steps.findIndex((s, i) =>
      run.ui.blocks.some((b) => b.t >= s.t && b.t < (run.trace.steps[i + 1]?.t ?? run.trace.end)),
    );
    await pick('13_blocking_sleep');
    await page.locator('h1').click();
    for (let i = 0; i < bi; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('narration').innerText()).resolves.toContain('blocks the whole loop for 2.0 s');
    await page.getByRole('button', { name: /Light/ }).click();
  });

  it('terminates a worker that exceeds the UI time limit', async () => {
    await page.goto(`${base}?simTimeout=300`);
    await page.waitForSelector('.app[data-ready=yes]');
    await setDoc(
      'import asyncio\n\nasync def main():\n    n = 0\n    while True:\n        n += 1\n\nasyncio.run(main())\n',
    );
    await page.waitForSelector('[data-testid=run-problem]', { timeout: 15_000 });
    await expect(page.getByTestId('run-problem').innerText()).resolves.toMatch(/stopped after 0\.3 s/);
    await page.goto(base);
    await page.waitForSelector('.app[data-ready=yes]');
  });

  it('shares a program through the link', async () => {
    await pick('12_event');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#code='));
    const url = page.url();
    const other = await ctx.newPage();
    await other.goto(url);
    await other.waitForSelector('[data-status=done]');
    const text = await other.evaluate(() =>
      [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'),
    );
    expect(text).toContain('start = asyncio.Event()');
    await other.close();
    await page.goto(base);
    await page.waitForSelector('[data-status=done]');
  });

  it('writes the address for a program run before the opening run settled, even one with no task steps', async () => {
    // The typed program replaces the opening run (a slow linked one), and it has no asyncio, so no
    // step moves once it settles.
    const slow = 'import asyncio\nasync def main():\n    print(sum(range(3_000_000)))\nasyncio.run(main())\n';
    const fresh = await ctx.newPage();
    fresh.on('pageerror', (e) => errors.push(e.message));
    await fresh.goto(`${base}#code=${LZString.compressToEncodedURIComponent(slow)}&py=3.13`);
    await fresh.waitForSelector('.cm-content');
    await typeProgram(fresh, 'print("no tasks here")\n');
    await fresh.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => fresh.getByTestId('output').innerText(), { timeout: 30_000 }).toContain('no tasks here');
    await fresh.waitForSelector('.app[data-status=done]');
    const typed = LZString.compressToEncodedURIComponent('print("no tasks here")\n');
    await expect.poll(() => fresh.evaluate(() => location.hash), { timeout: 5_000 }).toContain(`#code=${typed}&`);
    await fresh.close();
  });

  it('compares two programs on one time axis', async () => {
    const a = simulate(scenario('14_requests_blocking')).trace.end;
    const b = simulate(scenario('15_aiohttp_concurrent')).trace.end;
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForFunction(() => !!document.querySelector('[data-testid=speedup]')?.textContent?.trim(), null, {
      timeout: 15_000,
    });
    await expect(page.getByTestId('total-a').innerText()).resolves.toBe(`${a.toFixed(1)} s`);
    await expect(page.getByTestId('total-b').innerText()).resolves.toBe(`${b.toFixed(1)} s`);
    await expect(page.getByTestId('speedup').innerText()).resolves.toContain((a / b).toFixed(2));
    await expect(page.locator('[data-testid=compare] svg[role=img]').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Single program' }).click();
    await page.waitForSelector('.cm-content');
  });

  it('switches to Korean and remembers it', async () => {
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('button', { name: '한 단계 앞으로' }).count()).resolves.toBe(1);
    await page.reload();
    await page.waitForSelector('.app[data-ready=yes]');
    await expect(page.getByRole('button', { name: '한 단계 앞으로' }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ko');
    await page.getByRole('button', { name: 'English' }).click();
    expect(errors).toEqual([]);
  });
});
