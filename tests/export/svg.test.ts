/**
 * SVG export: golden files for a handful of conformance programs (light, dark, print, Korean,
 * step axis, one frame, a lane subset, a comparison), plus what makes a file standalone.
 *
 * On a mismatch the new drawing is written next to the golden as NAME-changed.svg (gitignored)
 * so a reviewer can open both; `UPDATE_GOLDEN=1 npx vitest run tests/export` rewrites them.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { exportSvg, exportCompareSvg, exportFrames, ExportError, type ExportOptions } from '../../src/lib/export';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, 'tests/conformance/shared');
const goldenDir = join(import.meta.dirname, 'golden');
const program = (name: string): string => readFileSync(join(shared, `${name}.py`), 'utf8');

function svgOf(name: string, opts: ExportOptions): string {
  const r = exportSvg(program(name), opts, `${name}.py`);
  if (!('svg' in r)) throw new Error(`${name}: ${JSON.stringify(r.diagnostics)}`);
  return r.svg;
}

function compareGolden(name: string, svg: string): void {
  const file = join(goldenDir, `${name}.svg`);
  const changed = join(goldenDir, `${name}-changed.svg`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, svg);
    rmSync(changed, { force: true });
    return;
  }
  const want = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (want === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  throw new Error(
    want === null
      ? `no golden file ${file}: wrote ${changed}; check it and run UPDATE_GOLDEN=1 npx vitest run tests/export`
      : `${name}.svg differs from its golden file: see ${changed} (UPDATE_GOLDEN=1 npx vitest run tests/export accepts it)`,
  );
}

const CASES: { name: string; program: string; opts: ExportOptions }[] = [
  { name: 'say_after_tasks-light', program: 's001_say_after_tasks', opts: { title: 'say_after with create_task' } },
  {
    name: 'say_after_sequential-dark',
    program: 's001_say_after_sequential',
    opts: { theme: 'dark', title: 'say_after, one after the other' },
  },
  {
    name: 'gather_three-ko',
    program: 's000_gather_three',
    opts: { locale: 'ko', title: 'gather()로 세 코루틴 동시 실행 — 시작과 끝' },
  },
  {
    name: 'semaphore_fetch-print-step',
    program: 's002_semaphore_fetch',
    opts: { theme: 'print', axis: 'step', width: 1100 },
  },
  {
    name: 'taskgroup-lanes-range',
    program: 's003_taskgroup',
    opts: { lanes: ['Task-1', 'Task-2'], range: [0.1, 0.4], legend: false, width: 700 },
  },
  { name: 'semaphore_fetch-step8', program: 's002_semaphore_fetch', opts: { upToStep: 7 } },
];

describe('exportSvg golden files', () => {
  for (const c of CASES) {
    it(c.name, () => compareGolden(c.name, svgOf(c.program, c.opts)));
  }

  it('compare: sequential vs concurrent say_after on one time axis', () => {
    const r = exportCompareSvg(
      { source: program('s001_say_after_sequential'), name: 'sequential.py' },
      { source: program('s001_say_after_tasks'), name: 'tasks.py' },
      {},
    );
    if (!('svg' in r)) throw new Error('diagnostics');
    expect(r.svg).toContain('tasks.py — 2.0 s (1.5× faster)');
    expect(r.svg).toContain('sequential.py — 3.0 s');
    compareGolden('compare-say_after', r.svg);
  });
});

describe('a standalone, small, deterministic SVG', () => {
  const all = CASES.map((c) => [c.name, svgOf(c.program, c.opts)] as const);

  it('gives identical bytes for the same program and options', () => {
    for (const c of CASES) expect(svgOf(c.program, c.opts)).toBe(all.find(([n]) => n === c.name)![1]);
  });

  it('is well-formed XML with xmlns, <title>, <desc> and named fonts with fallbacks', () => {
    for (const [name, svg] of all) {
      const { document } = parseHTML('<html></html>');
      void document;
      const xml = new (parseHTML('<html></html>').DOMParser)().parseFromString(svg, 'image/svg+xml');
      const el = xml.documentElement;
      expect(el.localName, name).toBe('svg');
      expect(el.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      expect(svg).toMatch(/<svg [^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
      const fonts = el.getAttribute('font-family') ?? '';
      expect(fonts).toMatch(/^system-ui, /);
      expect(fonts).toContain('"Noto Sans KR"');
      expect(fonts.endsWith('sans-serif')).toBe(true);
    }
  });

  it('writes characters XML cannot hold (a task named with control characters) as Python escapes', () => {
    const src = [
      'import asyncio',
      'async def w():',
      '    await asyncio.sleep(0.1)',
      'async def main():',
      '    await asyncio.create_task(w(), name="bad\\x01name\\x1f\\ufffe!")',
      'asyncio.run(main())',
      '',
    ].join('\n');
    const r = exportSvg(src, {}, 'names.py');
    if (!('svg' in r)) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(r.svg).toContain('bad\\x01name\\x1f\\ufffe!');
  });

  it('has no external references, stylesheets, scripts, ids left unused or app-only attributes', () => {
    for (const [name, svg] of all) {
      expect(svg, name).not.toMatch(
        /href=|@import|<script|<style|<foreignObject|https?:\/\/(?!www\.w3\.org\/2000\/svg)/,
      );
      expect(svg).not.toMatch(/ (class|data-[\w-]+|pointer-events|aria-hidden)="/);
      const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      for (const id of ids) expect(svg, `${name}: #${id} unused`).toContain(`url(#${id})`);
      // Text stays text (searchable, selectable, translatable).
      expect(svg).toMatch(/<text [^>]*>Task-1 · main<\/text>/);
    }
  });

  it('rounds coordinates to 0.1 px and leaves no default or inherited repeats', () => {
    for (const [name, svg] of all) {
      expect(svg, name).not.toMatch(/ (x|y|x1|x2|y1|y2|width|height|cx|cy|r)="-?\d+\.\d{2,}"/);
      for (const m of svg.matchAll(/ d="([^"]+)"/g)) expect(m[1]).not.toMatch(/\d\.\d{2,}/);
      expect(svg).not.toMatch(/<rect x="0"|<rect [^>]*y="0"/);
      expect(svg).not.toMatch(/<text [^>]*font-family=/);
      expect(svg).not.toMatch(/stroke-width="1"(?![.\d])/);
    }
    // Without tooltips the file is a fraction of the app's DOM; with them the tooltips come back.
    const small = svgOf('s001_say_after_tasks', {});
    const withTips = svgOf('s001_say_after_tasks', { tooltips: true });
    expect(small.length).toBeLessThan(9000);
    expect(withTips).toContain('<title>Task-2 sleeps until 1.0 s');
  });

  it('keeps Korean labels as text in the ko locale', () => {
    const svg = all.find(([n]) => n === 'gather_three-ko')![1];
    expect(svg).toContain('>hello() · 잠듦 1 s</text>');
    expect(svg).toContain('<title>gather()로 세 코루틴 동시 실행 — 시작과 끝</title>');
    expect(svg).toContain('태스크 4개');
  });
});

describe('export options and errors', () => {
  it('returns the diagnostics of a program with a syntax error', () => {
    const r = exportSvg('import asyncio\nasync def main()\n    pass\n', {});
    expect('diagnostics' in r && r.diagnostics[0].kind).toBe('SyntaxError');
  });

  it('rejects unknown lanes, bad steps and bad ranges with a message', () => {
    const src = program('s001_say_after_tasks');
    expect(() => exportSvg(src, { lanes: ['Task-9'] })).toThrow(ExportError);
    expect(() => exportSvg(src, { lanes: ['Task-9'] })).toThrow(
      /no task named 'Task-9' \(tasks: Task-1, Task-2, Task-3\)/,
    );
    expect(() => exportSvg(src, { upToStep: 99 })).toThrow(/step must be between 1 and 7/);
    expect(() => exportSvg(src, { range: [2, 1] })).toThrow(/range/);
  });

  it('draws one frame per step, all of the same size, the last showing everything', () => {
    const r = exportFrames(program('s001_say_after_tasks'), {});
    if (!('frames' in r)) throw new Error('diagnostics');
    expect(r.frames).toHaveLength(7);
    const sizes = new Set(r.frames.map((f) => /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(f)!.slice(1).join('x')));
    expect([...sizes]).toEqual([`${r.width}x${r.height}`]);
    // Steps appear one by one: the number of running bars grows.
    const runs = r.frames.map((f) => (f.match(/fill="#0072b2"/g) ?? []).length);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeGreaterThanOrEqual(runs[i - 1]);
    expect(r.frames[0]).toContain('step 1 · 0.0 s');
    expect(r.frames[6]).toContain('step 7 · 2.0 s');
  });
});
