/**
 * asyncio's networking (sim/py/sockets.py to sock_methods.py: the selector over the program's
 * sockets, transports, servers, protocols, streams, datagrams, Unix sockets and the loop's sock_*
 * methods) is more than half of the Python asyncio runs at import, and most programs never open a
 * socket: as the subprocesses (sim/lazy-subprocesses.ts), it runs when a program first needs one of
 * the names it makes (reads it, lists the module's names, deletes it: runtime/lazy-names.ts), not at
 * `import asyncio`. Then each name goes where a run that made it at import would have it (asyncio's
 * namespace, its submodules, the loop's class), except where the program has set one.
 */
import { PyModule, classesChanged, type PyClass, type PyValue } from '../runtime/core';
import { addLazyNames, insertAfter, placeMade } from '../runtime/lazy-names';
import { call, getattr } from '../runtime/ops';
import { run } from '../runtime/run';
import { runLibrary } from '../interp/library';
import { placeAsyncioFunctions } from './function-modules';
import { abstractLoopClass, baseLoopClass, loopClass, selectorLoopClass } from './base_events';
import { asyncioSources } from './py';
import { hideLibraryNames } from '../runtime/module-vars';
import type { LaterName } from './lazy-subprocesses';

/** The parts of asyncioSources that make the networking, in the order they run. */
export const NETWORK_PARTS = [
  'sockets',
  'transports',
  'servers',
  'protocols',
  'streams',
  'datagrams',
  'unix',
  'sockMethods',
] as const;

/**
 * The names those parts leave in asyncio's namespace, in the order they make them (those they
 * delete again are not among them; a unit test checks the list against the files).
 */
export const NETWORK_NAMES: ReadonlySet<string> = new Set([
  '_EVENT_READ',
  '_EVENT_WRITE',
  '_AF_INET',
  '_AF_INET6',
  '_AF_UNIX',
  '_LOOPBACK',
  '_WILDCARD',
  '_net',
  '_Socket',
  '_DatagramSocket',
  '_UnixSocket',
  '_datagram_socket_at',
  '_Selector',
  '_selectors',
  '_selector',
  '_add_reader',
  '_add_writer',
  '_remove_reader',
  '_remove_writer',
  '_MAX_SIZE',
  '_set_result_unless_cancelled',
  '_address_or_none',
  'BaseTransport',
  'ReadTransport',
  'WriteTransport',
  'Transport',
  'DatagramTransport',
  '_SelectorTransport',
  '_SelectorSocketTransport',
  '_TransportSocket',
  '_resolve',
  '_getaddrinfo',
  '_ensure_resolved',
  '_given_socket',
  'Server',
  '_BEL',
  '_BSEL',
  '_CONNECTION_DEFAULTS',
  '_SERVER_DEFAULTS',
  '_SERVER_OPTIONS',
  '_check_keywords',
  'BaseProtocol',
  'Protocol',
  'DatagramProtocol',
  '_given',
  '_loop_create_server',
  '_loop_create_connection',
  '_named_as_loop_method',
  '_DEFAULT_LIMIT',
  '_EMPTY',
  '_NEWLINE',
  '_settle',
  'IncompleteReadError',
  'LimitOverrunError',
  'StreamReaderProtocol',
  'StreamWriter',
  'StreamReader',
  'open_connection',
  'start_server',
  '_FlowControlMixin',
  '_DATAGRAM_WILDCARDS',
  '_DATAGRAM_BASE',
  '_SelectorDatagramTransport',
  '_datagram_address',
  '_datagram_socket',
  '_given_datagram_socket',
  '_loop_create_datagram_endpoint',
  '_unix_stop_serving',
  '_unix_path',
  '_check_ssl',
  '_loop_create_unix_connection',
  '_loop_create_unix_server',
  '_unix_server',
  'open_unix_connection',
  'start_unix_server',
  '_endpoint',
  '_check_non_blocking',
  '_fd_endpoint',
  '_attempt',
  '_accept_non_blocking',
  '_SOCK',
]);

/**
 * The loop's methods the networking gives the loop classes, each on the class CPython defines it on,
 * with the name each comes from (`_SOCK.x`: the attribute of sock_methods.py's holder), in the order
 * makeAsyncio would set them: BaseEventLoop's right after its threads.py methods, the Unix loop's
 * after its own, BaseSelectorEventLoop's at its end.
 */
function loopMethods(): [PyClass, string, [name: string, from: string][]][] {
  const sock = [
    'sock_accept',
    'sock_connect',
    'sock_recv',
    'sock_recv_into',
    'sock_recvfrom',
    'sock_sendall',
    'sock_sendto',
    'add_reader',
    'add_writer',
    'remove_reader',
    'remove_writer',
  ];
  return [
    [
      baseLoopClass,
      'shutdown_default_executor',
      [
        ['create_server', '_loop_create_server'],
        ['create_connection', '_loop_create_connection'],
        ['create_datagram_endpoint', '_loop_create_datagram_endpoint'],
      ],
    ],
    [
      loopClass,
      '_executor_shutdown_called',
      [
        ['create_unix_server', '_loop_create_unix_server'],
        ['create_unix_connection', '_loop_create_unix_connection'],
      ],
    ],
    [selectorLoopClass, '', sock.map((n): [string, string] => [n, `_SOCK.${n}`])],
  ];
}

