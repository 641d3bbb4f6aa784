import { it } from 'vitest';
import LZString from 'lz-string';
import { openSite, watchedPage } from './site';

const prog = `import asyncio, time, warnings

async def work():
    time.sleep(0.2)
    warnings.warn("a very/long/path/that/should/wrap/somewhere/in/the/output/panel/of/the/app/because/it/is/long")

async def fetch():
    await asyncio.sleep(0.1)

async def main():
    asyncio.create_task(fetch())
    await asyncio.gather(work(), asyncio.sleep(0.3))
    print("done")

asyncio.run(main(), debug=True)
`;

it('walk', async () => {
  const site = await openSite();
  const errors: string[] = [];
  const page = await watchedPage(site.ctx, errors, 60_000);
  for (const theme of ['dark', 'light']) {
    await page.goto(`${site.base}#code=${LZString.compressToEncodedURIComponent(prog)}&py=3.13&lang=en&theme=${theme}`);
    await page.waitForSelector('[data-status=done]');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/me/shots/${theme}.png`, fullPage: true });
  }
  console.log(errors);
  await site.close();
}, 300_000);
