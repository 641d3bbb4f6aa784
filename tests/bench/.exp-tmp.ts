// temporary experiment harness (not part of the project)
import { readFileSync, existsSync, statSync, mkdtempSync, cpSync } from 'node:fs';
import { join, extname } from 'node:path';
import { tmpdir } from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
const ROOT = '/work/main';
const site = mkdtempSync(join(tmpdir(), 'exp-site-'));
cpSync(join(ROOT, 'build'), site, { recursive: true });
const PROGRAM = `import asyncio\n\nasync def worker(i):\n    await asyncio.sleep(i % 10 / 10)\n    print(f"worker {i} done")\n\nasync def main():\n    await asyncio.gather(*(worker(i) for i in range(1000)))\n\nasyncio.run(main())\n`;
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  let f = join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
  if (!existsSync(f)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
  res.end(readFileSync(f));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'exp-chrome-')), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 950 }, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
await page.goto(base, { waitUntil: 'networkidle' });
await page.waitForSelector('[data-status=done]');
await page.locator('.cm-content').click();
await page.keyboard.press('Control+a');
await page.keyboard.insertText(PROGRAM);
await page.locator('button[title="Ctrl+Enter"]').click();
await page.waitForFunction(() => document.querySelectorAll('svg[role=img] g.lane').length === 1001, null, { timeout: 30000 });
await page.waitForTimeout(500);
const variants: [string, string, string][] = JSON.parse(process.argv[2] ?? '[["none",""]]');
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.ceil(0.95 * s.length) - 1]; };
const got = new Map<string, number[]>();
await page.locator('h1').click();
for (let round = 0; round < 3; round++) for (const [label, js, undo] of variants) {
  if (js) await page.evaluate(js);
  await page.keyboard.press('Home');
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    const r: number[] = await page.evaluate((key) => new Promise<number[]>((done) => {
      const out: number[] = []; let i = 0;
      const one = () => { if (i >= 40) return done(out); requestAnimationFrame(() => { const t0 = performance.now(); document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); queueMicrotask(() => queueMicrotask(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { out.push(performance.now() - t0); i++; one(); }; ch.port2.postMessage(0); })); }); };
      one();
    }), key);
    got.set(label, [...(got.get(label) ?? []), ...r]);
  }
  if (undo) await page.evaluate(undo);
}
if (process.env.TRACE) {
  const cdp = await ctx.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => void events.push(...d.value));
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await page.keyboard.press('Home');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,disabled-by-default-devtools.timeline.invalidationTracking', transferMode: 'ReportEvents' });
  await page.evaluate(() => new Promise<void>((done) => { let i = 0; const one = () => { if (i++ >= 20) return done(); requestAnimationFrame(() => { document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })); setTimeout(one, 30); }); }; one(); }));
  await cdp.send('Tracing.end');
  await complete;
  const agg = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (['Paint', 'PaintImage', 'Layout', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayoutTree'].includes(e.name)) {
      const k = e.name + ' ' + JSON.stringify(e.args?.data?.nodeName ?? e.args?.data?.layerId ?? '');
      agg.set(k, (agg.get(k) ?? 0) + e.dur / 1000);
    }
  }
  for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 20).toFixed(2).padStart(8), k);
  const inv = new Map<string, number>();
  for (const e of events) if (/Invalidat/.test(e.name)) { const d = e.args?.data ?? {}; const k = `${e.name} ${d.nodeName ?? ''} ${d.reason ?? ''}`; inv.set(k, (inv.get(k) ?? 0) + 1); }
  for (const [k, v] of [...inv].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(v).padStart(6), k);
}
for (const [l, xs] of got) console.log(l.padEnd(30), 'median', med(xs).toFixed(1), 'p95', p95(xs).toFixed(1));
await ctx.close(); server.close(); process.exit(0);
