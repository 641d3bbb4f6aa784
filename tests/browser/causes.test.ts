/**
 * Issue 8 items 2 and 3 in the page: stepping a TaskGroup cancellation and a queue program, the
 * narration says the true cause, the timeline draws the cancel arrow, the tasks panel says who
 * cancelled a task and what a waiting task waits for, the sync-object panel shows each object's
 * state, predict mode explains its answer; Korean uses particles by sound and 초.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type BrowserContext, type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

const TASKGROUP = `import asyncio

async def worker(n):
    await asyncio.sleep(n)
    print('done', n)

async def bad():
    await asyncio.sleep(1)
    raise ValueError('boom')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(3))
            tg.create_task(bad())
            tg.create_task(worker(5))
    except* ValueError:
        print('caught')

asyncio.run(main())
`;

const QUEUE = `import asyncio

async def producer(q):
    for i in range(4):
        await asyncio.sleep(1)
        await q.put(f'item {i}')

async def consumer(q, sem):
    async with sem:
        for _ in range(2):
            item = await q.get()
            print('got', item)

async def main():
    q = asyncio.Queue(maxsize=2)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(producer(q), consumer(q, sem), consumer(q, sem))

asyncio.run(main())
`;

const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

suite('True causes and synchronisation objects in the page', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    ctx = opened.ctx;
  }, 300_000);

  afterAll(async () => {
    await opened?.close();
  });

  /** A fresh page on the program at `code` (the previous one is closed). */
  async function open(code: string, extra: string) {
    if (page) await page.close();
    page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}${link(code, extra)}`);
    await page.waitForSelector('[data-status=done]');
  }
  const narration = () => page.getByTestId('narration').innerText();
  /** Steps forward with the button until the narration matches `re` (at most `max` steps). */
  async function stepUntil(re: RegExp, max = 40): Promise<string> {
    for (let i = 0; i < max; i++) {
      const n = await narration();
      if (re.test(n)) return n;
      await page.getByRole('button', { name: /^(Step forward|한 단계 앞으로)$/ }).click();
    }
    throw new Error(`no step narrated ${re}: last was ${await narration()}`);
  }

  it('steps a TaskGroup cancellation: narration, cancel arrows, tasks panel', async () => {
    await open(TASKGROUP, '&step=1&lang=en&theme=light');
    const n = await stepUntil(/^Task-2 resumes/);
    expect(n).toBe(
      'Task-2 resumes at line 4 (the TaskGroup cancels its tasks because Task-3 raised ValueError) and ends cancelled.',
    );
    expect(n).not.toContain('timer fired');
    await expect(page.locator('svg[role=img] path.arrow-cancel').count()).resolves.toBe(3);
    const tip = await page.locator('svg[role=img] path.arrow-cancel').first().locator('title').textContent();
    expect(tip).toMatch(/^Task-3 cancels Task-\d at 1\.0 s$/);
    const row = page.locator('[data-testid=tasks-table] tr[data-task="Task-2"] [data-testid=task-awaits]');
    await expect(row.innerText()).resolves.toBe('the TaskGroup cancels its tasks because Task-3 raised ValueError');
    await page.screenshot({ path: '/tmp/i8c/taskgroup-light.png' });
    await open(TASKGROUP, '&step=1&lang=ko&theme=dark');
    const k = await stepUntil(/^Task-2가 4번 줄에서 재개/);
    expect(k).toBe(
      'Task-2가 4번 줄에서 재개하여 (Task-3이 ValueError를 일으켜 TaskGroup이 태스크들을 취소함) 취소되어 끝납니다.',
    );
    await page.screenshot({ path: '/tmp/i8c/taskgroup-ko-dark.png' });
    expect(errors).toEqual([]);
  });

  it('steps a queue program: the sync panel and a waiting task in those terms', async () => {
    await open(QUEUE, '&step=1&lang=en&theme=light');
    await expect(page.getByText('Program stopped with an error').count()).resolves.toBe(0);
    const n = await stepUntil(/^Task-4 starts/);
    expect(n).toBe(
      'Task-4 starts at line 8 and runs until line 9, where it waits on Semaphore sem: 0 of 1 free, held by Task-3, 1 waiting.',
    );
    const panel = page.getByTestId('sync-objects');
    await expect(panel.locator('li[data-name=sem]').innerText()).resolves.toContain(
      'Semaphore sem: 0 of 1 free, held by Task-3, 1 waiting',
    );
    await expect(panel.locator('li[data-name=q]').innerText()).resolves.toContain(
      'Queue q: 0 item(s) of at most 2, getters waiting: Task-3',
    );
    const awaits = page.locator('[data-testid=tasks-table] tr[data-task="Task-4"] [data-testid=task-awaits]');
    await expect(awaits.innerText()).resolves.toBe('Semaphore sem: 0 of 1 free, held by Task-3, 1 waiting');
    const put = await stepUntil(/^Task-3 resumes/);
    expect(put).toBe(
      'Task-3 resumes at line 11 (item put in the Queue by Task-2 at line 6) and runs until line 11, where it waits on Queue q: 0 item(s) of at most 2, getters waiting: Task-3.',
    );
    await page.screenshot({ path: '/tmp/i8c/queue-light.png' });
    await open(QUEUE, '&step=1&lang=ko&theme=dark');
    const k = await stepUntil(/^Task-2가 5번 줄에서 재개/);
    expect(k).toContain('(1.0초에 예정된 타이머가 울림)');
    expect(k).not.toMatch(/이\(가\)|을\(를\)|\d s\b/);
    await expect(page.getByTestId('sync-objects').locator('li[data-name=sem]').innerText()).resolves.toContain(
      '1개 중 0개 남음, Task-3 보유, 1개 대기',
    );
    await page.screenshot({ path: '/tmp/i8c/queue-ko-dark.png' });
    expect(errors).toEqual([]);
  });

  it('predict mode explains the answer from the ready queue or the timer heap', async () => {
    await open(QUEUE, '&step=1&lang=en&predict=1');
    await page.getByTestId('predict-reveal').click();
    await expect(page.getByTestId('predict-why').innerText()).resolves.toBe(
      'Why: "step Task-2" was next in the ready queue (first in, first out; position 1).',
    );
    for (let i = 0; i < 3; i++) await page.getByTestId('predict-reveal').click();
    await expect(page.getByTestId('predict-why').innerText()).resolves.toBe(
      'Why: no task was in the ready queue, so the loop waited for the earliest timer in the heap, due at 1.0 s.',
    );
    await page.screenshot({ path: '/tmp/i8c/predict.png' });
  });

  it('explains ready-queue entries on focus, with a one-line legend; Korean times read 초', async () => {
    await open(QUEUE, '&step=1&lang=en');
    await expect(page.getByTestId('ready-legend').innerText()).resolves.toBe(
      'step: a task runs next · wakeup: a finished future resumes its task · callback: a function run by the loop',
    );
    const first = page.getByTestId('ready-queue').locator('li').first();
    await expect(first.locator('.gloss').isVisible()).resolves.toBe(false);
    await first.focus();
    await expect(first.locator('.gloss').innerText()).resolves.toBe(
      'Task-2 runs its next step (its first, or the next after it yielded)',
    );
    await expect(first.getAttribute('aria-label')).resolves.toBe(
      'step Task-2: Task-2 runs its next step (its first, or the next after it yielded)',
    );
    await page.screenshot({ path: '/tmp/i8c/ready-gloss.png' });
    await open(QUEUE, '&step=5&lang=ko');
    await expect(page.getByTestId('position').innerText()).resolves.toContain('시간 1.0초');
    await expect(page.getByTestId('timer-heap').innerText()).resolves.toContain('2.0초 — Task-2 sleep');
    await expect(page.getByTestId('ready-legend').innerText()).resolves.toContain(
      'wakeup: 끝난 퓨처가 태스크를 재개함',
    );
  });
});
