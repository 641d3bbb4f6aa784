/**
 * The program's standard input in the page: a program that calls input() opens the Input box by
 * itself; the lines typed there are what input() reads (its prompts in the output, sharing a row
 * with what follows as in python3's output); past the last line the page says the program ran out; the input
 * is kept in this browser and travels in the share link.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const SHOTS = process.env.LOOPLINE_SHOTS; // a directory to save screenshots in, when set

const ASKS = `import asyncio

async def greet(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)

async def main():
    n = int(input("how many? "))
    names = [input(f"name {i}: ") for i in range(n)]
    await asyncio.gather(*(greet(name, 0.1 * i) for i, name in enumerate(names)))

asyncio.run(main())
`;

suite('The program input box', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 15_000);
    await page.goto(opened.base + '#lang=en');
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const box = () => page.getByTestId('stdin');
  const done = () => page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
  /** The output at the last step, without the times before its lines. */
  async function output(): Promise<string> {
    await page.locator('h1').click();
    await page.keyboard.press('End');
    const text = await page.getByTestId('output').innerText();
    return text.replace(/^\[[^\]]*\] /gm, '').trimEnd();
  }
  /** Types `text` as the whole input; the run it starts once typing pauses ends with `want` as its output. */
  async function setInput(text: string, want: string | RegExp) {
    await box().fill(text);
    await expect.poll(output, { timeout: 15_000 }).toMatch(want);
    await done();
  }

  it('is closed for a program that reads no input, and opens for one that does', async () => {
    await expect(page.locator('details.program-input').getAttribute('open')).resolves.toBeNull();
    await typeProgram(page, ASKS);
    await page.keyboard.press('Control+Enter');
    await done();
    await expect(page.locator('details.program-input').getAttribute('open')).resolves.toBe('');
    // Nothing given: input() raises EOFError at once, and the page says why.
    await expect(page.getByTestId('stdin-ran-out').innerText()).resolves.toContain('none is given');
  });

  it('gives input() the lines typed, in order, prompts in the output', async () => {
    await setInput('3\nAda\nBo\nCy\n', /hello Cy/);
    // The prompts and what follows them share a row, as in python3's output.
    expect(await output()).toBe('how many? name 0: name 1: name 2: hello Ada\nhello Bo\nhello Cy');
    await expect(page.locator('details.program-input summary').innerText()).resolves.toContain('4 lines');
    await expect(page.getByTestId('stdin-ran-out').count()).resolves.toBe(0);
    // Three lanes besides main: the gather's tasks, from the names read.
    await expect(page.locator('svg[role=img] g.lane').count()).resolves.toBe(4);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/program-input.png`, fullPage: true });
  });

  it("shows on one row what python3 prints on one line (print(end=' '), a prompt)", async () => {
    await typeProgram(page, 'for i in range(3):\n    print(i, end=" ")\nprint()\nx = input("x? ")\nprint("got", x)\n');
    await page.keyboard.press('Control+Enter');
    await expect.poll(output, { timeout: 15_000 }).toBe('0 1 2 \nx? got 3');
    await typeProgram(page, ASKS);
    await page.keyboard.press('Control+Enter');
    await done();
  });

  it('says when the program asks for more lines than were given', async () => {
    await setInput('3\nAda\n', /^how many\? name 0: name 1:$/);
    await expect(page.getByTestId('stdin-ran-out').innerText()).resolves.toContain('after the last one given');
    await expect(page.locator('.problem').innerText()).resolves.toContain('EOFError: EOF when reading a line');
  });

  it('keeps the input in this browser and in the share link', async () => {
    await setInput('2\nX\nY', /hello Y/);
    await page.waitForFunction(() => location.hash.includes('in='));
    const link = page.url();
    // A reload (the address holds program and input).
    await page.reload();
    await done();
    await expect(box().inputValue()).resolves.toBe('2\nX\nY');
    expect(await output()).toBe('how many? name 0: name 1: hello X\nhello Y');
    // The link alone brings the input back: with none kept in this browser, and another kept.
    await page.evaluate(() => localStorage.setItem('loopline.input', 'something else'));
    await page.goto('about:blank');
    await page.goto(link);
    await done();
    await expect(box().inputValue()).resolves.toBe('2\nX\nY');
    // And a link without an input opens its program with none.
    await page.goto('about:blank');
    await page.goto(link.replace(/&in=[^&]*/, ''));
    await done();
    await expect(box().inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
  });
});
