/**
 * The export commands of the `loopline` CLI: `svg`, `png` and `frames` (wired in src/cli/main.ts,
 * which passes its file loading and diagnostic formatting so messages look the same everywhere).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../ir/types';
import { exportCompareSvg, exportFrames, exportSvg, ExportError, type ExportOptions } from './svg';
import { exportPng, type Scale } from './png';
import { PYTHON_VERSIONS } from '../ir/python-version';

interface Writer {
  write(s: string): unknown;
}

export interface CliContext {
  out: Writer;
  err: Writer;
  usage: string;
  load(file: string): { source: string } | { error: string };
  formatDiagnostic(file: string, d: Diagnostic, lines: string[]): string;
}

interface Parsed {
  output?: string;
  scale: Scale;
  format: 'svg' | 'png';
  /** The programs drawn below FILE (one, or two for a three-way comparison). */
  compare?: string[];
  /** 1-based, as the user typed it. */
  step?: number;
  opts: ExportOptions;
}

class UsageError extends Error {}

const VALUE_FLAGS = new Set([
  '-o',
  '--output',
  '--python',
  '--theme',
  '--axis',
  '--lanes',
  '--title',
  '--width',
  '--locale',
  '--step',
  '--range',
  '--compare',
  '--scale',
  '--format',
]);
const BOOL_FLAGS = new Set(['--no-legend', '--legend', '--no-arrows', '--tooltips', '--nested']);

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(`${flag} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')} (got '${v}')`);
  return v as T;
}

