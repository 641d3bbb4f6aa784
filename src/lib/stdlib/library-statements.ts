/**
 * The statements of Loopline's Python-source standard library (stdlib/py) that CPython's
 * tracebacks show as frames of its own Lib/: where an error raised by json.loads or a statistics
 * function comes out, python3 prints the library's frames between the program's line and the
 * error (`File "/usr/lib/python3.13/json/decoder.py", line 344, in decode`). Loopline's other
 * library frames stay hidden, as they stand for C code in CPython (json's scanner) or have no
 * counterpart. Each entry names the statement in our source (module, function, line and the start
 * of its text: a unit test checks them against the sources) and CPython's file, function, line per
 * version (3.11.7, 3.12.1, 3.13.0, 3.14.2), text and the expression its carets mark (none: the
 * whole statement, which gets no carets).
 */
import { showStatement, type LibraryFrame } from '../interp/library-frames';

export interface StdlibStatement {
  /** Our module: its `__name__` and its source, stdlib/py/<module>.py. */
  module: string;
  /** The function's qualname in our source. */
  func: string;
  at: number;
  ours: string;
  /** CPython's file under Lib/, and its function's name there. */
  file: string;
  name: string;
  /** CPython's line, indented as in its file. */
  text: string;
  lines: (number | null)[];
  expr?: string;
  /** The minor versions that mark the whole statement even so (no carets). */
  whole?: number[];
}

function st(
  module: string,
  func: string,
  at: number,
  ours: string,
  file: string,
  text: string,
  lines: (number | null)[],
  expr?: string,
  whole?: number[],
): StdlibStatement {
  const name = func.slice(func.lastIndexOf('.') + 1);
  return { module, func, at, ours, file, name, text, lines, expr, whole };
}

/** A statistics function refusing its data: CPython raises in the function itself. */
function refusal(func: string, at: number, message: string, lines: number[], from = false): StdlibStatement {
  const raise = `raise StatisticsError(${message})`;
  const text = `        ${raise}${from ? ' from None' : ''}`;
  return st('statistics', func, at, 'raise StatisticsError(', 'statistics.py', text, lines);
}

