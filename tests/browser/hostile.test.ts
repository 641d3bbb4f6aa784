/**
 * The tab under hostile input (issue 13, items 6 and 8), in behaviour rather than time (the times
 * are tests/bench/hostile.bench.ts's): a million printed lines end with the last one shown in the
 * output and the page still answering; a 5 MB link pasted into the open tab is refused there with
 * a message (not reloaded to the browser's "blocked" page); a draft too big for the browser's
 * storage says so; the output box shows its last line whole; a 3-million-character draft pasted
 * lands in seconds, without the live features that would freeze the tab (a notice says so).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

suite('Hostile input', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    page = await watchedPage(opened.ctx, errors, 120_000);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function fresh() {
    await page.goto(`${base}?simTimeout=600000`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('.app[data-status=done]');
  }
  /**
   * How far (px) output line `i`'s bottom lies below the output box's visible bottom (over 0: cut
   * off). Scroll offsets are whole pixels and the box's height may not be, so up to a pixel is the
   * browser's rounding.
   */
  const belowBox = (i: number) =>
    page.evaluate((i) => {
      const box = document.querySelector<HTMLElement>('[data-testid=output]')!;
      const line = box.querySelector(`.out-line[data-line="${i}"]`)!;
      const r = box.getBoundingClientRect();
      const visibleBottom = r.bottom - (box.offsetHeight - box.clientHeight);
      return line.getBoundingClientRect().bottom - visibleBottom;
    }, i);
  /** Starts recording the page's long tasks (over 50 ms); longestTask() reads the longest since, in ms. */
  const watchLongTasks = () =>
    page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => w.__long.push(...l.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
      });
    });
  const longestTask = () => page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  /** The editor's text. */
  const doc = () =>
    page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

  it('shows the last of a million printed lines, and the page still answers', async () => {
    await fresh();
    await typeProgram(page, 'for i in range(1_000_000):\n    print(i)\n');
    await page.waitForSelector('.app[data-status=done]', { timeout: 300_000 });
    await watchLongTasks();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const out = page.getByTestId('output');
    await expect.poll(() => out.getAttribute('data-lines'), { timeout: 300_000 }).toBe('1000000');
    await expect(page.locator('.app').getAttribute('data-status')).resolves.toBe('done');
    // Only the lines in view are in the DOM, the newest among them.
    const last = out.locator('.out-line[data-line="999999"]');
    await last.waitFor();
    expect(await last.innerText()).toBe('[0.000s] 999999');
    expect(await out.locator('.out-line').count()).toBeLessThan(100);
    expect(await belowBox(999_999)).toBeLessThan(1);
    // No long freeze as the result arrives: the output panel found its rows by reading every line
    // (a 400-700 ms task); the bench measures the 100 ms target, this allows for a loaded machine.
    expect(await longestTask()).toBeLessThan(300);
    await page.screenshot({ path: '/tmp/loopline-million-lines.png' });
    // The page answers: the editor takes a key.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('# after');
    await expect.poll(doc).toContain('# after');
    expect(errors).toEqual([]);
  }, 400_000);

  it('shows the whole of the last output line once the run ends', async () => {
    await fresh();
    await typeProgram(page, 'for i in range(20_000):\n    print(i)\n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const out = page.getByTestId('output');
    await expect.poll(() => out.getAttribute('data-lines'), { timeout: 120_000 }).toBe('20000');
    await out.locator('.out-line[data-line="19999"]').waitFor();
    await page.waitForTimeout(300);
    expect(await belowBox(19_999)).toBeLessThan(1);
    await out.screenshot({ path: '/tmp/loopline-output-end.png' });
  }, 180_000);

  it('refuses a 5 MB link pasted into the open tab, in place, with a message', async () => {
    await fresh();
    const mine = 'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n';
    await typeProgram(page, mine);
    await expect.poll(doc).toBe(mine);
    await page.locator('h1').click();
    const entries = await page.evaluate(() => history.length);
    await page.evaluate(() => {
      addEventListener('hashchange', () => ((window as unknown as { __hashed: boolean }).__hashed = true));
      location.hash = `#code=${'A'.repeat(5_000_000)}`;
    });
    const alert = page.getByTestId('link-refused');
    await alert.waitFor({ timeout: 120_000 });
    // Refused before the browser took it in: the address never held it (no new history entry, no
    // hashchange), which spared Chromium's main thread 300-500 ms of taking it in and back out.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await page.evaluate(() => (window as unknown as { __hashed?: boolean }).__hashed ?? false)).toBe(false);
    expect(await alert.innerText()).toMatch(
      /^This link holds a program too big to open \(5,000,000 characters; a link may hold 200,000\)\. The program on screen stays\.$/,
    );
    expect(page.url()).toMatch(/^http:/);
    expect(page.url().length).toBeLessThan(10_000);
    expect(await doc()).toBe(mine);
    // The page goes on: the typed program runs once typing has paused.
    await expect.poll(() => page.getByTestId('output').innerText(), { timeout: 60_000 }).toContain('mine');
    await page.screenshot({ path: '/tmp/loopline-5mb-link.png' });
    // In Korean too: the program on screen stays (not "the last program opened instead").
    await page.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => alert.innerText()).toMatch(/화면의 프로그램은 그대로 둡니다\.$/);
    await page.getByRole('button', { name: 'English' }).click();
    expect(errors).toEqual([]);
  }, 300_000);

  it('refuses a 1.5 MB link pasted into the address bar of the open tab before the address holds it', async () => {
    await fresh();
    const mine = 'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n';
    await typeProgram(page, mine);
    await expect.poll(doc).toBe(mine);
    await page.locator('h1').click();
    await page.waitForSelector('.app[data-status=done]');
    await page.waitForTimeout(600); // the address follows the program (debounced)
    const entries = await page.evaluate(() => history.length);
    const address = page.url();
    // The browser starts this navigation (as the address bar does), to the same page with a new hash.
    const cdp = await opened!.ctx.newCDPSession(page);
    void cdp.send('Page.navigate', { url: `${address.split('#')[0]}#code=${'B'.repeat(1_500_000)}` }).catch(() => {});
    const alert = page.getByTestId('link-refused');
    await alert.waitFor({ timeout: 120_000 });
    expect(await alert.innerText()).toMatch(
      /^This link holds a program too big to open \(1,500,000 characters;.*The program on screen stays\.$/,
    );
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await page.evaluate(() => location.href)).toBe(address);
    expect(await doc()).toBe(mine);
    await cdp.detach();
    expect(errors).toEqual([]);
  }, 300_000);

  it('opens a 2 MB link with the program taken out of the address before the app starts, its other options kept', async () => {
    await fresh();
    const mine = 'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n';
    await typeProgram(page, mine);
    await expect.poll(doc).toBe(mine);
    await page.locator('h1').click();
    await page.waitForTimeout(1500); // the draft saved
    // A tab of its own, which notes the address's length when the refusal first shows.
    const tab = await opened!.ctx.newPage();
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.addInitScript(() => {
      const w = window as unknown as { __addressAtRefusal?: number };
      new MutationObserver((_, obs) => {
        if (!document.querySelector('[data-testid=link-refused]')) return;
        w.__addressAtRefusal = location.href.length;
        obs.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    try {
      await tab.goto(`${base}#code=${'C'.repeat(1_999_000)}&lang=ko&theme=dark`, {
        timeout: 120_000,
        waitUntil: 'commit',
      });
      const alert = tab.getByTestId('link-refused');
      await alert.waitFor({ timeout: 120_000 });
      // The router's first write and the app's found a short address (writing a 2 MB one back cost
      // Chromium about 100 ms each); the refusal and the link's language and theme stay.
      const at = await tab.evaluate(() => (window as unknown as { __addressAtRefusal?: number }).__addressAtRefusal);
      expect(at).toBeLessThan(10_000);
      expect(await alert.innerText()).toMatch(
        /^이 링크의 프로그램은 너무 커서 열 수 없습니다 \(1,999,000자,.*대신 마지막 프로그램을 열었습니다\.$/,
      );
      expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await tab.waitForSelector('.app[data-status=done]', { timeout: 120_000 });
      expect(tab.url().length).toBeLessThan(10_000);
      expect(tab.url()).toContain('lang=ko');
      await tab.screenshot({ path: '/tmp/loopline-2mb-link-opened.png' });
    } finally {
      await tab.close();
    }
    expect(errors).toEqual([]);
  }, 300_000);

  it('refuses a compare link whose program is too big, with the message in compare, and opens its other side', async () => {
    await fresh();
    const other = 'import asyncio\n\nasync def main():\n    print("side b")\n\nasyncio.run(main())\n';
    const b = LZString.compressToEncodedURIComponent(other);
    const tab = await opened!.ctx.newPage();
    tab.on('pageerror', (e) => errors.push(e.message));
    try {
      const hash = `#mode=compare&a=${'A'.repeat(300_000)}&b=${b}`;
      await tab.goto(`${base}${hash}`, { timeout: 120_000, waitUntil: 'commit' });
      const alert = tab.locator('[data-testid=compare] [data-testid=link-refused]');
      await alert.waitFor({ timeout: 120_000 });
      expect(await alert.innerText()).toMatch(
        /^This compare link holds a program too big to open \(300,000 characters;.*Its other programs opened/,
      );
      expect(tab.url().length).toBeLessThan(10_000);
      await tab.waitForSelector('.app[data-status=done]', { timeout: 120_000 });
      await tab.screenshot({ path: '/tmp/loopline-compare-link-refused.png' });
    } finally {
      await tab.close();
    }
    expect(errors).toEqual([]);
  }, 300_000);

  it('takes a 3-million-character draft pasted, says it is not saved, and keeps answering', async () => {
    await fresh();
    await opened!.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const head = 'import asyncio\n\nasync def main():\n    print("big")\n\nasyncio.run(main())\n';
    const filler = `# ${'filler '.repeat(10)}\n`.repeat(42_000); // 3 million characters, kept twice (the draft and "My draft")
    const big = head + filler;
    // A real paste: the clipboard and Ctrl+V.
    await page.evaluate((t) => navigator.clipboard.writeText(t), big);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+v');
    const hint = page.locator('.hint').first();
    await expect.poll(() => hint.innerText(), { timeout: 60_000 }).toMatch(/^Not saved: this draft is too big/);
    expect(await hint.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('big-draft').innerText()).toMatch(/^A big program \(3,066,072 characters\)/);
    // Plain text (no parse, so no colours), and the address leaves the program out.
    await page.waitForTimeout(500);
    expect(await page.locator('.cm-content span[class]').count()).toBe(0);
    expect(page.url()).not.toContain('code=');
    await page.screenshot({ path: '/tmp/loopline-big-draft.png' });
    // The page answers: keys typed land, and Ctrl+Enter at once runs the text with them.
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('print("tail")');
    await page.keyboard.press('Control+Enter');
    await expect.poll(doc).toContain('print("tail")');
    await expect.poll(() => page.getByTestId('output').innerText(), { timeout: 120_000 }).toMatch(/big\n.*tail\n?$/);
    // Back to a small program: saved again, coloured again.
    await typeProgram(page, head);
    await expect.poll(() => hint.innerText(), { timeout: 60_000 }).toBe('Draft saved in this browser');
    await expect.poll(() => page.locator('.cm-content span[class]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('big-draft').count()).toBe(0);
    // The same text typed in one go (an input method, a drop) lands too: the browser's own
    // contenteditable editing took minutes over it.
    await typeProgram(page, big);
    await expect.poll(() => hint.innerText(), { timeout: 60_000 }).toMatch(/^Not saved: this draft is too big/);
    expect(errors).toEqual([]);
  }, 300_000);

  it('puts a big paste into the editor in a task after the paste event (two shorter tasks than one)', async () => {
    await fresh();
    const big = `# pasted-big\n${'# filler filler filler\n'.repeat(10_000)}`;
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    const seen = await page.evaluate((text) => {
      const content = document.querySelector<HTMLElement>('.cm-content')!;
      const before = content.textContent;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      const e = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
      content.dispatchEvent(e);
      return { prevented: e.defaultPrevented, unchangedInPasteTask: content.textContent === before };
    }, big);
    expect(seen).toEqual({ prevented: true, unchangedInPasteTask: true });
    await expect.poll(() => page.getByTestId('big-draft').innerText()).toMatch(/^A big program \(230,013 characters\)/);
    // A small paste is CodeMirror's own, in the paste event.
    await typeProgram(page, 'x = 1\n');
    const small = await page.evaluate(() => {
      const content = document.querySelector<HTMLElement>('.cm-content')!;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', 'y = 2\n');
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      return content.textContent;
    });
    expect(small).toContain('y = 2');
    expect(errors).toEqual([]);
  }, 300_000);
});
