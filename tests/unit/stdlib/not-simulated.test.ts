/**
 * Importing a standard-library module Loopline does not simulate raises ImportError saying so, at
 * the import's line; a module Python does not have keeps CPython's ModuleNotFoundError.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const notSimulated = (name: string) =>
  `ImportError: module '${name}' is part of Python's standard library but is not simulated in Loopline`;

describe('standard-library modules Loopline does not simulate', () => {
  it('says so at the import line, for modules and submodules', () => {
    for (const [line, name] of [
      ['import xml.dom', 'xml.dom'],
      ['from email.mime import text', 'email.mime'],
      ['import _ssl', '_ssl'],
      ['import multiprocessing.shared_memory', 'multiprocessing.shared_memory'],
      ['from multiprocessing import shared_memory', 'multiprocessing.shared_memory'],
    ]) {
      const r = simulate(`import asyncio\n\n${line}\n`, {}, 'p.py');
      expect(r.trace.error).toBe(notSimulated(name));
      expect(r.traceback).toContain('line 3, in <module>');
    }
  });

  it('is caught by except ImportError, and not by except ModuleNotFoundError', () => {
    const source = [
      'try:',
      '    import sqlite3',
      'except ModuleNotFoundError:',
      "    print('wrong handler')",
      'except ImportError as e:',
      '    print(type(e).__name__, e.name)',
    ].join('\n');
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('ImportError sqlite3\n');
  });

  it('refuses a function it lacks by name where the program uses it, while the module runs', () => {
    const r = simulate('import ast\nprint(ast.literal_eval("[1, 2]"))\nast.parse("x")\n', {}, 'p.py');
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('[1, 2]\n');
    expect(r.trace.error).toBe('loopline.NotSimulatedError: ast.parse is not simulated in Loopline');
    expect(r.traceback).toContain('line 3, in <module>');
  });

  it('keeps ModuleNotFoundError for a module Python does not have', () => {
    const r = simulate('import uvloop\n', {}, 'p.py');
    expect(r.trace.error).toBe("ModuleNotFoundError: No module named 'uvloop'");
  });

  it('still imports the modules it simulates, inside a task too', () => {
    const source = [
      'import asyncio',
      'async def main():',
      '    import heapq, json, statistics',
      '    print(json.dumps(heapq.nsmallest(2, [3, 1, 2])), statistics.mean([1, 2]))',
      '    import sqlite3',
      'asyncio.run(main())',
    ].join('\n');
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('[1, 2] 1.5\n');
    expect(r.trace.error).toBe(notSimulated('sqlite3'));
    expect(r.traceback).toContain('line 5, in main');
  });
});

describe('functions and methods CPython has and Loopline does not simulate', () => {
  const run = (source: string) => simulate(source, {}, 'p.py');
  const out = (r: ReturnType<typeof simulate>) => r.trace.stdout.map((e) => e.text).join('');

  it('name the missing module function or loop method at its line', () => {
    const fn = run('import asyncio\nasync def main():\n    asyncio.BufferedProtocol()\nasyncio.run(main())\n');
    expect(fn.trace.error).toBe('loopline.NotSimulatedError: asyncio.BufferedProtocol is not simulated in Loopline');
    expect(fn.traceback).toContain('line 3, in main');
    const method = run(
      'import asyncio\nasync def main():\n    await asyncio.get_running_loop().connect_read_pipe(asyncio.Protocol, None)\nasyncio.run(main())\n',
    );
    expect(method.trace.error).toBe(
      'loopline.NotSimulatedError: _UnixSelectorEventLoop.connect_read_pipe is not simulated in Loopline',
    );
    // add_reader runs on the program's sockets; another descriptor (stdin) is refused by number.
    const reader = run(
      'import asyncio\nasync def main():\n    asyncio.get_running_loop().add_reader(0, print)\nasyncio.run(main())\n',
    );
    expect(reader.trace.error).toBe(
      "loopline.NotSimulatedError: the event loop watching file descriptor 0 is not simulated in Loopline (only the program's own sockets)",
    );
  });

  it('say so in from-imports, as an ImportError; a stand-in asyncio has (as CPython has the name) says so when used', () => {
    const r = run('from asyncio.events import _RunningLoop\n');
    expect(r.trace.error).toBe(
      "ImportError: cannot import name '_RunningLoop' from 'asyncio.events': asyncio.events._RunningLoop is not simulated in Loopline",
    );
    const stand = run('from asyncio import BufferedProtocol\nprint(BufferedProtocol)\nBufferedProtocol()\n');
    expect(out(stand)).toBe("<class 'asyncio.protocols.BufferedProtocol'>\n");
    expect(stand.trace.error).toBe('loopline.NotSimulatedError: asyncio.BufferedProtocol is not simulated in Loopline');
    expect(stand.traceback).toContain('line 3, in <module>');
  });

  it('leave names CPython lacks too, and user classes, as plain AttributeErrors', () => {
    const r = run(
      [
        'import asyncio',
        'class Loop:',
        '    pass',
        'for obj, name in ((asyncio, "no_such_thing"), (Loop(), "add_reader"), ("s", "nope")):',
        '    try:',
        '        getattr(obj, name)',
        '    except AttributeError as e:',
        '        print(type(e).__name__, e)',
        'try:',
        '    asyncio.events._RunningLoop',
        'except AttributeError as e:',
        '    print("caught as AttributeError:", type(e).__name__)',
      ].join('\n'),
    );
    expect(r.trace.error).toBeNull();
    expect(out(r)).toBe(
      [
        "AttributeError module 'asyncio' has no attribute 'no_such_thing'",
        "AttributeError 'Loop' object has no attribute 'add_reader'",
        "AttributeError 'str' object has no attribute 'nope'",
        'caught as AttributeError: NotSimulatedError',
        '',
      ].join('\n'),
    );
  });

  it('exist for hasattr, and getattr with a default raises rather than take a branch CPython would not', () => {
    const r = run(
      [
        'import asyncio',
        'print(hasattr(asyncio.events, "_RunningLoop"), hasattr(asyncio, "no_such_thing"), hasattr(asyncio, "sleep"))',
        'print(getattr(asyncio, "no_such_thing", "default"))',
        'async def main():',
        '    print(hasattr(asyncio.get_running_loop(), "add_reader"))',
        '    spawn = getattr(asyncio.events, "_RunningLoop", None)',
        '    print("unreached", spawn)',
        'asyncio.run(main())',
      ].join('\n'),
    );
    expect(out(r)).toBe('True False True\ndefault\nTrue\n');
    expect(r.trace.error).toBe('loopline.NotSimulatedError: asyncio.events._RunningLoop is not simulated in Loopline');
    expect(r.traceback).toContain('line 6, in main');
  });

  it("follow the version's own names: 3.14 dropped the child watchers (3.13's are stand-ins) and added asyncio.graph", () => {
    const source = [
      'import asyncio',
      'for name in ("get_child_watcher", "graph", "AbstractEventLoopPolicy"):',
      '    try:',
      '        getattr(asyncio, name)',
      '    except AttributeError as e:',
      '        print(type(e).__name__, e)',
    ].join('\n');
    const on = (python: '3.11' | '3.12' | '3.13' | '3.14') => out(simulate(source, { python }, 'p.py'));
    expect(on('3.14')).toBe(
      [
        "AttributeError module 'asyncio' has no attribute 'get_child_watcher'",
        'NotSimulatedError asyncio.AbstractEventLoopPolicy is not simulated in Loopline',
        '',
      ].join('\n'),
    );
    expect(on('3.13')).toBe(["AttributeError module 'asyncio' has no attribute 'graph'", ''].join('\n'));
    // 3.11 and 3.12 have 3.13's names here (scripts/cpython-names-older.py).
    for (const python of ['3.11', '3.12'] as const) expect(on(python)).toBe(on('3.13'));
  });

  it("say so for what asyncio lacks (the loop's pipes) and for streams to other hosts on every version, at the line", () => {
    const source = [
      'import asyncio',
      'async def main():',
      '    for name in ("open_connection", "start_server", "StreamReader", "StreamWriter",',
      '                 "create_subprocess_exec", "create_subprocess_shell", "subprocess", "BufferedProtocol"):',
      '        try:',
      '            getattr(asyncio, name)',
      '        except AttributeError as e:',
      '            print(type(e).__name__, e)',
      '    loop = asyncio.get_running_loop()',
      '    for name in ("create_connection", "create_server", "subprocess_exec", "connect_read_pipe"):',
      '        try:',
      '            getattr(loop, name)',
      '        except AttributeError as e:',
      '            print(type(e).__name__, e)',
      '    reader, writer = await asyncio.open_connection("example.com", 80)',
      'asyncio.run(main())',
    ].join('\n');
    for (const python of ['3.11', '3.12', '3.13', '3.14'] as const) {
      const r = simulate(source, { python }, 'p.py');
      // Streams (loopback only), subprocesses and the loop's create_connection/create_server are simulated.
      const said = ['_UnixSelectorEventLoop.connect_read_pipe'].map(
        (n) => `NotSimulatedError ${n} is not simulated in Loopline\n`,
      );
      expect(out(r), python).toBe(said.join(''));
      expect(r.trace.error, python).toBe(
        "loopline.NotSimulatedError: a connection to host 'example.com' is not simulated in Loopline" +
          ' (only 127.0.0.1, ::1 and localhost: the program talking to itself)',
      );
      expect(r.traceback, python).toContain('line 15, in main');
    }
  });

  it('say so for UDP endpoints beyond loopback and for their socket options, at the line', () => {
    const refused: [string, string][] = [
      ['remote_addr=("example.com", 53)', "a datagram endpoint to host 'example.com' is not simulated in Loopline"],
      ['local_addr=("10.0.0.1", 9000)', "a datagram endpoint on host '10.0.0.1' is not simulated in Loopline"],
      [
        'local_addr=("127.0.0.1", 9000), allow_broadcast=True',
        'create_datagram_endpoint(allow_broadcast=True) is not simulated in Loopline',
      ],
      ['local_addr=("127.0.0.1", 9000), reuse_port=True', 'create_datagram_endpoint(reuse_port=True) is not simulated'],
      ['family=1, local_addr="/tmp/u"', 'create_datagram_endpoint(family=socket.AF_UNIX)'],
    ];
    for (const [args, message] of refused) {
      const source = [
        'import asyncio',
        'async def main():',
        '    loop = asyncio.get_running_loop()',
        `    await loop.create_datagram_endpoint(asyncio.DatagramProtocol, ${args})`,
        'asyncio.run(main())',
      ].join('\n');
      const r = simulate(source, { python: '3.13' }, 'p.py');
      expect(r.trace.error, args).toContain(`loopline.NotSimulatedError: ${message}`);
      expect(r.traceback, args).toContain('line 4, in main');
    }
    // A send to another host is refused at the send, not taken for the transport's failure.
    const send = [
      'import asyncio',
      'async def main():',
      '    loop = asyncio.get_running_loop()',
      '    t, p = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 9000))',
      '    t.sendto(b"x", ("8.8.8.8", 53))',
      'asyncio.run(main())',
    ].join('\n');
    const r = simulate(send, { python: '3.12' }, 'p.py');
    expect(r.trace.error).toContain("a datagram to host '8.8.8.8' is not simulated in Loopline");
    expect(r.traceback).toContain('line 5, in main');
  });

  it('say so for Unix sockets beyond paths of the file system, at the line', () => {
    const refused: [string, string][] = [
      ['asyncio.start_unix_server(None, "\\0abstract")', 'abstract Unix socket names'],
      ['asyncio.open_unix_connection("/tmp/s", ssl=True)', 'create_unix_connection(ssl=...) is not simulated'],
      ['loop.create_unix_server(asyncio.Protocol, sock=object())', 'create_unix_server(sock=...) is not simulated'],
      ['loop.create_unix_connection(asyncio.Protocol, sock=object())', 'create_unix_connection(sock=...)'],
    ];
    for (const [call, message] of refused) {
      const source = [
        'import asyncio',
        'async def main():',
        '    loop = asyncio.get_running_loop()',
        `    await ${call}`,
        'asyncio.run(main())',
      ].join('\n');
      const r = simulate(source, { python: '3.13' }, 'p.py');
      expect(r.trace.error, call).toContain(`loopline.NotSimulatedError: ${message}`);
      expect(r.traceback, call).toContain('line 4, in main');
    }
  });

  it('say so for what the socket module leaves out (other hosts, raw sockets, dup, select on files), at the line', () => {
    const refused: [string, string][] = [
      [
        'socket.create_connection(("example.com", 80))',
        "connect() on address 'example.com' is not simulated in Loopline",
      ],
      ['socket.socket().bind(("10.0.0.1", 80))', "bind() on address '10.0.0.1' is not simulated in Loopline"],
      ['socket.gethostbyname("python.org")', "resolving 'python.org' is not simulated in Loopline"],
      ['socket.socket(socket.AF_INET, socket.SOCK_RAW)', 'raw sockets (SOCK_RAW) is not simulated in Loopline'],
      [
        'socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)',
        'Unix datagram sockets (AF_UNIX, SOCK_DGRAM) is not simulated',
      ],
      ['socket.socket().dup()', 'socket.dup() is not simulated in Loopline'],
      ['__import__("select").select([0], [], [], 0)', 'select() on file descriptor 0 is not simulated in Loopline'],
      ['__import__("selectors").DefaultSelector().register(0, 1)', 'epoll on file descriptor 0 is not simulated'],
      ['socket.getfqdn()', 'socket.getfqdn is not simulated in Loopline'],
      [
        'socket.socket().setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)',
        'broadcast (SO_BROADCAST) is not simulated',
      ],
    ];
    for (const [call, message] of refused) {
      const source = ['import socket', 'x = 1', `${call}`].join('\n');
      const r = simulate(source, { python: '3.13' }, 'p.py');
      expect(r.trace.error, call).toContain(`loopline.NotSimulatedError: ${message}`);
      expect(r.traceback, call).toContain('line 3, in <module>');
    }
  });

  it('say so for a codec that is no text encoding, which codecs.encode takes in CPython (str.encode keeps its LookupError)', () => {
    const r = run(
      [
        'import codecs',
        'try:',
        '    "x".encode("rot13")',
        'except LookupError as e:',
        '    print(e)',
        'print(codecs.encode("hi", "rot13"))',
      ].join('\n'),
    );
    expect(out(r)).toBe("'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs\n");
    expect(r.trace.error).toBe("loopline.NotSimulatedError: the 'rot13' codec is not simulated in Loopline");
    expect(r.traceback).toContain('line 6, in <module>');
  });

  it("say so for a name `import *` would bind from CPython's module, at the line that uses it", () => {
    const cases: [string[], string][] = [
      [['from shutil import *', 'x = 1', "disk_usage('/')"], 'shutil.disk_usage is not simulated in Loopline'],
      // A module without __all__: its public names.
      [['from time import *', 'x = 1', 'clock_getres(0)'], 'time.clock_getres is not simulated in Loopline'],
      // Read from a function, and from a class body.
      [['from shutil import *', 'def f(): return disk_usage', 'f()'], 'shutil.disk_usage is not simulated'],
      [['from shutil import *', 'class C:', '    d = disk_usage'], 'shutil.disk_usage is not simulated'],
    ];
    for (const [lines, message] of cases) {
      const r = simulate(lines.join('\n'), { python: '3.13' }, 'p.py');
      expect(r.trace.error, lines.join('; ')).toContain(`loopline.NotSimulatedError: ${message}`);
      expect(r.traceback, lines.join('; ')).toContain('line 3, in ');
    }
  });

  it("keep CPython's NameError for names `import *` does not bind, and for the program's own deleted ones", () => {
    const cases: [string[], string][] = [
      // shutil has os, but not in its __all__.
      [
        ['from shutil import *', 'x = 1', 'os.getcwd()'],
        "NameError: name 'os' is not defined. Did you forget to import 'os'?",
      ],
      [['from json import *', 'x = 1', 'decoder'], "NameError: name 'decoder' is not defined"],
      [
        ['from shutil import *', 'disk_usage = 1', 'del disk_usage', 'disk_usage'],
        "NameError: name 'disk_usage' is not defined",
      ],
    ];
    for (const [lines, message] of cases) {
      const r = simulate(lines.join('\n'), { python: '3.13' }, 'p.py');
      expect(r.trace.error, lines.join('; ')).toBe(message);
    }
    // The program's own definition is used.
    const own = simulate("from shutil import *\ndef disk_usage(p): return p\nprint(disk_usage('/'))", {}, 'p.py');
    expect(own.trace.error).toBeNull();
    expect(own.trace.stdout.map((e) => e.text).join('')).toBe('/\n');
  });
});
