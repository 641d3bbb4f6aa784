/**
 * The panels at scale: a run long enough that the output, the table of steps and the task list are
 * drawn as windows (only the rows in view are in the DOM). After stepping, End, Home, a scrub and
 * scrolling, each still shows the right rows for the current step, checked against the engine's
 * own trace: the table's current row, the output up to the step, the tasks' states and the
 * selected task's frames.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { buildRunView, taskViews } from '../../src/lib/ui/model';
import { taskFramesAt } from '../../src/lib/ui/frames';
import { taskLinesOf } from '../../src/lib/ui/task-lines';
import { sameMarks, type LineMark } from '../../src/lib/ui/editor/cm-marks';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[browser tests] skipped: ${CHROMIUM} is missing`);
const suite = haveChromium ? describe : describe.skip;

/** 300 workers printing and sleeping three times: ~1,200 steps, 900 output lines, 301 tasks. */
const PROGRAM = `import asyncio

async def worker(i):
    total = 0
    for k in range(3):
        total += i * k
        print(f"worker {i} round {k}")
        await asyncio.sleep((i % 7 + 1) / 10)
    return total

async def main():
    await asyncio.gather(*(worker(i) for i in range(300)))

asyncio.run(main())
`;

const run = simulate(PROGRAM);
const view = buildRunView(run.trace, run.ui);
const N = run.trace.steps.length;
const outputText = (i: number) =>
  `[${run.trace.stdout[i].t.toFixed(3)}s] ${run.trace.stdout[i].text.replace(/\n$/, '')}`;
/** How many output lines are shown after step `i` (0-based). */
const printedBy = (i: number) => [...view.outputStep].filter((s) => s <= i).length;

