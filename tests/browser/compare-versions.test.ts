/**
 * Compare mode's versions mode (issue 11 item 3): the editor's program on two Python versions,
 * the list of what changed with the sentence that explains each difference, in the share link.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import LZString from 'lz-string';
import { type BrowserContext, type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const SHOTS = '/tmp/v14-shots';

/** wait_for's task (gone from 3.12) and a named task's number (not spent from 3.13). */
const PROGRAM = `import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    asyncio.create_task(asyncio.sleep(0), name="named")
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t

asyncio.run(main())
`;

suite('Compare mode: two Python versions', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    opened = await openSite();
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors, 20_000);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const items = (p: Page) =>
    p.getByTestId('version-diff-item').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-kind'),
        changes: e.getAttribute('data-changes'),
        text: (e as HTMLElement).innerText,
      })),
    );

  it('lists the differences between 3.11 and 3.14 with why, and keeps the versions in the link', async () => {
    const code = LZString.compressToEncodedURIComponent(PROGRAM);
    await page.goto(`${base}#code=${code}&lang=en&theme=light`);
    await page.waitForSelector('[data-status=done]');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('compare-mode-versions').check();
    await page.getByTestId('compare-version-a').selectOption('3.11');
    await page.getByTestId('compare-version-b').selectOption('3.14');
    await page.waitForSelector('[data-testid=version-diff-item]');
    await expect(page.getByTestId('version-diff').locator('h3').innerText()).resolves.toBe(
      'What changed between Python 3.11 and 3.14',
    );
    const list = await items(page);
    const tasks = list.find((x) => x.kind === 'tasks')!;
    expect(tasks.text).toContain('Task-1, named, Task-3, Task-4');
    expect(tasks.text).toContain('Task-1, named, Task-2');
    expect(tasks.changes).toBe('wait-for-task named-task-number');
    expect(tasks.text).toContain('From 3.12 asyncio.wait_for() awaits the coroutine');
    expect(tasks.text).toContain('From 3.13 a task created with name= no longer uses up a Task-N number');
    const out = list.find((x) => x.kind === 'output')!;
    expect(out.text).toContain('Task-4');
    expect(out.text).toContain('Task-2');
    const step = list.find((x) => x.kind === 'step')!;
    expect(step.changes).toBe('wait-for-task');
    // Both timelines are drawn, titled by their version.
    await expect(page.getByTestId('compare-side-a').innerText()).resolves.toContain('Python 3.11');
    await expect(page.getByTestId('compare-side-b').innerText()).resolves.toContain('Python 3.14');
    await page.waitForFunction(() => location.hash.includes('vs=3.11,3.14'));
    await page.screenshot({ path: `${SHOTS}/compare-versions-en.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it("runs both versions with the Input box's lines as stdin", async () => {
    const reader = `import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    name = input()
    await asyncio.create_task(work(), name=name)

asyncio.run(main())
`;
    const p = await ctx.newPage();
    const code = LZString.compressToEncodedURIComponent(reader);
    const input = LZString.compressToEncodedURIComponent('fetcher\n');
    await p.goto(`${base}#code=${code}&in=${input}&lang=en&theme=light`);
    await p.waitForSelector('[data-status=done]');
    await p.getByRole('button', { name: 'Compare' }).click();
    await p.getByTestId('compare-mode-versions').check();
    await p.getByTestId('compare-version-a').selectOption('3.12');
    await p.getByTestId('compare-version-b').selectOption('3.13');
    // Without the input each side would stop at input() with EOFError; with it both draw the named task's lane.
    for (const side of ['a', 'b'])
      await p.waitForFunction(
        (s) => document.querySelector(`[data-testid=compare-side-${s}] svg`)?.textContent?.includes('fetcher'),
        side,
        { timeout: 20_000 },
      );
    await expect(p.getByTestId('compare-side-a').innerText()).resolves.not.toContain('EOFError');
    await p.close();
  });

  it('opens from its link, in Korean, and says so when nothing differs', async () => {
    const p = await ctx.newPage();
    const link = page.url().replace('lang=en', 'lang=ko');
    await p.goto(link);
    await p.waitForSelector('[data-testid=version-diff-item]');
    await expect(p.getByTestId('compare-version-a').inputValue()).resolves.toBe('3.11');
    const list = await items(p);
    expect(list.find((x) => x.kind === 'tasks')!.text).toContain('3.12부터 asyncio.wait_for()는');
    await p.screenshot({ path: `${SHOTS}/compare-versions-ko.png`, fullPage: true });
    await p.getByTestId('compare-version-a').selectOption('3.14');
    await p.waitForSelector('[data-testid=version-diff-none]');
    await expect(p.getByTestId('version-diff-none').innerText()).resolves.toBe(
      '차이 없음: 프로그램이 파이썬 3.14와 3.14에서 똑같이 실행됩니다.',
    );
    await p.close();
  });
});