/** AbstractEventLoop's methods of the networking's names, each with the name before it in its dict (taken once). */
let abstractSaved: [name: string, value: PyValue, anchor: string][] | null = null;

/**
 * AbstractEventLoop's own methods (NotImplementedError) of `names`, taken out of its dict until the
 * networking is made: along a loop's MRO they would be found before the lazy methods they stand
 * under, and hide them.
 */
function abstractOnes(names: ReadonlySet<string>): [string, PyValue, string][] {
  const dict = abstractLoopClass.dict!;
  if (abstractSaved === null) {
    const keys = [...dict.keys()];
    abstractSaved = keys.flatMap((k, i): [string, PyValue, string][] =>
      names.has(k) ? [[k, dict.get(k)!, keys[i - 1] ?? '']] : [],
    );
  }
  for (const [name] of abstractSaved) dict.delete(name);
  return abstractSaved;
}

/**
 * A stand-in (stubs.py) for a name Loopline does not simulate: made with the networking, whose
 * BaseProtocol is BufferedProtocol's base (and so most programs make none).
 */
export interface LaterStub {
  name: string;
  /** `_stub`'s arguments but the base, and the name of the base (null: none). */
  args: PyValue[];
  base: string | null;
  /** What makes it instead of `_stub` (a C-accelerated name's built-in). */
  make?: () => PyValue;
}

/**
 * Sets asyncio's networking and its stand-ins up to be made when first needed. `asyncio` is the
 * module (`m` its namespace), which holds `before` ahead of the networking's names had they been
 * made at import, and `stubAnchor` right ahead of the stand-ins `stubs`; `submodules` hold some
 * of their names, each after an anchor. Returns what makes them now (nothing once they are made),
 * for the parts that need them first.
 */
export function lazyNetwork(
  asyncio: PyModule,
  m: Map<string, PyValue>,
  before: ReadonlySet<string>,
  submodules: [PyModule, LaterName[]][],
  stubAnchor: string,
  stubs: LaterStub[],
): () => void {
  // The loop classes are shared by every run: not with another run's methods.
  const methods = loopMethods();
  for (const [cls, , names] of methods) for (const [name] of names) cls.dict!.delete(name);
  const abstract = abstractOnes(new Set(methods.flatMap(([, , names]) => names.map(([n]) => n))));
  // BaseSelectorEventLoop's go at its end (as it is now, without them).
  const anchors = methods.map(([cls, anchor]) => anchor || ([...cls.dict!.keys()].pop() ?? ''));
  classesChanged();
  const stubFn = m.get('_stub')!;
  let done = false;
  const fill = () => {
    // Listing every lazy part of asyncio may come here twice (the subprocesses need these first).
    if (done) return;
    done = true;
    const saved = new Map(m);
    for (const part of NETWORK_PARTS) runLibrary('asyncio', asyncioSources[part], m);
    // Library code ran: what the library reaches is to be marked again (sim/lifetimes.ts).
    run.libraryRuns++;
    const made = new Map<string, PyValue>();
    for (const k of NETWORK_NAMES) if (m.has(k)) made.set(k, m.get(k)!);
    placeAsyncioFunctions(made);
    // The names made before them, theirs (a value the program set meanwhile kept), then the rest;
    // a name of `before` the parts bound and deleted again (BaseEventLoop) keeps its value too.
    placeMade(m, saved, before, made);
    const stand: [string, PyValue][] = [];
    for (const s of stubs) {
      const base = s.base === null ? null : (made.get(s.base) ?? null);
      const v = s.make !== undefined ? s.make() : call(stubFn, [...s.args.slice(0, 3), base, s.args[3]], null);
      made.set(s.name, v);
      stand.push([s.name, v]);
    }
    insertAfter(m, stubAnchor, stand);
    // Its helpers are hidden as those of the rest of asyncio are (stdlib/modules.ts).
    hideLibraryNames(asyncio, made.keys());
    for (const [sub, later] of submodules)
      for (const [name, anchor, from] of later) {
        const v = made.get(from);
        if (v !== undefined) insertAfter(sub.dict!, anchor, [[name, v]]);
      }
    const sock = made.get('_SOCK')!;
    methods.forEach(([cls, , names], i) =>
      insertAfter(
        cls.dict!,
        anchors[i],
        names.map(([name, from]): [string, PyValue] => [
          name,
          from.startsWith('_SOCK.') ? getattr(sock, from.slice(6)) : made.get(from)!,
        ]),
      ),
    );
    for (const [name, v, anchor] of abstract) insertAfter(abstractLoopClass.dict!, anchor, [[name, v]]);
    classesChanged();
  };
  const stubNames = stubs.map((s) => s.name);
  addLazyNames(asyncio, new Set([...NETWORK_NAMES, ...stubNames, '__dict__']), fill);
  for (const [sub, later] of submodules) addLazyNames(sub, new Set([...later.map(([n]) => n), '__dict__']), fill);
  for (const [cls, , names] of methods) addLazyNames(cls, new Set(names.map(([n]) => n)), fill);
  addLazyNames(abstractLoopClass, new Set(abstract.map(([n]) => n)), fill);
  return fill;
}