suite('windowed panels at scale', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 30_000);
    await page.goto(`${opened.base}?simTimeout=120000`);
    await page.waitForSelector('[data-status=done]');
    await typeProgram(page, PROGRAM);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=position]')?.textContent?.includes(`of ${n}`),
      N,
    );
    await page.locator('h1').click();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  /** The step on screen (0-based). */
  async function current(): Promise<number> {
    const text = await page.getByTestId('position').innerText();
    return Number(/Step (\d+)/.exec(text)![1]) - 1;
  }

  /** The output lines in the DOM: their indexes, texts and which are highlighted. */
  async function outputRows() {
    return page.locator('[data-testid=output] .out-line').evaluateAll((els) =>
      els.map((e) => ({
        i: Number(e.getAttribute('data-line')),
        text: e.textContent ?? '',
        fresh: e.classList.contains('fresh'),
        visible: (() => {
          const box = e.closest('pre')!.getBoundingClientRect();
          const r = e.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        })(),
      })),
    );
  }

  /** The output shows exactly the lines printed by the current step, the newest in view. */
  async function checkOutput() {
    const i = await current();
    const count = printedBy(i);
    const box = page.getByTestId('output');
    if (count === 0) {
      await expect(box.innerText()).resolves.toMatch(/no output|출력 없음/i);
      return;
    }
    await expect(box.getAttribute('data-lines')).resolves.toBe(String(count));
    const rows = await outputRows();
    expect(rows.length).toBeLessThan(80); // a window, not the 900 lines
    for (const r of rows) {
      expect(r.i).toBeLessThan(count);
      expect(r.text).toBe(outputText(r.i));
      expect(r.fresh).toBe(view.outputStep[r.i] === i);
    }
    // Contiguous, and the newest line is drawn and in view.
    rows.forEach((r, j) => expect(r.i).toBe(rows[0].i + j));
    const newest = rows.find((r) => r.i === count - 1);
    expect(newest?.visible).toBe(true);
  }

  /** The task rows in the DOM match taskViews at the current step; returns their names. */
  async function checkTasks(): Promise<string[]> {
    const i = await current();
    const want = taskViews(view, i);
    const rows = await page.locator('[data-testid=tasks-table] tbody tr[data-task]').evaluateAll((els) =>
      els.map((e) => ({
        name: e.getAttribute('data-task')!,
        state: e.getAttribute('data-state')!,
        index: Number(e.getAttribute('aria-rowindex')),
      })),
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    await expect(page.getByTestId('tasks-table').getAttribute('aria-rowcount')).resolves.toBe(
      String(run.trace.tasks.length + 1),
    );
    for (const r of rows) {
      const tv = want[r.index - 2];
      expect(r.name).toBe(tv.name);
      expect(r.state).toBe(tv.state);
    }
    return rows.map((r) => r.name);
  }

  /** The frames panel shows task `name`'s frames at the current step. */
  async function checkFrames(name: string) {
    const i = await current();
    const at = taskFramesAt(view, i, view.taskIndex.get(name)!);
    const frames = page.getByTestId('frames');
    await expect(frames.getAttribute('data-task')).resolves.toBe(name);
    const calls = await page.getByTestId('frame-call').allInnerTexts();
    expect(calls).toEqual(at.done || at.step < 0 ? [] : at.frames.map((f) => f.call));
  }

  it('shows the right output and tasks after stepping, End, Home and a scrub', async () => {
    await page.keyboard.press('Home');
    expect(await current()).toBe(0);
    await checkOutput();
    await checkTasks();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    expect(await current()).toBe(5);
    await checkOutput();
    await checkTasks();
    await page.keyboard.press('End');
    expect(await current()).toBe(N - 1);
    await checkOutput();
    await checkTasks();
    await page.keyboard.press('ArrowLeft');
    await checkOutput();
    const mid = Math.floor(N * 0.6);
    await page.locator('.scrub input[type=range]').evaluate((el, mid) => {
      const input = el as HTMLInputElement;
      input.value = String(mid);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, mid);
    expect(await current()).toBe(mid);
    await checkOutput();
    await checkTasks();
    await page.keyboard.press('Home');
    await checkOutput();
    expect(errors).toEqual([]);
  });

  /** The editor's "+N" badges match the tasks at each line at the current step, beyond the three named. */
  async function checkCounts() {
    const i = await current();
    const atLine = new Map<number, number>();
    for (const tv of taskViews(view, i)) if (tv.line) atLine.set(tv.line, (atLine.get(tv.line) ?? 0) + 1);
    const want = [...atLine.values()].filter((n) => n > 3).map((n) => `+${n - 3}`);
    const got = await page
      .locator('.cm-task-line .cm-task-badge')
      .evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.startsWith('+')));
    expect(got.sort()).toEqual(want.sort());
  }

  /** The first step whose editor marks differ from the previous step's only in counts. */
  function firstCountOnlyStep(): number {
    const marksAt = (i: number): LineMark[] =>
      taskLinesOf(view)
        .linesAt(i, 50)
        .flatMap((at) =>
          at.tasks.map((k, j) => ({
            line: at.line,
            colour: String(k),
            label: run.trace.tasks[k].name,
            running: at.running && j === 0,
            more: j === 0 ? at.count - at.tasks.length : 0,
          })),
        );
    for (let i = 1; i < N; i++) {
      const [a, b] = [marksAt(i - 1), marksAt(i)];
      if (!sameMarks(a, b) && sameMarks(a, b, true)) return i;
    }
    return -1;
  }

  it("counts the tasks beyond those named at each line in the editor's badges, step after step", async () => {
    // From just before the first run of steps that change only counts (tasks finishing while
    // hundreds wait at a line): their badges' names stay, the counts go down.
    const from = firstCountOnlyStep() - 3;
    expect(from).toBeGreaterThan(0);
    await page.locator('.scrub input[type=range]').evaluate((el, from) => {
      const input = el as HTMLInputElement;
      input.value = String(from);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, from);
    await checkCounts();
    // Most of these steps change a count and nothing else a badge shows (written without an editor update);
    // the others (a running task's badge) update the editor.
    for (let k = 0; k < 12; k++) {
      await page.keyboard.press('ArrowRight');
      await checkCounts();
    }
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press('ArrowLeft');
      await checkCounts();
    }
    await page.keyboard.press('End');
    await checkCounts();
    await page.keyboard.press('ArrowLeft');
    await checkCounts();
    await page.keyboard.press('Home');
    await checkCounts();
    expect(errors).toEqual([]);
  });

  it('lists the ready queue of each step, an entry twice when it is queued twice', async () => {
    const details = run.ui.details;
    const dup = details.findIndex((d) => new Set(d.ready).size !== d.ready.length);
    expect(dup).toBeGreaterThan(0);
    await page.locator('.scrub input[type=range]').evaluate((el, at) => {
      const input = el as HTMLInputElement;
      input.value = String(at);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, dup - 4);
    for (let k = 0; k < 10; k++) {
      if (k) await page.keyboard.press(k < 7 ? 'ArrowRight' : 'ArrowLeft');
      const i = await current();
      const shown = await page
        .locator('[data-testid=ready-queue] li')
        .evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));
      expect(shown).toEqual(details[i].ready);
    }
    expect(errors).toEqual([]);
  });

  it('keeps the right rows when the output and the task list are scrolled', async () => {
    await page.keyboard.press('End');
    // The output scrolled to its top shows its first lines.
    await page.getByTestId('output').evaluate((el) => (el.scrollTop = 0));
    await page.waitForFunction(
      () => document.querySelector('[data-testid=output] .out-line')?.getAttribute('data-line') === '0',
    );
    const top = await outputRows();
    expect(top[0]).toMatchObject({ i: 0, text: outputText(0), visible: true });
    // The task list scrolled to its end shows the last tasks, in their states at this step.
    await page.locator('.task-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = run.trace.tasks[run.trace.tasks.length - 1].name;
    await page.locator(`[data-testid=tasks-table] tr[data-task="${last}"]`).waitFor();
    const names = await checkTasks();
    expect(names).toContain(last);
    // Picking a task far down the list shows its frames; they follow the cursor.
    await page.locator(`[data-testid=tasks-table] tr[data-task="${last}"] button.pick`).click();
    await page.locator('h1').click();
    await checkFrames(last);
    const mid = Math.floor(N / 2);
    await page.locator('.scrub input[type=range]').evaluate((el, mid) => {
      const input = el as HTMLInputElement;
      input.value = String(mid);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, mid);
    await checkFrames(last);
    await checkTasks();
    await page.keyboard.press('Home');
    await checkFrames(last);
    expect(errors).toEqual([]);
  });

  it('the table of steps keeps the current row drawn and in view, with its row index', async () => {
    await page.getByRole('button', { name: 'Table view' }).click();
    await page.locator('h1').click();
    const table = page.getByTestId('trace-table');
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe(String(N + 1));
    const currentRow = async () => {
      const i = await current();
      const row = page.locator('[data-testid=trace-table] tr[aria-current=step]');
      await expect(row.getAttribute('data-step')).resolves.toBe(String(i + 1));
      await expect(row.getAttribute('aria-rowindex')).resolves.toBe(String(i + 2));
      await expect(row.locator('td').nth(3).innerText()).resolves.toBe(run.trace.steps[i].task);
      // In view inside the table's scroll box (below its sticky header).
      const inView = await row.evaluate((tr) => {
        const box = tr.closest('.table-wrap')!.getBoundingClientRect();
        const head = tr.closest('table')!.querySelector('thead')!.getBoundingClientRect();
        const r = tr.getBoundingClientRect();
        return r.top >= head.bottom - 1 && r.bottom <= box.bottom + 1;
      });
      expect(inView).toBe(true);
      // Every row drawn is its step's (rows are reused as the window moves), in order.
      const rows = await page.locator('[data-testid=trace-table] tbody tr[data-step]').evaluateAll((trs) =>
        trs.map((tr) => ({
          step: Number(tr.getAttribute('data-step')),
          index: Number(tr.getAttribute('aria-rowindex')),
          task: tr.querySelectorAll('td')[3].textContent,
          current: tr.getAttribute('aria-current'),
        })),
      );
      expect(rows.length).toBeLessThan(80);
      rows.forEach((r, j) => {
        expect(r.step).toBe(rows[0].step + j);
        expect(r.index).toBe(r.step + 1);
        expect(r.task).toBe(run.trace.steps[r.step - 1].task);
        expect(r.current).toBe(r.step === i + 1 ? 'step' : null);
      });
    };
    await page.keyboard.press('Home');
    await currentRow();
    // Far enough that the table is scrolled past its first rows: then End moves a window that is
    // drawn below padding already (and must still scroll all the way to the last row).
    for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowRight');
    await currentRow();
    await page.keyboard.press('End');
    await currentRow();
    await page.keyboard.press('ArrowLeft');
    await currentRow();
    // Scrubbed far each way: the window's rows, reused, show their new steps.
    for (const to of [Math.floor(N / 3), Math.floor(N / 2) + 7, 400]) {
      await page.locator('.scrub input[type=range]').evaluate((el, to) => {
        (el as HTMLInputElement).value = String(to);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, to);
      expect(await current()).toBe(to);
      await currentRow();
    }
    // Scrolled by hand, the box stays where it was put (the rows moving in the window do not move
    // it) and draws the rows there.
    for (const top of [4000, 4400, 3000]) {
      await page.locator('.table-wrap').evaluate((el, top) => (el.scrollTop = top), top);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.waitForTimeout(100);
      await expect(page.locator('.table-wrap').evaluate((el) => el.scrollTop)).resolves.toBe(top);
      const shown = await page
        .locator('[data-testid=trace-table] tbody tr[data-step]')
        .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-step'))));
      expect(shown).toContain(Math.floor(top / 22) + 1);
      expect(shown).toContain(Math.floor(top / 22) + 10);
    }
    // Scrolled to the top, the first steps are drawn with their indexes; a click on one goes there.
    await page.locator('.table-wrap').evaluate((el) => (el.scrollTop = 0));
    const first = page.locator('[data-testid=trace-table] tr[data-step="1"]');
    await first.waitFor();
    await expect(first.getAttribute('aria-rowindex')).resolves.toBe('2');
    await first.locator('button.link').click();
    expect(await current()).toBe(0);
    await currentRow();
    await page.getByRole('button', { name: 'Timeline view' }).click();
    expect(errors).toEqual([]);
  });
});
