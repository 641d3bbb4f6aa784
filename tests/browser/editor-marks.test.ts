/**
 * The editor's task marks, step after step: each marked line names the tasks at it (the running
 * one first, three at most, then a count), is tinted in their colours, and keeps its line number
 * beside it, in the very frame that shows the step, also when its badges grow or shrink enough to
 * wrap or unwrap the line (a step writes them in place, not through an editor update).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { buildRunView, taskColour } from '../../src/lib/ui/model';
import { taskLinesOf } from '../../src/lib/ui/task-lines';
import { lineBadges, type LineMark } from '../../src/lib/ui/editor/cm-marks';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

/** Twelve workers waiting at one line: its badges change on every step and wrap the line on some. */
const PROGRAM = `import asyncio

async def worker(i):
    await asyncio.sleep(i % 10 / 10)
    print(f"worker {i} done")

async def main():
    await asyncio.gather(*(worker(i) for i in range(12)))

asyncio.run(main())
`;
const run = simulate(PROGRAM);
const view = buildRunView(run.trace, run.ui);
const N = run.trace.steps.length;
const link = (code: string) => `#code=${LZString.compressToEncodedURIComponent(code)}&lang=en&theme=light`;

/** What the editor should show after step `i`: per marked line, its badges' texts, the running one's and its wash. */
function expected(i: number) {
  const marks: LineMark[] = taskLinesOf(view)
    .linesAt(i, 50)
    .flatMap((at) =>
      at.tasks.map((k, j) => ({
        line: at.line,
        colour: taskColour(k, false),
        label: run.trace.tasks[k].name,
        running: at.running && j === 0,
        more: j === 0 ? at.count - at.tasks.length : 0,
      })),
    );
  return lineBadges(marks, PROGRAM.split('\n').length).map((b) => ({
    line: b.line,
    badges: [...b.shown.map((m) => (m.running ? '▶ ' : '') + m.label), ...(b.count > 0 ? [`+${b.count}`] : [])],
    running: b.list[0].running,
    wash: `color-mix(in srgb, ${b.list[0].colour} ${b.list[0].running ? 22 : 10}%, transparent)`,
  }));
}

suite("the editor's task marks", () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors);
    await page.setViewportSize({ width: 1400, height: 950 });
    await page.goto(opened.base + link(PROGRAM));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=position]')?.textContent?.includes(`of ${n}`),
      N,
    );
    await page.locator('h1').click();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  /**
   * Presses `key` and reads the editor in the frame that shows the step (from a message posted in
   * the next animation frame, which runs once that frame is done).
   */
  async function pressAndRead(key: string) {
    return page.evaluate(
      (key) =>
        new Promise<{
          step: number;
          lines: { top: number; height: number; gutterTop: number; gutterHeight: number }[];
          marked: { line: number; badges: string[]; running: boolean; runningBadge: number; wash: string }[];
        }>((done) => {
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              const lines = [...document.querySelectorAll<HTMLElement>('.cm-content .cm-line')];
              const gutter = [...document.querySelectorAll<HTMLElement>('.cm-lineNumbers .cm-gutterElement')].filter(
                // Not the gutter's spacer (as wide as the widest number, hidden).
                (g) => g.style.visibility !== 'hidden',
              );
              const out = {
                step: Number(/Step (\d+)/.exec(document.querySelector('[data-testid=position]')!.textContent!)![1]) - 1,
                lines: lines.map((l, i) => {
                  const r = l.getBoundingClientRect();
                  const g = gutter[i].getBoundingClientRect();
                  return { top: r.top, height: r.height, gutterTop: g.top, gutterHeight: g.height };
                }),
                marked: lines.flatMap((l, i) => {
                  if (!l.classList.contains('cm-task-line')) return [];
                  const badges = [...l.querySelectorAll('.cm-task-badge')];
                  const tint = l.querySelector<HTMLElement>('.cm-task-tint')!;
                  return [
                    {
                      line: i + 1,
                      badges: badges.map((b) => b.textContent ?? ''),
                      running: l.classList.contains('cm-task-running'),
                      runningBadge: badges.findIndex((b) => b.classList.contains('running')),
                      wash: getComputedStyle(tint).backgroundColor,
                    },
                  ];
                }),
              };
              done(out);
            };
            ch.port2.postMessage(0);
          });
        }),
      key,
    );
  }

  /** The colours `css` computes to in the page. */
  const computed = (css: string[]) =>
    page.evaluate((css) => {
      const probe = document.body.appendChild(document.createElement('div'));
      const out = css.map((c) => ((probe.style.backgroundColor = c), getComputedStyle(probe).backgroundColor));
      probe.remove();
      return out;
    }, css);

  it("shows each step's tasks at their lines, with the line numbers beside the lines", async () => {
    await page.keyboard.press('Home');
    let wrapped = 0;
    let last = -1;
    const keys = [...Array(N - 1).fill('ArrowRight'), ...Array(8).fill('ArrowLeft')];
    for (const key of keys) {
      const got = await pressAndRead(key);
      const want = expected(got.step);
      expect(got.marked.map((m) => ({ line: m.line, badges: m.badges, running: m.running }))).toEqual(
        want.map((w) => ({ line: w.line, badges: w.badges, running: w.running })),
      );
      expect(got.marked.map((m) => m.runningBadge)).toEqual(got.marked.map((m) => (m.running ? 0 : -1)));
      expect(got.marked.map((m) => m.wash)).toEqual(await computed(want.map((w) => w.wash)));
      // The gutter follows every line's height (a wrapped line's number sits at its first row).
      for (const l of got.lines) {
        expect(Math.abs(l.gutterTop - l.top)).toBeLessThan(1);
        expect(Math.abs(l.gutterHeight - l.height)).toBeLessThan(1);
      }
      const rows = got.lines.reduce((a, l) => a + Math.round(l.height), 0);
      if (last >= 0 && rows !== last) wrapped++;
      last = rows;
    }
    // The run wraps and unwraps a line on some steps: the check above saw it.
    expect(wrapped).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("writes a step's badges without making the editor read the page's selection, which lays out the whole page", async () => {
    await page.keyboard.press('Home');
    await page.evaluate(() => {
      const w = window as unknown as { __selectionReads: number };
      w.__selectionReads = 0;
      const read = Document.prototype.getSelection;
      Document.prototype.getSelection = function (this: Document) {
        w.__selectionReads++;
        return read.call(this);
      };
    });
    // The reads between the key and the next frame: the step's own work, not the editor's measure in that frame.
    const readsInStep = () =>
      page.evaluate(
        () =>
          new Promise<number>((done) => {
            const w = window as unknown as { __selectionReads: number };
            const before = w.__selectionReads;
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
            requestAnimationFrame(() => done(w.__selectionReads - before));
          }),
      );
    // A step whose marked lines and running line stay as they were writes in place; the others update the editor.
    const frame = (i: number) => expected(i).map((w) => `${w.line}${w.running ? 'r' : ''}`);
    const inPlace: number[] = [];
    for (let i = 1; i < N; i++) {
      const reads = await readsInStep();
      if (JSON.stringify(frame(i)) === JSON.stringify(frame(i - 1))) inPlace.push(reads);
    }
    expect(inPlace.length).toBeGreaterThan(N / 2);
    expect(inPlace).toEqual(inPlace.map(() => 0));
  });
});
