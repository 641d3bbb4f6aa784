/**
 * `loopline compare --versions 3.12,3.14 FILE.py`: the program on two CPython versions, and how
 * their runs differ, each difference with the sentence that explains it (src/lib/trace/version-diff.ts).
 */
import { simulate } from '../lib/run';
import { programStdin } from './stdin';
import { DEFAULT_PYTHON, PYTHON_VERSIONS, isPythonVersion, type PythonVersion } from '../lib/ir/python-version';
import { versionDifferences, type VersionDifference } from '../lib/trace/version-diff';
import { nodeHeapGauge } from './heap-gauge';

export const COMPARE_USAGE = `  compare --versions A,B FILE.py   the program on two Python versions: what differs, and why
                              [--versions 3.13,${DEFAULT_PYTHON}] [--locale en|ko]
`;

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
  load: (file: string) => { source: string } | { error: string };
}

const LABELS = {
  en: {
    step: 'first differing step',
    output: 'output line',
    warning: 'warning',
    error: 'error',
    tasks: 'tasks',
    end: 'end time',
    none: 'nothing',
    same: (a: string, b: string) => `no differences: the program runs the same on ${a} and ${b}\n`,
    count: (n: number, a: string, b: string) => `${n} difference${n === 1 ? '' : 's'} between ${a} and ${b}:\n`,
  },
  ko: {
    step: '처음 달라지는 스텝',
    output: '출력 줄',
    warning: '경고',
    error: '오류',
    tasks: '태스크',
    end: '끝난 시각',
    none: '없음',
    same: (a: string, b: string) => `차이 없음: ${a}와 ${b}에서 똑같이 실행됩니다\n`,
    count: (n: number, a: string, b: string) => `${a}와 ${b}의 차이 ${n}개:\n`,
  },
};

/** The options; a string is what is wrong with them. */
function options(
  args: string[],
): { file: string; versions: [PythonVersion, PythonVersion]; locale: 'en' | 'ko' } | string {
  let file: string | undefined;
  let versions: [PythonVersion, PythonVersion] = ['3.13', DEFAULT_PYTHON];
  let locale: 'en' | 'ko' = 'en';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--versions' || a.startsWith('--versions=')) {
      const v = a === '--versions' ? args[++i] : a.slice('--versions='.length);
      const vs = (v ?? '').split(',');
      if (vs.length !== 2 || !vs.every(isPythonVersion))
        return `--versions takes two of ${PYTHON_VERSIONS.join(', ')}, as A,B (got ${v === undefined ? 'nothing' : `'${v}'`})`;
      versions = vs as [PythonVersion, PythonVersion];
    } else if (a === '--locale') {
      const v = args[++i];
      if (v !== 'en' && v !== 'ko') return `--locale takes en or ko (got ${v === undefined ? 'nothing' : `'${v}'`})`;
      locale = v;
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `one program at a time (got '${file}' and '${a}')`;
  }
  return file === undefined ? 'which program? (FILE.py)' : { file, versions, locale };
}

function describe(d: VersionDifference, va: string, vb: string, locale: 'en' | 'ko'): string {
  const L = LABELS[locale];
  const head = d.index === null ? L[d.kind] : `${L[d.kind]} ${d.index + 1}`;
  const pad = Math.max(va.length, vb.length);
  const side = (v: string, x: string | null) => `   ${v.padEnd(pad)}  ${x ?? `(${L.none})`}\n`;
  return `${head}\n${side(va, d.a)}${side(vb, d.b)}${d.why.map((w) => `   → ${w[locale]}\n`).join('')}`;
}

/** Runs `compare`; returns the exit status (0: compared, 1: the program could not run, 2: usage). */
export function compareVersionsCommand(args: string[], io: Io): number {
  const o = options(args);
  if (typeof o === 'string') {
    io.err.write(`loopline: ${o}\nusage:\n${COMPARE_USAGE}`);
    return 2;
  }
  const loaded = io.load(o.file);
  if ('error' in loaded) {
    io.err.write(loaded.error);
    return 1;
  }
  const [va, vb] = o.versions;
  const runs = o.versions.map((python) =>
    simulate(loaded.source, { python, traceOnly: true, stdin: programStdin, heapGauge: nodeHeapGauge() }, o.file),
  );
  for (const [i, r] of runs.entries()) {
    if (r.diagnostics.length) {
      const d = r.diagnostics[0];
      io.err.write(`${o.file}:${d.span.line}:${d.span.col + 1}: ${d.kind} (Python ${o.versions[i]}): ${d.message}\n`);
      return 1;
    }
  }
  const diffs = versionDifferences(
    loaded.source,
    { python: va, trace: runs[0].trace },
    { python: vb, trace: runs[1].trace },
  );
  const L = LABELS[o.locale];
  const name = (v: string) => `Python ${v}`;
  if (!diffs.length) {
    io.out.write(L.same(name(va), name(vb)));
    return 0;
  }
  io.out.write(L.count(diffs.length, name(va), name(vb)));
  for (const [i, d] of diffs.entries()) io.out.write(`\n${i + 1}. ${describe(d, va, vb, o.locale)}`);
  return 0;
}
