/**
 * Frames and locals at every step (issue 8, item 1): the tasks panel shows the running (or
 * picked) task's await chain with the call as written and its locals, marks what changed,
 * shows the old values when stepping back (from the trace, no re-run), and the same frames are
 * in the timeline's tooltips and the table view.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

// The asyncio tutorial's example (docs.python.org, "Coroutines and Tasks"), with a counter.
const tutorial = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    n = 0
    await task1
    n = n + 1
    await task2
    print(n)

asyncio.run(main())
`;

suite('Frames and locals per step', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    page = await watchedPage(opened.ctx, errors);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(extra: string) {
    await page.goto('about:blank');
    await page.goto(base + link(tutorial, extra));
    await page.waitForSelector('[data-status=done]');
  }
  const position = () => page.getByTestId('position').innerText();
  /** The frames panel as [call, [[name, value, changed]...]] per frame. */
  const frames = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=frames] .frame')].map((f) => [
        f.querySelector('[data-testid=frame-call]')!.textContent,
        [...f.querySelectorAll('tr[data-name]')].map((r) => [
          r.getAttribute('data-name'),
          r.querySelector('.value')!.textContent,
          r.getAttribute('data-changed'),
        ]),
      ]),
    );
  const framesTask = () => page.getByTestId('frames').getAttribute('data-task');

  it('steps forward and back through the tutorial, reading the frames and locals shown', async () => {
    await open('&lang=en&theme=light&step=1');
    expect(await position()).toMatch(/^Step 1 of 7/);
    // Step 1: main ran up to `await task1`.
    expect(await framesTask()).toBe('Task-1');
    let f = await frames();
    expect(f.map((x) => x[0])).toEqual(['main()']);
    expect(f[0][1]).toEqual([
      ['task1', expect.stringMatching(/^<Task pending name='Task-2'/), 'no'],
      ['task2', expect.stringMatching(/^<Task pending name='Task-3'/), 'no'],
      ['n', '0', 'no'],
    ]);
    // Step 2: Task-2 starts say_after(1, 'hello') and sleeps.
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await framesTask()).toBe('Task-2');
    f = await frames();
    expect(f).toEqual([
      [
        "say_after(1, 'hello')",
        [
          ['delay', '1', 'no'],
          ['what', "'hello'", 'no'],
        ],
      ],
    ]);
    // Steps 3 to 5: Task-3 starts, Task-2 finishes, then main resumes: n changed, and says so.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await position()).toMatch(/^Step 5 of 7/);
    expect(await framesTask()).toBe('Task-1');
    f = await frames();
    expect(f[0][1]).toContainEqual(['n', '1', 'yes']);
    expect(f[0][1]).toContainEqual(['task1', expect.stringMatching(/^<Task finished name='Task-2'/), 'yes']);
    const mark = page.locator('[data-testid=frames] tr[data-name=n] .mark');
    expect(await mark.innerText()).toContain('changed'); // a word for screen readers, not colour only
    await page.screenshot({ path: '/tmp/i8frames/frames-light.png' });
    // Back two steps: the old values come back from the trace.
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(await position()).toMatch(/^Step 3 of 7/);
    expect(await framesTask()).toBe('Task-3');
    expect(await frames()).toEqual([
      [
        "say_after(2, 'world')",
        [
          ['delay', '2', 'no'],
          ['what', "'world'", 'no'],
        ],
      ],
    ]);
    // Picking Task-1 in the table shows its frames at this step: still n = 0.
    await page.locator('[data-testid=tasks-table] tr[data-task="Task-1"] button.pick').click();
    expect(await framesTask()).toBe('Task-1');
    expect((await frames())[0][1]).toContainEqual(['n', '0', 'no']);
    await page.locator('[data-testid=tasks-table] tr[data-task="Task-3"] button.pick').click();
    await page.locator('[data-testid=tasks-table] tr[data-task="Task-3"] button.pick').click();
    // Unpicked again: the panel follows the running task.
    expect(await framesTask()).toBe('Task-3');
    expect(errors).toEqual([]);
  }, 60_000);

  it('lists the frames in the timeline tooltips and the table view', async () => {
    await open('&lang=en&theme=dark&step=5');
    const title = await page.evaluate(
      () => document.querySelector('svg[role=img] rect.seg-running[data-step="4"] title')?.textContent ?? '',
    );
    expect(title).toContain('Frames (outermost first):');
    expect(title).toContain('main()  line 13: ');
    expect(title).toContain('n=1 (changed)');
    const sleeping = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role=img] rect.seg-sleeping title')].map((t) => t.textContent ?? ''),
    );
    expect(sleeping.some((t) => t.includes("say_after(1, 'hello')  line 4: delay=1, what='hello'"))).toBe(true);
    await page.screenshot({ path: '/tmp/i8frames/frames-dark.png' });
    await page.getByRole('button', { name: 'Table view' }).click();
    const row = page.locator('[data-testid=trace-table] tbody tr').nth(4);
    const cell = await row.locator('td').last().innerText();
    expect(cell).toContain('main()');
    expect(cell).toMatch(/n=1\s*Δ/);
    expect(await row.locator('.var.changed[data-name=n] .sr-only').innerText()).toBe('changed');
    await page.screenshot({ path: '/tmp/i8frames/frames-table-dark.png' });
  }, 60_000);

  it('reads in Korean', async () => {
    await open('&lang=ko&theme=light&step=5');
    expect(await page.getByTestId('frames').locator('h3').innerText()).toMatch(/^Task-1의 프레임/);
    expect(await page.locator('[data-testid=frames] tr[data-name=n] .sr-only').innerText()).toBe('바뀜');
    await page.screenshot({ path: '/tmp/i8frames/frames-ko.png' });
  }, 60_000);
});
