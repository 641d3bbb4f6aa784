/**
 * The statements of Loopline's Python-source standard library (stdlib/py) that CPython's
 * tracebacks show as frames of its own Lib/: where an error raised by json.loads or a statistics
 * function comes out, python3 prints the library's frames between the program's line and the
 * error (`File "/usr/lib/python3.13/json/decoder.py", line 344, in decode`). Loopline's other
 * library frames stay hidden, as they stand for C code in CPython (json's scanner) or have no
 * counterpart. Each entry names the statement in our source by module, function and the start of
 * its text (its line is looked up: the one given only tells like statements apart; a unit test
 * checks each is found) and CPython's file, function, line per
 * version (3.11.7, 3.12.1, 3.13.0, 3.14.2), text and the expression its carets mark (none: the
 * whole statement, which gets no carets).
 */
import { showStatementAt, type LibraryFrame } from '../interp/library-frames';
import { likeLines, sourceLines, statementLine } from '../interp/statement-lines';
import { stdlibSources } from './py';

export interface StdlibStatement {
  /** Our module: its `__name__`, and its source stdlib/py/<module>.py unless `source` names it. */
  module: string;
  source?: string;
  /** The function's qualname in our source. */
  func: string;
  /** Near the statement's line in our source: it is found by its text, and this chooses among like ones. */
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

/** A statement of ours standing for CPython's function `name` (ours is named otherwise). */
function named(name: string, s: StdlibStatement): StdlibStatement {
  return { ...s, name };
}

/** A statement of concurrent.futures (stdlib/py/concurrent_futures.py). */
function cf(...args: Parameters<typeof st>): StdlibStatement {
  return { ...st(...args), source: 'concurrent_futures' };
}

/** A statement of ours in stdlib/py/process_pool.py (concurrent.futures.process), CPython's in process.py. */
function proc(func: string, at: number, ours: string, lines: (number | null)[], expr: string): StdlibStatement {
  const text = '    ' + ours;
  return {
    ...st('concurrent.futures.process', func, at, ours, 'concurrent/futures/process.py', text, lines, expr),
    source: 'process_pool',
  };
}

/** A statement of our multiprocessing (Pool's) shown as CPython's in multiprocessing/pool.py (the same line in every version). */
function pool(
  func: string,
  at: number,
  ours: string,
  name: string,
  text: string,
  line: number,
  expr?: string,
  whole?: number[],
): StdlibStatement {
  return named(
    name,
    st('multiprocessing', func, at, ours, 'multiprocessing/pool.py', text, [line, line, line, line], expr, whole),
  );
}

/** A statement of concurrent.futures' Future.result or Future.exception: _base.py's lines. */
function future(func: string, at: number, ours: string, lines: number[], expr?: string): StdlibStatement {
  // result()'s checks are inside a try (20 spaces in), the others not.
  const indent = func === 'Future.result' ? 20 : 16;
  return cf(CF, func, at, ours, 'concurrent/futures/_base.py', ' '.repeat(indent) + ours, lines, expr);
}

const CF = 'concurrent.futures';
const DOCTEST_EXEC =
  '                exec(compile(example.source, filename, "single",\n                             compileflags, True), test.globs)';
const PROCESS_WORKER_LINE = 67;
const PROCESS_CHUNK_LINE = 132;
const PROCESS_CHAIN_LINE = 137;

/** A statement of IsolatedAsyncioTestCase (stdlib/py/unittest.py): CPython's unittest/async_case.py. */
function asyncCase(
  func: string,
  at: number,
  ours: string,
  text: string,
  lines: (number | null)[],
  expr?: string,
): StdlibStatement {
  return st('unittest', `IsolatedAsyncioTestCase.${func}`, at, ours, 'unittest/async_case.py', text, lines, expr);
}

/** The runner's run() of a coroutine in the test's context, a call over four lines in CPython. */
function runnerRun(indent: string, comma: string): { text: string; expr: string } {
  const call = `self._asyncioRunner.run(\n${indent}    func(*args, **kwargs),\n${indent}    context=self._asyncioTestContext${comma}\n${indent})`;
  return { text: `${indent}return ${call}`, expr: call };
}

const CALL_ASYNC = runnerRun('        ', '');
const CALL_MAYBE_ASYNC = runnerRun('            ', ',');

/** A failure of assertLogs/assertNoLogs: CPython's unittest/_log.py, a module without the __unittest mark. */
function logsFailure(at: number, text: string, line: number): StdlibStatement {
  const call = text.trimStart();
  return st(
    'unittest',
    '_AssertLogsContext.__exit__',
    at,
    'self._raiseFailure(',
    'unittest/_log.py',
    text,
    [line, line, line, line],
    call,
  );
}

export const STDLIB_STATEMENTS: StdlibStatement[] = [
  // assertNoLogs's and assertLogs's failures come out of _log.py's __exit__, which CPython shows.
  logsFailure(
    494,
    '                self._raiseFailure(\n                    "Unexpected logs found: {!r}".format(\n                        self.watcher.output\n                    )\n                )',
    75,
  ),
  logsFailure(
    496,
    '                self._raiseFailure(\n                    "no logs of level {} or higher triggered on {}"\n                    .format(logging.getLevelName(self.level), self.logger.name))',
    84,
  ),
  // An IsolatedAsyncioTestCase's parts run through async_case.py's helpers, whose frames CPython
  // shows up to 3.13 (3.14 marks the module __unittest, and unittest hides them), then
  // asyncio.Runner.run's.
  asyncCase(
    '_callSetUp',
    1378,
    'self._asyncioTestContext.run(self.setUp)',
    '        self._asyncioTestContext.run(self.setUp)',
    [86, 86, 89, null],
  ),
  asyncCase('_callSetUp', 1379, 'self._callAsync(self.asyncSetUp)', '        self._callAsync(self.asyncSetUp)', [
    87,
    87,
    90,
    null,
  ]),
  asyncCase(
    '_callTestMethod',
    1382,
    'result = self._callMaybeAsync(method)',
    '        if self._callMaybeAsync(method) is not None:',
    [90, 90, 93, null],
    'self._callMaybeAsync(method)',
  ),

  asyncCase(
    '_callTearDown',
    1386,
    'self._callAsync(self.asyncTearDown)',
    '        self._callAsync(self.asyncTearDown)',
    [95, 95, 98, null],
  ),
  asyncCase(
    '_callTearDown',
    1387,
    'self._asyncioTestContext.run(self.tearDown)',
    '        self._asyncioTestContext.run(self.tearDown)',
    [96, 96, 99, null],
  ),
  asyncCase(
    '_callCleanup',
    1403,
    'self._callMaybeAsync(function, *args, **kwargs)',
    '        self._callMaybeAsync(function, *args, **kwargs)',
    [99, 99, 102, null],
  ),
  asyncCase(
    '_callAsync',
    1393,
    'return self._asyncioRunner.run(',
    CALL_ASYNC.text,
    [104, 104, 107, null],
    CALL_ASYNC.expr,
  ),
  asyncCase(
    '_callMaybeAsync',
    1399,
    'return self._asyncioRunner.run(',
    CALL_MAYBE_ASYNC.text,
    [112, 112, 115, null],
    CALL_MAYBE_ASYNC.expr,
  ),
  asyncCase(
    '_callMaybeAsync',
    1400,
    'return self._asyncioTestContext.run(func',
    '            return self._asyncioTestContext.run(func, *args, **kwargs)',
    [117, 117, 120, null],
    'self._asyncioTestContext.run(func, *args, **kwargs)',
  ),
  // A record whose message cannot be formatted (`log.warning('%d', 'x')`): the traceback the
  // handler's handleError prints comes through these four frames of logging/__init__.py.
  st(
    'logging',
    'StreamHandler.emit',
    593,
    'line = self.format(record)',
    'logging/__init__.py',
    '            msg = self.format(record)',
    [1110, 1160, 1150, 1151],
    'self.format(record)',
    [13, 14],
  ),
  st(
    'logging',
    'Handler.format',
    535,
    'return (self.formatter or _defaultFormatter).format(record)',
    'logging/__init__.py',
    '        return fmt.format(record)',
    [953, 999, 998, 999],
    'fmt.format(record)',
  ),
  st(
    'logging',
    'Formatter.format',
    414,
    'record.message = record.getMessage()',
    'logging/__init__.py',
    '        record.message = record.getMessage()',
    [687, 703, 711, 712],
    'record.getMessage()',
  ),
  st(
    'logging',
    'LogRecord.getMessage',
    133,
    'return text % self.args',
    'logging/__init__.py',
    '            msg = msg % self.args',
    [377, 392, 400, 400],
    'msg % self.args',
  ),
  // json.loads: the shared decoder, or one made of the arguments; the C scanner's errors come out
  // of raw_decode's call of it.
  st(
    'json',
    'loads',
    191,
    'return _default_decoder.decode(s)',
    'json/__init__.py',
    '        return _default_decoder.decode(s)',
    [346, 346, 346, 352],
    '_default_decoder.decode(s)',
  ),
  st(
    'json',
    'loads',
    198,
    'return cls(**kw).decode(s)',
    'json/__init__.py',
    '    return cls(**kw).decode(s)',
    [359, 359, 359, 365],
    'cls(**kw).decode(s)',
  ),
  st(
    'json',
    'JSONDecoder.decode',
    153,
    'obj, end = self.raw_decode(',
    'json/decoder.py',
    '        obj, end = self.raw_decode(s, idx=_w(s, 0).end())',
    [337, 337, 344, 345],
    'self.raw_decode(s, idx=_w(s, 0).end())',
  ),
  st(
    'json',
    'JSONDecoder.decode',
    156,
    "raise JSONDecodeError('Extra data'",
    'json/decoder.py',
    '            raise JSONDecodeError("Extra data", s, end)',
    [340, 340, 347, 348],
  ),
  st(
    'json',
    'JSONDecoder.raw_decode',
    161,
    'value, end = self.scan_once(s, idx)',
    'json/decoder.py',
    '            obj, end = self.scan_once(s, idx)',
    [353, 353, 360, 361],
    'self.scan_once(s, idx)',
  ),
  st(
    'json',
    'JSONDecoder.raw_decode',
    163,
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
    96,
    'return _default_encoder.encode(obj)',
    'json/__init__.py',
    '        return _default_encoder.encode(obj)',
    [231, 231, 231, 235],
    '_default_encoder.encode(obj)',
  ),
  st(
    'json',
    'JSONEncoder.encode',
    57,
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
    63,
    'text = self._encode_into(o, None)',
    'json/encoder.py',
    '        return _iterencode(o, 0)',
    [258, 258, 261, 264],
    '_iterencode(o, 0)',
    [13, 14],
  ),
  st(
    'json',
    'JSONEncoder.default',
    46,
    "raise TypeError(f'Object of type",
    'json/encoder.py',
    "        raise TypeError(f'Object of type {o.__class__.__name__} '\n                        f'is not JSON serializable')",
    [180, 180, 180, 183],
  ),
  // concurrent.futures: a call's exception, raised again by Future.result() (also through
  // Executor.map's iterator), goes on from the worker's frame in thread.py, which called the
  // function (3.14: through WorkerContext.run); a result() that times out or meets a cancel
  // raises in result() itself. Our Future checks its state in the statements CPython's does.
  future('Future.result', 262, 'raise CancelledError()', [447, 447, 447, 441]),
  future('Future.result', 264, 'return self.__get_result()', [449, 449, 449, 443], 'self.__get_result()'),
  future('Future.result', 267, 'raise CancelledError()', [454, 454, 454, 448]),
  future('Future.result', 269, 'return self.__get_result()', [456, 456, 456, 450], 'self.__get_result()'),
  future('Future.result', 270, 'raise TimeoutError()', [458, 458, 458, 452]),
  future('Future.__get_result', 275, 'raise self._exception', [401, 401, 401, 395]),
  future('Future.exception', 281, 'raise CancelledError()', [483, 483, 483, 477]),
  future('Future.exception', 286, 'raise CancelledError()', [490, 490, 490, 484]),
  future('Future.exception', 289, 'raise TimeoutError()', [494, 494, 494, 488]),
  named(
    '_result_or_cancel',
    cf(
      CF,
      '_outcome_then_cancel',
      330,
      'return future.result(timeout)',
      'concurrent/futures/_base.py',
      '            return fut.result(timeout)',
      [317, 317, 317, 311],
      'fut.result(timeout)',
    ),
  ),
  named(
    'result_iterator',
    cf(
      CF,
      '_map_results',
      345,
      'yield _outcome_then_cancel(futures.pop(), None)',
      'concurrent/futures/_base.py',
      '                        yield _result_or_cancel(fs.pop())',
      [619, 619, 619, 639],
      '_result_or_cancel(fs.pop())',
    ),
  ),
  named(
    'result_iterator',
    cf(
      CF,
      '_map_results',
      347,
      'yield _outcome_then_cancel(futures.pop(), deadline',
      'concurrent/futures/_base.py',
      '                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())',
      [621, 621, 621, 641],
      '_result_or_cancel(fs.pop(), end_time - time.monotonic())',
    ),
  ),
  cf(
    CF,
    'as_completed',
    154,
    "raise TimeoutError('%d (of %d) futures unfinished'",
    'concurrent/futures/_base.py',
    "                    raise TimeoutError(\n                            '%d (of %d) futures unfinished' % (\n                            len(pending), total_futures))",
    [239, 239, 239, 233],
  ),
  cf(
    CF,
    '_Job.run',
    416,
    'value = _call(self.fn, self.args, self.kwargs)',
    'concurrent/futures/thread.py',
    '            result = self.fn(*self.args, **self.kwargs)',
    [58, 58, 58, null],
    'self.fn(*self.args, **self.kwargs)',
    [13],
  ),
  cf(
    CF,
    '_Job.run',
    416,
    'value = _call(self.fn, self.args, self.kwargs)',
    'concurrent/futures/thread.py',
    '            result = ctx.run(self.task)',
    [null, null, null, 86],
    'ctx.run(self.task)',
    [14],
  ),
  // A worker's initializer that raises: the worker logs it from the frame that called it (3.14:
  // through WorkerContext.initialize).
  named(
    '_worker',
    cf(
      CF,
      '_work_loop',
      440,
      '_initialize(initializer, initargs)',
      'concurrent/futures/thread.py',
      '            initializer(*initargs)',
      [72, 72, 72, null],
      'initializer(*initargs)',
    ),
  ),
  named(
    '_worker',
    cf(
      CF,
      '_work_loop',
      440,
      '_initialize(initializer, initargs)',
      'concurrent/futures/thread.py',
      '        ctx.initialize()',
      [null, null, null, 99],
      'ctx.initialize()',
    ),
  ),
  named(
    'initialize',
    cf(
      CF,
      '_initialize',
      403,
      'initializer(*initargs)',
      'concurrent/futures/thread.py',
      '            self.initializer(*self.initargs)',
      [null, null, null, 66],
      'self.initializer(*self.initargs)',
    ),
  ),
  named(
    'run',
    cf(
      CF,
      '_call',
      398,
      'return fn(*args, **kwargs)',
      'concurrent/futures/thread.py',
      '        return fn(*args, **kwargs)',
      [null, null, null, 73],
      'fn(*args, **kwargs)',
      [14],
    ),
  ),
  // A done callback that raises: CPython logs it from the frame that called it.
  named(
    '_invoke_callbacks',
    cf(
      CF,
      'Future._invoke_callbacks',
      218,
      'fn(self)',
      'concurrent/futures/_base.py',
      '                callback(self)',
      [340, 340, 340, 334],
      'callback(self)',
    ),
  ),
  cf(
    CF,
    'Future.add_done_callback',
    251,
    'fn(self)',
    'concurrent/futures/_base.py',
    '            fn(self)',
    [424, 424, 424, 418],
    'fn(self)',
  ),
  // ProcessPoolExecutor: the worker process's frame calling the function, in the remote
  // traceback's text.
  {
    ...st(
      'concurrent.futures.process',
      '_worker',
      PROCESS_WORKER_LINE,
      'result = fn(*args, **kwargs)',
      'concurrent/futures/process.py',
      '            r = call_item.fn(*call_item.args, **call_item.kwargs)',
      [261, 263, 253, 254],
      'call_item.fn(*call_item.args, **call_item.kwargs)',
      [13, 14],
    ),
    source: 'process_pool',
    name: '_process_worker',
  },
  // ProcessPoolExecutor.map: each call runs a chunk of the items (3.11's list comprehension has a
  // frame of its own), and the results come out of the chunks' lists.
  ...[
    proc(
      '_process_chunk',
      PROCESS_CHUNK_LINE,
      'return [fn(*args) for args in chunk]',
      [210, null, null, null],
      '[fn(*args) for args in chunk]',
    ),
    proc(
      '_process_chunk',
      PROCESS_CHUNK_LINE,
      'return [fn(*args) for args in chunk]',
      [null, 212, 202, 203],
      'fn(*args)',
    ),
    named(
      '<listcomp>',
      proc(
        '_process_chunk.<locals>.<listcomp>',
        PROCESS_CHUNK_LINE,
        'return [fn(*args) for args in chunk]',
        [210, null, null, null],
        'fn(*args)',
      ),
    ),
  ],
  {
    ...st(
      'concurrent.futures.process',
      '_chain_from_iterable_of_lists',
      PROCESS_CHAIN_LINE,
      'for element in iterable:',
      'concurrent/futures/process.py',
      '    for element in iterable:',
      [620, 647, 623, 617],
      'iterable',
      [11, 12],
    ),
    source: 'process_pool',
  },
  // multiprocessing.Pool: a worker's exception, raised again by get() (through map, starmap,
  // apply) or an imap's next(), with the worker's frames (its call, mapstar or starmapstar) in the
  // remote traceback's text.
  pool(
    '_pool_worker',
    800,
    'values = [_apply_worker_call(*chunk[0])]',
    'worker',
    '            result = (True, func(*args, **kwds))',
    125,
    'func(*args, **kwds)',
  ),
  pool(
    '_pool_worker',
    802,
    'values = (_starmapstar if star else _mapstar)((func, chunk))',
    'worker',
    '            result = (True, func(*args, **kwds))',
    125,
    'func(*args, **kwds)',
  ),
  pool(
    '_mapstar',
    833,
    'return [func(item) for item in items]',
    'mapstar',
    '    return list(map(*args))',
    48,
    'list(map(*args))',
    [13, 14],
  ),
  pool(
    '_starmapstar',
    838,
    'return [func(*item) for item in items]',
    'starmapstar',
    '    return list(itertools.starmap(args[0], args[1]))',
    51,
    'list(itertools.starmap(args[0], args[1]))',
    [13, 14],
  ),
  pool('_Job.get', 678, 'raise self._value', 'get', '            raise self._value', 774),
  pool('IMapIterator.next', 773, 'raise value', 'next', '        raise value', 873),
  pool(
    'Pool.apply',
    961,
    'return self.apply_async(func, args, kwds).get()',
    'apply',
    '        return self.apply_async(func, args, kwds).get()',
    360,
    'self.apply_async(func, args, kwds).get()',
  ),
  pool(
    'Pool.map',
    979,
    'return self._map_async(func, iterable, chunksize, None, None, False).get()',
    'map',
    '        return self._map_async(func, iterable, mapstar, chunksize).get()',
    367,
    'self._map_async(func, iterable, mapstar, chunksize).get()',
  ),
  pool(
    'Pool.starmap',
    982,
    'return self._map_async(func, iterable, chunksize, None, None, True).get()',
    'starmap',
    '        return self._map_async(func, iterable, starmapstar, chunksize).get()',
    375,
    'self._map_async(func, iterable, starmapstar, chunksize).get()',
  ),
  // re's functions compiling a pattern that CPython's parser (Python, in re/_parser.py) refuses:
  // the frames down to it (the parser's own are re/cpython-frames.ts's).
  st(
    're',
    'compile',
    430,
    'return _compile(pattern, flags)',
    're/__init__.py',
    '    return _compile(pattern, flags)',
    [227, 228, 289, 289],
    '_compile(pattern, flags)',
    [13, 14],
  ),
  ...(
    [
      ['match', 434, 'match(string)', [166, 167, 167, 167]],
      ['fullmatch', 438, 'fullmatch(string)', [171, 172, 172, 172]],
      ['search', 442, 'search(string)', [176, 177, 177, 177]],
      ['sub', 468, 'sub(repl, string, count)', [185, 186, 208, 208]],
      ['subn', 473, 'subn(repl, string, count)', [196, 197, 238, 238]],
      ['split', 478, 'split(string, maxsplit)', [206, 207, 267, 267]],
      ['findall', 482, 'findall(string)', [216, 217, 278, 278]],
      ['finditer', 486, 'finditer(string)', [223, 224, 285, 285]],
    ] as const
  ).map(([func, at, call, lines]) => {
    const ret = `return _compile(pattern, flags).${call}`;
    return st('re', func, at, ret, 're/__init__.py', `    ${ret}`, [...lines], '_compile(pattern, flags)');
  }),
  // Indented deeper from 3.12 on.
  st(
    're',
    '_compile',
    421,
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
    421,
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
  // ipaddress's factories refuse a string neither version parses in their own raise.
  ...(
    [
      ['ip_address', 50, 'address', 54],
      ['ip_network', 58, 'network', 83],
      ['ip_interface', 66, 'interface', 117],
    ] as const
  ).map(([func, at, what, line]) => {
    const raise = `raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 ${what}')`;
    return st('ipaddress', func, at, raise, 'ipaddress.py', `    ${raise}`, [line, line, line, line]);
  }),
  // Cancelling an event no longer queued: list.remove's ValueError.
  st(
    'sched',
    'scheduler.cancel',
    43,
    'self._queue.remove(event)',
    'sched.py',
    '            self._queue.remove(event)',
    [95, 95, 95, 95],
    'self._queue.remove(event)',
  ),
  // uuid3/uuid5 of a namespace without .bytes: the AttributeError comes out of the line reading it.
  ...(
    [
      ['uuid3', 267, 'md5', '        namespace.bytes + bytes(name, "utf-8"),', [716, null, null, null]],
      ['uuid3', 267, 'md5', '        namespace.bytes + name,', [null, 718, 705, null]],
      [
        'uuid3',
        267,
        'md5',
        '    h = hashlib.md5(namespace.bytes + name, usedforsecurity=False)',
        [null, null, null, 768],
      ],
      [
        'uuid5',
        272,
        'sha1',
        '    hash = sha1(namespace.bytes + bytes(name, "utf-8")).digest()',
        [728, null, null, null],
      ],
      ['uuid5', 272, 'sha1', '    hash = sha1(namespace.bytes + name).digest()', [null, 732, 719, null]],
      [
        'uuid5',
        272,
        'sha1',
        '    h = hashlib.sha1(namespace.bytes + name, usedforsecurity=False)',
        [null, null, null, 786],
      ],
    ] as const
  ).map(([func, at, digest, text, lines]) =>
    st(
      'uuid',
      func,
      at,
      `return _from_name(${digest}, namespace.bytes`,
      'uuid.py',
      text,
      [...lines],
      'namespace.bytes',
    ),
  ),
  // ElementTree.XML (fromstring) and fromstringlist: expat's errors come out of the C parser's
  // feed or close, called from these lines of ElementTree.py.
  ...(
    [
      ['XML', 598, 'parser.feed(text)', '    parser.feed(text)', [1338, 1323, 1342, 1352]],
      ['XML', 599, 'return parser.close()', '    return parser.close()', [1339, 1324, 1343, 1353]],
      ['fromstringlist', 619, 'parser.feed(chunk)', '        parser.feed(text)', [1378, 1363, 1382, 1392]],
      ['fromstringlist', 620, 'return parser.close()', '    return parser.close()', [1379, 1364, 1383, 1393]],
    ] as const
  ).map(([func, at, ours, text, lines]) => ({
    ...st(
      'xml.etree.ElementTree',
      func,
      at,
      ours,
      'xml/etree/ElementTree.py',
      text,
      [...lines],
      text.trim().replace('return ', ''),
    ),
    source: 'xml_etree',
  })),
  // doctest: an example's exception comes out of the runner's exec of it (3.14 starts the
  // traceback it shows below that frame).
  named(
    '__run',
    st(
      'doctest',
      'DocTestRunner._attempt',
      572,
      'exec(compile(example.source, filename,',
      'doctest.py',
      DOCTEST_EXEC,
      [1353, 1359, 1395, null],
      DOCTEST_EXEC.trim(),
    ),
  ),
  refusal('mean', 182, "'mean requires at least one data point'", [432, 486, 490, 177]),
  refusal('median', 235, '"no median for empty data"', [565, 617, 637, 343]),
  refusal('median_low', 246, '"no median for empty data"', [588, 640, 660, 369]),
  refusal('median_high', 254, '"no median for empty data"', [610, 662, 682, 391]),
  refusal('median_grouped', 264, '"no median for empty data"', [660, 712, 732, 441]),
  refusal('mode', 279, "'no mode for empty data'", [713, 765, 785, 494], true),
  refusal('variance', 331, "'variance requires at least two data points'", [862, 914, 1151, 562]),
  refusal('pvariance', 338, "'pvariance requires at least one data point'", [903, 955, 1192, 605]),
  refusal('stdev', 375, "'stdev requires at least two data points'", [918, 970, 1207, 620]),
  refusal('pstdev', 382, "'pstdev requires at least one data point'", [936, 988, 1225, 643]),
];

function frameOf(s: StdlibStatement): LibraryFrame {
  const start = s.text.length - s.text.trimStart().length;
  const col = s.expr === undefined ? start : s.text.indexOf(s.expr);
  // The end column is in the expression's last line (a call over several lines ends in a later one).
  const end = col + (s.expr?.length ?? 0);
  const endCol = s.expr === undefined ? s.text.length : end - (s.text.lastIndexOf('\n', end - 1) + 1);
  return { file: s.file, stdlib: true, name: s.name, text: s.text, col, endCol, lines: s.lines, whole: s.whole };
}

/** The table's lines of the statements like one (same source, function and text). */
const likeOf = likeLines(STDLIB_STATEMENTS, (t) => `${t.source ?? t.module}:${t.func}:${t.ours}`);

/** The statement's line in our source (null: the table names no such statement, Loopline's own bug). */
export function stdlibStatementAt(s: StdlibStatement): number | null {
  const source: string | undefined = stdlibSources[(s.source ?? s.module) as keyof typeof stdlibSources];
  if (source === undefined) return null;
  // A comprehension's own frame (3.11's `<listcomp>`) is inside the function that has it.
  const func = s.func.replace(/\.<locals>\.<\w+>$/, '');
  return statementLine(sourceLines(source), func.slice(func.lastIndexOf('.') + 1), s.ours, s.at, likeOf(s));
}

let registered = false;

/** Register the statements (once: the sources do not change); each is found in our source when first needed. */
export function showStdlibStatements(): void {
  if (registered) return;
  registered = true;
  for (const s of STDLIB_STATEMENTS) showStatementAt(s.module, s.func, () => stdlibStatementAt(s), frameOf(s));
}