export const STDLIB_STATEMENTS: StdlibStatement[] = [
  // json.loads: the shared decoder, or one made of the arguments; the C scanner's errors come out
  // of raw_decode's call of it.
  st(
    'json',
    'loads',
    502,
    'return _default_decoder.decode(s)',
    'json/__init__.py',
    '        return _default_decoder.decode(s)',
    [346, 346, 346, 352],
    '_default_decoder.decode(s)',
  ),
  st(
    'json',
    'loads',
    515,
    'return cls(**kw).decode(s)',
    'json/__init__.py',
    '    return cls(**kw).decode(s)',
    [359, 359, 359, 365],
    'cls(**kw).decode(s)',
  ),
  st(
    'json',
    'JSONDecoder.decode',
    311,
    'obj, end = self.raw_decode(',
    'json/decoder.py',
    '        obj, end = self.raw_decode(s, idx=_w(s, 0).end())',
    [337, 337, 344, 345],
    'self.raw_decode(s, idx=_w(s, 0).end())',
  ),
  st(
    'json',
    'JSONDecoder.decode',
    314,
    "raise JSONDecodeError('Extra data'",
    'json/decoder.py',
    '            raise JSONDecodeError("Extra data", s, end)',
    [340, 340, 347, 348],
  ),
  st(
    'json',
    'JSONDecoder.raw_decode',
    319,
    'return _Parse(self, s).value(idx)',
    'json/decoder.py',
    '            obj, end = self.scan_once(s, idx)',
    [353, 353, 360, 361],
    'self.scan_once(s, idx)',
  ),
  st(
    'json',
    'JSONDecoder.raw_decode',
    321,
    "raise JSONDecodeError('Expecting value'",
    'json/decoder.py',
    '            raise JSONDecodeError("Expecting value", s, err.value) from None',
    [355, 355, 362, 363],
  ),
  // json.dumps: the shared encoder's C encoder calls the encoder's default() for what it cannot
  // encode (3.13 on locate its callers at their whole statements).
  st(
    'json',
    'dumps',
    253,
    'return _default_encoder.encode(obj)',
    'json/__init__.py',
    '        return _default_encoder.encode(obj)',
    [231, 231, 231, 235],
    '_default_encoder.encode(obj)',
  ),
  st(
    'json',
    'JSONEncoder.encode',
    96,
    "return ''.join(self.iterencode(o, _one_shot=True))",
    'json/encoder.py',
    '        chunks = self.iterencode(o, _one_shot=True)',
    [200, 200, 200, 203],
    'self.iterencode(o, _one_shot=True)',
    [13, 14],
  ),
  st(
    'json',
    'JSONEncoder.iterencode',
    102,
    'self._encode_into(o, chunks)',
    'json/encoder.py',
    '        return _iterencode(o, 0)',
    [258, 258, 261, 264],
    '_iterencode(o, 0)',
    [13, 14],
  ),
  st(
    'json',
    'JSONEncoder.default',
    85,
    "raise TypeError(f'Object of type",
    'json/encoder.py',
    "        raise TypeError(f'Object of type {o.__class__.__name__} '\n                        f'is not JSON serializable')",
    [180, 180, 180, 183],
  ),
  // re's functions compiling a pattern that CPython's parser (Python, in re/_parser.py) refuses:
  // the frames down to it (the parser's own are re/cpython-frames.ts's).
  st(
    're',
    'compile',
    557,
    'return _compile(pattern, flags)',
    're/__init__.py',
    '    return _compile(pattern, flags)',
    [227, 228, 289, 289],
    '_compile(pattern, flags)',
    [13, 14],
  ),
  ...(
    [
      ['match', 561, 'match(string)', [166, 167, 167, 167]],
      ['fullmatch', 565, 'fullmatch(string)', [171, 172, 172, 172]],
      ['search', 569, 'search(string)', [176, 177, 177, 177]],
      ['sub', 595, 'sub(repl, string, count)', [185, 186, 208, 208]],
      ['subn', 600, 'subn(repl, string, count)', [196, 197, 238, 238]],
      ['split', 605, 'split(string, maxsplit)', [206, 207, 267, 267]],
      ['findall', 609, 'findall(string)', [216, 217, 278, 278]],
      ['finditer', 613, 'finditer(string)', [223, 224, 285, 285]],
    ] as const
  ).map(([func, at, call, lines]) => {
    const ret = `return _compile(pattern, flags).${call}`;
    return st('re', func, at, ret, 're/__init__.py', `    ${ret}`, [...lines], '_compile(pattern, flags)');
  }),
  // Indented deeper from 3.12 on.
  st(
    're',
    '_compile',
    548,
    'p._init(pattern, flags)',
    're/__init__.py',
    '    p = _compiler.compile(pattern, flags)',
    [294, null, null, null],
    '_compiler.compile(pattern, flags)',
    [13, 14],
  ),
  st(
    're',
    '_compile',
    548,
    'p._init(pattern, flags)',
    're/__init__.py',
    '        p = _compiler.compile(pattern, flags)',
    [null, 307, 350, 350],
    '_compiler.compile(pattern, flags)',
    [13, 14],
  ),
  // Our Pattern._init stands for CPython's _compiler.compile.
  {
    ...st(
      're',
      'Pattern._init',
      201,
      '_raise(r[1], pattern, r[2])',
      're/_compiler.py',
      '        p = _parser.parse(p, flags)',
      [745, 745, 743, 762],
      '_parser.parse(p, flags)',
      [13, 14],
    ),
    name: 'compile',
  },
  refusal('mean', 182, "'mean requires at least one data point'", [432, 486, 490, 177]),
  refusal('median', 217, '"no median for empty data"', [565, 617, 637, 343]),
  refusal('median_low', 228, '"no median for empty data"', [588, 640, 660, 369]),
  refusal('median_high', 236, '"no median for empty data"', [610, 662, 682, 391]),
  refusal('median_grouped', 246, '"no median for empty data"', [660, 712, 732, 441]),
  refusal('mode', 261, "'no mode for empty data'", [713, 765, 785, 494], true),
  refusal('variance', 302, "'variance requires at least two data points'", [862, 914, 1151, 562]),
  refusal('pvariance', 309, "'pvariance requires at least one data point'", [903, 955, 1192, 605]),
  refusal('stdev', 346, "'stdev requires at least two data points'", [918, 970, 1207, 620]),
  refusal('pstdev', 353, "'pstdev requires at least one data point'", [936, 988, 1225, 643]),
];

function frameOf(s: StdlibStatement): LibraryFrame {
  const start = s.text.length - s.text.trimStart().length;
  const col = s.expr === undefined ? start : s.text.indexOf(s.expr);
  const endCol = s.expr === undefined ? s.text.length : col + s.expr.length;
  return { file: s.file, stdlib: true, name: s.name, text: s.text, col, endCol, lines: s.lines, whole: s.whole };
}

let registered = false;

/** Register the statements (once: the sources do not change). */
export function showStdlibStatements(): void {
  if (registered) return;
  registered = true;
  for (const s of STDLIB_STATEMENTS) showStatement(s.module, s.func, s.at, frameOf(s));
}