function num(flag: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} needs a number (got '${v}')`);
  return n;
}

function parseArgs(cmd: string, args: string[]): Parsed {
  const p: Parsed = { scale: 2, format: 'svg', opts: {} };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let v: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (BOOL_FLAGS.has(a)) {
      if (v !== undefined) throw new UsageError(`${a} takes no value`);
      if (a === '--no-legend') p.opts.legend = false;
      else if (a === '--legend') p.opts.legend = true;
      else if (a === '--no-arrows') p.opts.arrows = false;
      else if (a === '--tooltips') p.opts.tooltips = true;
      else if (a === '--nested') p.opts.nested = true;
      continue;
    }
    if (!VALUE_FLAGS.has(a))
      throw new UsageError(a.startsWith('-') ? `unknown option '${a}'` : `unexpected argument '${a}'`);
    if (v === undefined) {
      if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
      v = args[++i];
    }
    switch (a) {
      case '-o':
      case '--output':
        p.output = v;
        break;
      case '--python':
        p.opts.python = oneOf(a, v, PYTHON_VERSIONS);
        break;
      case '--theme':
        p.opts.theme = oneOf(a, v, ['light', 'dark', 'print'] as const);
        break;
      case '--axis':
        p.opts.axis = oneOf(a, v, ['time', 'step'] as const);
        break;
      case '--locale':
        p.opts.locale = oneOf(a, v, ['en', 'ko'] as const);
        break;
      case '--lanes': {
        const names = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (!names.length) throw new UsageError('--lanes needs task names, e.g. --lanes Task-1,Task-2');
        p.opts.lanes = names;
        break;
      }
      case '--title':
        p.opts.title = v;
        break;
      case '--width': {
        const w = num(a, v);
        if (!Number.isInteger(w) || w < 240 || w > 20000)
          throw new UsageError('--width must be a whole number of pixels between 240 and 20000');
        p.opts.width = w;
        break;
      }
      case '--step': {
        const n = num(a, v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--step must be a step number (1, 2, ...)');
        p.step = n;
        break;
      }
      case '--range': {
        const m = /^\s*([^:]+):([^:]+)\s*$/.exec(v);
        if (!m) throw new UsageError(`--range must be START:END, e.g. --range 0:1.5 (got '${v}')`);
        const r: [number, number] = [num(a, m[1]), num(a, m[2])];
        if (!(r[1] > r[0]) || r[0] < 0) throw new UsageError('--range must be START:END with 0 <= START < END');
        p.opts.range = r;
        break;
      }
      case '--compare':
        if ((p.compare ??= []).length === 2)
          throw new UsageError('--compare takes at most two other programs (three in all)');
        p.compare.push(v);
        break;
      case '--scale':
        p.scale = oneOf(a, v, ['1', '2', '3'] as const) === '1' ? 1 : v === '2' ? 2 : 3;
        break;
      case '--format':
        p.format = oneOf(a, v, ['svg', 'png'] as const);
        break;
    }
  }
  if (cmd !== 'png' && cmd !== 'frames' && args.some((x) => x === '--scale' || x.startsWith('--scale=')))
    throw new UsageError('--scale is for png (and frames --format png)');
  if (cmd !== 'frames' && args.some((x) => x === '--format' || x.startsWith('--format=')))
    throw new UsageError('--format is for frames');
  if (cmd === 'frames' && p.step !== undefined) throw new UsageError('frames draws every step: leave --step out');
  if (p.compare !== undefined && cmd === 'frames') throw new UsageError('--compare is for svg and png');
  if (p.compare !== undefined && p.step !== undefined)
    throw new UsageError('--compare draws whole runs: leave --step out');
  if (p.compare !== undefined && p.opts.axis === 'step')
    throw new UsageError('--compare draws both programs on one time axis: leave --axis step out');
  if ((cmd === 'png' || cmd === 'frames') && !p.output)
    throw new UsageError(`${cmd} needs -o ${cmd === 'png' ? 'OUT.png' : 'DIR'}`);
  return p;
}

function reportDiagnostics(ctx: CliContext, file: string, source: string, ds: Diagnostic[]): number {
  const lines = source.split(/\r?\n/);
  for (const d of ds) ctx.err.write(ctx.formatDiagnostic(file, d, lines));
  return 1;
}

function write(ctx: CliContext, path: string, data: string | Uint8Array): boolean {
  try {
    writeFileSync(path, data);
    return true;
  } catch (e) {
    ctx.err.write(`loopline: cannot write ${path}: ${(e as Error).message}\n`);
    return false;
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

export async function exportCommand(
  cmd: string,
  file: string | undefined,
  rest: string[],
  ctx: CliContext,
): Promise<number> {
  if (!file || file.startsWith('-')) {
    ctx.err.write(
      `loopline: ${cmd} needs a program: loopline ${cmd} FILE.py${cmd === 'svg' ? '' : ' -o ' + (cmd === 'png' ? 'OUT.png' : 'DIR')}\n${ctx.usage}`,
    );
    return 2;
  }
  let p: Parsed;
  try {
    p = parseArgs(cmd, rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    ctx.err.write(`loopline: ${e.message}\n(see loopline --help)\n`);
    return 2;
  }
  const loaded = ctx.load(file);
  if ('error' in loaded) {
    ctx.err.write(loaded.error);
    return 1;
  }
  const others: { file: string; source: string }[] = [];
  for (const f of p.compare ?? []) {
    const o = ctx.load(f);
    if ('error' in o) {
      ctx.err.write(o.error);
      return 1;
    }
    others.push({ file: f, source: o.source });
  }
  const opts: ExportOptions = { ...p.opts, upToStep: p.step !== undefined ? p.step - 1 : undefined };
  try {
    if (cmd === 'frames') {
      const r = exportFrames(loaded.source, opts, file);
      if ('diagnostics' in r) return reportDiagnostics(ctx, file, loaded.source, r.diagnostics);
      const dir = p.output!;
      try {
        mkdirSync(dir, { recursive: true });
      } catch (e) {
        ctx.err.write(`loopline: cannot create ${dir}: ${(e as Error).message}\n`);
        return 1;
      }
      const digits = Math.max(4, String(r.frames.length).length);
      let bytes = 0;
      for (let k = 0; k < r.frames.length; k++) {
        const name = join(dir, `frame-${String(k + 1).padStart(digits, '0')}.${p.format}`);
        const data = p.format === 'png' ? exportPng(r.frames[k], p.scale) : r.frames[k];
        if (!write(ctx, name, data)) return 1;
        bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      }
      ctx.out.write(`wrote ${r.frames.length} frame${r.frames.length === 1 ? '' : 's'} to ${dir} (${kb(bytes)})\n`);
      return 0;
    }
    let svg: string;
    let size: string;
    if (others.length) {
      const [b, c] = others.map((o) => ({ source: o.source, name: basename(o.file) }));
      const r = exportCompareSvg({ source: loaded.source, name: basename(file) }, b, opts, c);
      if ('diagnostics' in r) {
        const bad = [{ file, source: loaded.source }, ...others][r.which];
        return reportDiagnostics(ctx, bad.file, bad.source, r.diagnostics);
      }
      svg = r.svg;
      size = `${r.width}×${r.height}`;
    } else {
      const r = exportSvg(loaded.source, opts, file);
      if ('diagnostics' in r) return reportDiagnostics(ctx, file, loaded.source, r.diagnostics);
      svg = r.svg;
      size = `${r.width}×${r.height}`;
      if (r.programError)
        ctx.err.write(`loopline: note: ${file} stopped with ${r.programError} (drawn as it happened)\n`);
    }
    if (cmd === 'svg') {
      if (p.output === undefined || p.output === '-') {
        ctx.out.write(svg);
        return 0;
      }
      if (!write(ctx, p.output, svg)) return 1;
      ctx.out.write(`wrote ${p.output} (${size}, ${kb(Buffer.byteLength(svg))})\n`);
      return 0;
    }
    const png = exportPng(svg, p.scale);
    if (!write(ctx, p.output!, png)) return 1;
    ctx.out.write(`wrote ${p.output} (${size} at ${p.scale}×, ${kb(png.byteLength)})\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExportError) {
      ctx.err.write(`loopline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
