/**
 * Issue 8 item 5 and two item-7 defects, in the page: a warning is marked at CPython's moment
 * (narration of that step, the editor's line, a glyph on the timeline); a task that fails shows
 * its Python traceback and its raising line; a worker time-out clears the old timeline and says
 * how far the simulation got.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localise } from '../../src/lib/ui/scenario-header';
import { CHROMIUM, ROOT, typeProgram, openedApp } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const SHOTS = process.env.LOOPLINE_SHOTS; // a directory to save screenshots in, when set

const FAILING = `import asyncio

async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"failure {n}")

async def main():
    asyncio.create_task(fail(0.1))
    t = asyncio.create_task(fail(0.2))
    await asyncio.sleep(0.5)
    print("retrieved:", t.exception())

asyncio.run(main())
`;

/** Endless, and slow in real time per step while cheap in operations and steps: the worker's time-out ends it first. */
const ENDLESS = `import asyncio

async def main():
    data = list(range(200_000))
    while True:
        ordered = sorted(data, reverse=True)
        await asyncio.sleep(0.1)

asyncio.run(main())
`;

suite('Warnings, task tracebacks and time-outs in the page', () => {
  const app = openedApp('', 120_000);

  const narration = () => app.page.getByTestId('narration').innerText();
  /** The trimmed text of the editor lines carrying a class (line numbers would miss folded lines). */
  const textsWith = (cls: string) =>
    app.page.evaluate(
      (c) => [...document.querySelectorAll('.cm-content > .cm-line.' + c)].map((l) => (l.textContent ?? '').trim()),
      cls,
    );
  /** 1-based editor line numbers carrying a class. */
  const linesWith = (cls: string) =>
    app.page.evaluate(
      (c) =>
        [...document.querySelectorAll('.cm-content > .cm-line')].flatMap((l, i) =>
          l.classList.contains(c) ? [i + 1] : [],
        ),
      cls,
    );
  const setDoc = (text: string) => typeProgram(app.page, text);
  async function toStep(k: number) {
    await app.page.locator('h1').click();
    await app.page.keyboard.press('Home');
    for (let i = 0; i < k; i++) await app.page.keyboard.press('ArrowRight');
  }
  async function shot(name: string) {
    if (SHOTS) await app.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  it('the forgotten await: narrated, marked on its line and on the timeline at 0 s', async () => {
    await app.page.selectOption('#scenario', '01_forgotten_await');
    await app.page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
    await toStep(0);
    // greet("forgotten") is dropped at once, during main's first step, at 0 s. Its line is the one
    // the editor holds (the scenario's header keeps one language's comment lines only, folded).
    const shown = localise(readFileSync(join(ROOT, 'scenarios/01_forgotten_await.py'), 'utf8'), 'en');
    const L = shown.split('\n').findIndex((l) => /^\s*greet\("forgotten"\)/.test(l)) + 1;
    expect(L).toBeGreaterThan(0);
    await expect(narration()).resolves.toMatch(
      new RegExp(`⚠ At 0(\\.0)? s, line ${L}: coroutine 'greet' was never awaited`),
    );
    expect((await textsWith('cm-warn-line')).map((x) => x.startsWith('greet("forgotten")'))).toEqual([true]);
    await expect(app.page.locator('.cm-warn-badge.now').innerText()).resolves.toBe('⚠ never awaited');
    const mark = app.page.locator('svg[role=img] .warning-mark');
    await expect(mark.count()).resolves.toBe(1);
    await expect(mark.locator('title').textContent()).resolves.toMatch(
      new RegExp(`^Warning at 0(\\.0)? s, line ${L}: RuntimeWarning`),
    );
    // Standing on the axis at 0 s: over the axis tick labelled "0 s".
    const [mx, cx] = await app.page.evaluate(() => {
      const m = document.querySelector('svg[role=img] .warning-mark path')!.getBoundingClientRect();
      const tick = [...document.querySelectorAll('svg[role=img] .tick')].find((g) =>
        /^0(\.0)? s$/.test(g.textContent ?? ''),
      )!;
      const c = tick.querySelector('line')!.getBoundingClientRect();
      return [m.x + m.width / 2, c.x];
    });
    expect(Math.abs(mx - cx)).toBeLessThan(4);
    await expect(app.page.locator('.warn li').first().innerText()).resolves.toMatch(
      new RegExp(`^\\[0(\\.0)? s\\] line ${L}: RuntimeWarning`, 'i'),
    );
    await shot('warning-light');
    // The next step says nothing more about it; the line stays marked, no longer as "now".
    await app.page.keyboard.press('ArrowRight');
    await expect(narration()).resolves.not.toContain('never awaited');
    expect((await textsWith('cm-warn-line')).map((x) => x.startsWith('greet("forgotten")'))).toEqual([true]);
    await expect(app.page.locator('.cm-warn-badge.now').count()).resolves.toBe(0);
    await app.page.getByRole('button', { name: /Dark/ }).click();
    await toStep(0);
    await shot('warning-dark');
    await app.page.getByRole('button', { name: '한국어' }).click();
    await expect(narration()).resolves.toMatch(
      new RegExp(`⚠ 0(\\.0)?초, ${L}행: 코루틴 'greet': 한 번도 await 되지 않았습니다`),
    );
    await expect(app.page.locator('.cm-warn-badge').innerText()).resolves.toBe('⚠ await 안 됨');
    await shot('warning-ko-dark');
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.getByRole('button', { name: /Light/ }).click();
  });

  it('a failing task shows its traceback and its raising line, from the step where it fails', async () => {
    await setDoc(FAILING);
    await app.page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane').length === 3, null, {
      timeout: 15_000,
    });
    await app.page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
    await toStep(0);
    await expect(app.page.getByTestId('task-traceback').count()).resolves.toBe(0);
    expect(await linesWith('cm-error-line')).toEqual([]);
    // Steps: main, Task-2, Task-3 start; Task-2 fails at 0.1 s in step 4.
    await toStep(3);
    await expect(narration()).resolves.toContain("Task-2's exception was raised at line 5: ValueError: failure 0.1");
    const tb = app.page.getByTestId('task-traceback');
    await expect(tb.count()).resolves.toBe(1);
    const text = await tb.innerText();
    expect(text).toContain('Task-2 ended with an exception at 0.1 s (line 5)');
    expect(text).toContain('Traceback (most recent call last):');
    expect(text).toContain('File "main.py", line 5, in fail');
    expect(text).toContain('ValueError: failure 0.1');
    expect(await linesWith('cm-error-line')).toEqual([5]);
    await expect(app.page.locator('.cm-error-badge.now').innerText()).resolves.toBe('✖ Task-2: ValueError');
    // Nobody retrieves Task-2's exception: CPython logs it right after that step, at 0.1 s.
    await expect(narration()).resolves.toContain(
      '⚠ At 0.1 s: Task exception was never retrieved (ValueError: failure 0.1)',
    );
    await shot('task-traceback');
    await app.page.keyboard.press('End');
    await expect(app.page.getByTestId('task-traceback').count()).resolves.toBe(2);
  });

  it('a warning with a long path wraps inside the panel', async () => {
    const path = Array.from({ length: 30 }, (_, i) => `dir${i}`).join('/');
    // In a task: the next test opens the page on this draft and expects a timeline.
    await setDoc(`import asyncio, warnings\nasync def main():\n    warnings.warn("${path}")\nasyncio.run(main())\n`);
    await app.page.waitForFunction((p) => document.querySelector('.warn')?.textContent?.includes(p), path, {
      timeout: 10_000,
    });
    const box = await app.page.evaluate(() => {
      const panel = document.querySelector('.warn')!;
      const item = panel.querySelector('li')!.getBoundingClientRect();
      return {
        overflow: panel.scrollWidth - panel.clientWidth,
        item: item.right,
        panel: panel.getBoundingClientRect().right,
      };
    });
    expect(box.overflow).toBeLessThanOrEqual(0);
    expect(box.item).toBeLessThanOrEqual(box.panel);
  });

  it('a worker time-out clears the old timeline and says how far the simulation got', async () => {
    await app.page.goto(`${app.base}?simTimeout=4000`);
    // A fresh page runs its opening program first: on a loaded machine that takes more than 15 s.
    await app.page.waitForSelector('[data-status=done]', { timeout: 60_000 });
    expect(await app.page.locator('svg[role=img] .lane').count()).toBeGreaterThan(0);
    await setDoc(ENDLESS);
    await app.page.waitForSelector('[data-testid=run-problem]', { timeout: 20_000 });
    const msg = await app.page.getByTestId('run-problem').innerText();
    expect(msg).toMatch(/stopped after 4 s of real time without finishing/);
    expect(msg).toMatch(/may loop without awaiting, or be too big to simulate in 4 s/);
    expect(msg).toMatch(/By then it had simulated [\d,]+ steps, up to [\d.]+ s of virtual time, running line [5-9]\./);
    expect(msg).toContain("The previous program's timeline was cleared.");
    expect(msg).not.toMatch(/never yields/);
    await expect(app.page.locator('svg[role=img] .lane').count()).resolves.toBe(0);
    await shot('timeout');
    expect(app.errors).toEqual([]);
  }, 120_000);
});
