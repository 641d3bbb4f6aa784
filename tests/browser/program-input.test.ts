/**
 * The program's standard input in the page: a program that calls input() opens the Input box by
 * itself; the lines typed there are what input() reads (its prompts in the output, sharing a row
 * with what follows as in python3's output); past the last line the page says the program ran out; the input
 * is kept in this browser and travels in the share link (one too big to read is refused where the
 * input goes).
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { CHROMIUM, typeProgram, openedApp } from './site';

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
  const app = openedApp('#lang=en', 120_000);

  const box = () => app.page.getByTestId('stdin');
  const done = () =>
    app.page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
  /** The output at the last step, without the times before its lines. */
  async function output(): Promise<string> {
    await app.page.locator('h1').click();
    await app.page.keyboard.press('End');
    const text = await app.page.getByTestId('output').innerText();
    return text.replace(/^\[[^\]]*\] /gm, '').trimEnd();
  }
  /** Types `text` as the whole input; the run it starts once typing pauses ends with `want` as its output. */
  async function setInput(text: string, want: string | RegExp) {
    await box().fill(text);
    await expect.poll(output, { timeout: 15_000 }).toMatch(want);
    await done();
  }

  it('is closed for a program that reads no input, and opens for one that does', async () => {
    await expect(app.page.locator('details.program-input').getAttribute('open')).resolves.toBeNull();
    await typeProgram(app.page, ASKS);
    await app.page.keyboard.press('Control+Enter');
    await done();
    await expect(app.page.locator('details.program-input').getAttribute('open')).resolves.toBe('');
    // Nothing given: input() raises EOFError at once, and the page says why.
    await expect(app.page.getByTestId('stdin-ran-out').innerText()).resolves.toContain('none is given');
  });

  it('gives input() the lines typed, in order, prompts in the output', async () => {
    await setInput('3\nAda\nBo\nCy\n', /hello Cy/);
    // The prompts and what follows them share a row, as in python3's output.
    expect(await output()).toBe('how many? name 0: name 1: name 2: hello Ada\nhello Bo\nhello Cy');
    await expect(app.page.locator('details.program-input summary').innerText()).resolves.toContain('4 lines');
    await expect(app.page.getByTestId('stdin-ran-out').count()).resolves.toBe(0);
    // Three lanes besides main: the gather's tasks, from the names read.
    await expect(app.page.locator('svg[role=img] g.lane').count()).resolves.toBe(4);
    if (SHOTS) await app.page.screenshot({ path: `${SHOTS}/program-input.png`, fullPage: true });
  });

  it("shows on one row what python3 prints on one line (print(end=' '), a prompt)", async () => {
    await typeProgram(
      app.page,
      'for i in range(3):\n    print(i, end=" ")\nprint()\nx = input("x? ")\nprint("got", x)\n',
    );
    await app.page.keyboard.press('Control+Enter');
    await expect.poll(output, { timeout: 15_000 }).toBe('0 1 2 \nx? got 3');
    await typeProgram(app.page, ASKS);
    await app.page.keyboard.press('Control+Enter');
    await done();
  });

  it('says when the program asks for more lines than were given', async () => {
    await setInput('3\nAda\n', /^how many\? name 0: name 1:$/);
    await expect(app.page.getByTestId('stdin-ran-out').innerText()).resolves.toContain('after the last one given');
    await expect(app.page.locator('.problem').innerText()).resolves.toContain('EOFError: EOF when reading a line');
  });

  it('keeps the input in this browser and in the share link', async () => {
    await setInput('2\nX\nY', /hello Y/);
    await app.page.waitForFunction(() => location.hash.includes('in='));
    const link = app.page.url();
    // A reload (the address holds program and input).
    await app.page.reload();
    await done();
    await expect(box().inputValue()).resolves.toBe('2\nX\nY');
    expect(await output()).toBe('how many? name 0: name 1: hello X\nhello Y');
    // The link alone brings the input back: with none kept in this browser, and another kept.
    await app.page.evaluate(() => localStorage.setItem('loopline.input', 'something else'));
    await app.page.goto('about:blank');
    await app.page.goto(link);
    await done();
    await expect(box().inputValue()).resolves.toBe('2\nX\nY');
    // And a link without an input opens its program with none.
    await app.page.goto('about:blank');
    await app.page.goto(link.replace(/&in=[^&]*/, ''));
    await done();
    await expect(box().inputValue()).resolves.toBe('');
    expect(app.errors).toEqual([]);
  });

  it("says so where the input goes when a link's input is too big to read", { timeout: 120_000 }, async () => {
    await setInput('2\nX\nY', /hello Y/);
    await app.page.waitForFunction(() => location.hash.includes('in='));
    const link = app.page.url();
    // Lines that do not repeat, so that compression cannot shrink them below the limit.
    const lines = Array.from({ length: 60_000 }, (_, i) => `${(i * 2654435761) % 1000003}`);
    const huge = LZString.compressToEncodedURIComponent(lines.join('\n'));
    expect(huge.length).toBeGreaterThan(200_000);
    await app.page.goto('about:blank');
    await app.page.goto(link.replace(/&in=[^&]*/, `&in=${huge}`), { timeout: 60_000 });
    await done();
    const alert = app.page.getByTestId('input-refused');
    expect(await alert.innerText()).toBe(
      `This link holds program input too big to read (${huge.length.toLocaleString('en-US')} characters; a link may hold 200,000). The program opened without it.`,
    );
    // The program opened, without that input (nor the one kept in this browser), in the open box.
    await expect(app.page.locator('details.program-input').getAttribute('open')).resolves.toBe('');
    await expect(box().inputValue()).resolves.toBe('');
    await expect(app.page.getByTestId('stdin-ran-out').innerText()).resolves.toContain('none is given');
    expect(app.page.url()).not.toContain('in=');
    await expect(app.page.getByTestId('link-refused').count()).resolves.toBe(0);
    if (SHOTS) await app.page.screenshot({ path: `${SHOTS}/program-input-refused.png`, fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
