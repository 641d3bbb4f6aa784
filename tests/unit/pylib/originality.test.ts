/**
 * The library modules Loopline writes in Python are its own code: CPython's Lib/ is read for behaviour,
 * never transcribed. The check: no stretch of WINDOW consecutive lines of one of our files (compared
 * stripped of indentation, with at least SUBSTANTIAL lines of real code among them) appears as the same
 * stretch in the CPython 3.13 source of the module it stands in for. Forced facts (a message, a signature)
 * repeat CPython line by line, and a signature does not count as code here; a whole stretch of code in
 * CPython's order is transcription. A table of facts (constants, names, descriptions) is data, not code:
 * it is marked by a comment line starting `# Facts:` and runs to the next blank line, and its lines are
 * not compared.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it, expect } from 'vitest';
import { python, noCPython } from './cpython';

const WINDOW = 6;
const SUBSTANTIAL = 3;
const root = join(import.meta.dirname, '..', '..', '..');
const ours = [join(root, 'src', 'lib', 'stdlib', 'py'), join(root, 'src', 'lib', 'sim', 'py')];

/** CPython sources of our modules whose name is not the file's own (paths under Lib/). */
const SOURCES: Record<string, string[]> = {
  concurrent_futures: ['concurrent/futures/_base.py', 'concurrent/futures/thread.py'],
  process_pool: ['concurrent/futures/process.py'],
  logging: ['logging/__init__.py'],
  logging_config: ['logging/config.py'],
  logging_handlers: ['logging/handlers.py'],
  asyncio_log: ['asyncio/log.py'],
  unittest: ['case', 'suite', 'loader', 'runner', 'result', 'main', 'util', 'async_case', 'signals'].map(
    (m) => `unittest/${m}.py`,
  ),
  json: ['json/__init__.py', 'json/encoder.py', 'json/decoder.py', 'json/scanner.py'],
  urllib_parse: ['urllib/parse.py'],
  html: ['html/__init__.py'],
  html_entities: ['html/entities.py'],
  html_parser: ['html/parser.py', '_markupbase.py'],
  xml_etree: ['xml/etree/ElementTree.py'],
  xml_etree_path: ['xml/etree/ElementPath.py'],
  _xml_etree_parser: ['xml/etree/ElementTree.py'],
  http: ['http/__init__.py'],
  managers: ['multiprocessing/managers.py'],
  multiprocessing: ['process', 'pool', 'queues', 'context'].map((m) => `multiprocessing/${m}.py`),
  sharedctypes: ['multiprocessing/sharedctypes.py'],
  tomllib: ['tomllib/_parser.py'],
  collections: ['collections/__init__.py'],
  re: ['re/__init__.py', 're/_parser.py', 're/_compiler.py'],
  decimal: ['_pydecimal.py'],
  datetime: ['_pydatetime.py'],
  io: ['_pyio.py'],
  _bytesio: ['_pyio.py'],
  _fileio: ['_pyio.py'],
  zoneinfo: ['__init__', '_zoneinfo', '_tzpath', '_common'].map((m) => `zoneinfo/${m}.py`),
};

const stripped = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim());
/** A line of real code: not short, not a comment, not a `def` or `class` line (signatures are facts). */
const substantial = (line: string) => line.length > 15 && !/^(#|def |async def |class )/.test(line);

/** Our lines with each `# Facts:` table blanked out (to the next blank line). */
function withoutFacts(lines: string[]): string[] {
  let inTable = false;
  return lines.map((line) => {
    if (line.startsWith('# Facts:')) inTable = true;
    else if (line === '') inTable = false;
    return inTable ? '' : line;
  });
}

function windows(lines: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= lines.length; i++) out.add(lines.slice(i, i + WINDOW).join('\n'));
  return out;
}

/** The first line (1-based) of each stretch of FILE found in THEIRS, merged where they overlap. */
function stretches(lines: string[], theirs: Set<string>): number[] {
  const starts: number[] = [];
  let last = -WINDOW;
  for (let i = 0; i + WINDOW <= lines.length; i++) {
    const slice = lines.slice(i, i + WINDOW);
    if (slice.filter(substantial).length < SUBSTANTIAL || !theirs.has(slice.join('\n'))) continue;
    if (i >= last + WINDOW) starts.push(i + 1);
    last = i;
  }
  return starts;
}

describe.skipIf(noCPython)('the Python-written library is our own code', () => {
  const lib = noCPython ? '' : python(['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])']).trim();
  const asyncio = noCPython
    ? []
    : readdirSync(join(lib, 'asyncio'))
        .filter((f) => f.endsWith('.py'))
        .map((f) => `asyncio/${f}`);
  const files = ours.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.py'))
      .map((f) => join(dir, f)),
  );

  function sourcesOf(file: string): string[] {
    if (file.includes(join('sim', 'py'))) return asyncio;
    const name = file.slice(file.lastIndexOf('/') + 1, -3);
    return SOURCES[name] ?? [`${name}.py`];
  }

  it('no file repeats a stretch of its CPython counterpart', () => {
    const found: Record<string, number[]> = {};
    for (const file of files) {
      const theirs = new Set<string>();
      for (const rel of sourcesOf(file)) {
        const path = join(lib, rel);
        if (existsSync(path)) for (const w of windows(stripped(path))) theirs.add(w);
      }
      if (theirs.size === 0) continue;
      const at = stretches(withoutFacts(stripped(file)), theirs);
      if (at.length) found[relative(root, file)] = at;
    }
    expect(found, 'stretches of CPython text (file: first lines)').toEqual({});
  });

  it('the check finds a transcribed stretch, and passes over a table of facts', () => {
    const theirs = new Set(windows(stripped(join(lib, 'heapq.py'))));
    const pasted = stripped(join(lib, 'heapq.py')).slice(100, 160);
    expect(stretches(pasted, theirs).length).toBeGreaterThan(0);
    const lines = stripped(join(lib, 'heapq.py'));
    const block = (i: number) => lines.slice(i, i + WINDOW);
    const at = lines.findIndex(
      (_, i) => block(i).length === WINDOW && !block(i).includes('') && block(i).filter(substantial).length >= 3,
    );
    expect(stretches(block(at), theirs)).toEqual([1]);
    expect(stretches(withoutFacts(['# Facts: a table', ...block(at)]), theirs)).toEqual([]);
    expect(stretches(stripped(join(root, 'src', 'lib', 'stdlib', 'py', 'heapq.py')), theirs)).toEqual([]);
  });
});
