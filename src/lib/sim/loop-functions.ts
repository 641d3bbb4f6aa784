/**
 * The event loop's methods as a program sees them: CPython writes them in Python on the class that
 * defines each one (`BaseEventLoop.call_soon`, `BaseSelectorEventLoop.add_reader`,
 * `_UnixSelectorEventLoop.close`), so read on that class one is a `function`
 * (`<function BaseEventLoop.call_soon at 0x...>`), and read on a loop a bound `method` whose
 * `__func__` is that function and whose `__self__` is the loop. Loopline runs them natively: each
 * such function calls its native with the loop and the arguments bound against CPython's signature.
 */
import { functionClass, pyError, typeName, type KwArgs, type PyClass, type PyValue } from '../runtime/core';
import { PyFunctionBase, setFunctionAttr } from '../runtime/callable';
import { classesChanged } from '../runtime/core';
import { signature, type Signature } from '../runtime/signature';
import { run } from '../runtime/run';
import { libraryDoc } from '../runtime/builtin-docs';

/** A native called with its loop (`self`) and the rest of the call's arguments as given. */
export type RawLoopImpl = (self: PyValue, args: PyValue[], kw: KwArgs) => PyValue;

/** One of the loop classes' methods, shown as the Python function CPython has there. */
export class LoopFunction extends PyFunctionBase {
  module: PyValue;
  /** Its parameters as CPython writes them (`(self, delay, callback, *args, context=None)`), for inspect.signature. */
  pySig: string | (() => string) | undefined = undefined;
  constructor(
    public name: string,
    public qualname: string,
    module: string,
    private readonly impl: RawLoopImpl,
    /** Binds a call made on the class with no positional argument, `self` included (`f(self=loop)`). */
    private readonly unbound: () => Signature,
  ) {
    super(functionClass);
    this.module = module;
  }

  call(args: PyValue[], kw: KwArgs): PyValue {
    if (args.length > 0) return this.impl(args[0], args.slice(1), kw);
    // Called on the class without a loop: `self` is a parameter like the others.
    const [self] = this.unbound().bind(args, kw);
    const rest = new Map(kw);
    rest.delete('self');
    return this.impl(self, [], rest.size ? rest : null);
  }

  callWithSelf(self: PyValue, args: PyValue[], kw: KwArgs): PyValue {
    return this.impl(self, args, kw);
  }

  getAttr(_o: unknown, name: string): PyValue | undefined {
    switch (name) {
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
      case '__module__':
        return this.module;
      case '__doc__':
        // CPython's docstring is its own text, not ours to copy (runtime/builtin-docs.ts).
        return libraryDoc(`${String(this.module)}.${this.qualname}`);
      case '__code__':
      case '__defaults__':
      case '__kwdefaults__':
      case '__globals__':
      case '__annotations__':
        throw pyError('NotSimulatedError', `${this.qualname}.${name} is not simulated in Loopline`);
    }
    return undefined;
  }

  setAttr(name: string, v: PyValue): boolean {
    return setFunctionAttr(this, name, v);
  }
}

/** `def (self, a, b=1)` with `self` an ordinary parameter, for a call on the class that names it. */
function unboundSignature(name: string, sig: string, qualname: string): () => Signature {
  let s: Signature | null = null;
  // The binder takes a leading `self` for the method's own: a second one is a parameter.
  return () => (s ??= signature(name, sig.replace(/^def \(self\b/, 'def (self, self'), qualname));
}

/**
 * Puts `name` on `cls` as a function with CPython's qualname there, its arguments bound by `sig`
 * (`def (self, callback, *args, context=None)`) and `impl` called with the loop and their values.
 * `isLoop` says whether `self` is a loop Loopline runs; another object is not simulated.
 */
export function defLoopFunction(
  cls: PyClass,
  name: string,
  sig: string,
  impl: (self: PyValue, a: PyValue[]) => PyValue,
  isLoop: (self: PyValue) => boolean,
): LoopFunction {
  const qualname = `${cls.name}.${name}`;
  let s: Signature | null = null;
  const f = placeLoopFunction(
    cls,
    name,
    (self, args, kw) => {
      if (!isLoop(self))
        throw pyError('NotSimulatedError', `${qualname}() on a ${typeName(self)} object is not simulated in Loopline`);
      return impl(self, (s ??= signature(name, sig, qualname)).bind(args, kw));
    },
    unboundSignature(name, sig, qualname),
  );
  f.pySig = sig.replace(/^def /, '');
  return f;
}

/** Puts a loop function on `cls` whose native binds its own arguments (`impl` gets them as given). */
export function placeLoopFunction(
  cls: PyClass,
  name: string,
  impl: RawLoopImpl,
  unbound: () => Signature,
): LoopFunction {
  const f = new LoopFunction(name, `${cls.name}.${name}`, cls.module ?? 'builtins', impl, unbound);
  cls.dict!.set(name, f);
  classesChanged();
  return f;
}

/**
 * AbstractEventLoop's methods (asyncio/events.py): each takes CPython's parameters and raises
 * NotImplementedError; those written `async def` return a coroutine that raises it when run.
 * The same names and parameters in 3.11-3.14 but create_server's keep_alive (3.13).
 */
const ABSTRACT: [name: string, params: string, isAsync?: boolean][] = [
  ['run_forever', ''],
  ['run_until_complete', 'future'],
  ['stop', ''],
  ['is_running', ''],
  ['is_closed', ''],
  ['close', ''],
  ['shutdown_asyncgens', '', true],
  ['shutdown_default_executor', '', true],
  ['_timer_handle_cancelled', 'handle'],
  ['call_soon', 'callback, *args, context=None'],
  ['call_later', 'delay, callback, *args, context=None'],
  ['call_at', 'when, callback, *args, context=None'],
  ['time', ''],
  ['create_future', ''],
  ['create_task', 'coro, *, name=None, context=None'],
  ['call_soon_threadsafe', 'callback, *args, context=None'],
  ['run_in_executor', 'executor, func, *args'],
  ['set_default_executor', 'executor'],
  ['getaddrinfo', 'host, port, *, family=0, type=0, proto=0, flags=0', true],
  ['getnameinfo', 'sockaddr, flags=0', true],
  [
    'create_connection',
    'protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0, flags=0, sock=None, local_addr=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, happy_eyeballs_delay=None, interleave=None',
    true,
  ],
  ['create_server', 'SERVER', true],
  ['sendfile', 'transport, file, offset=0, count=None, *, fallback=True', true],
  [
    'start_tls',
    'transport, protocol, sslcontext, *, server_side=False, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None',
    true,
  ],
  [
    'create_unix_connection',
    'protocol_factory, path=None, *, ssl=None, sock=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None',
    true,
  ],
  [
    'create_unix_server',
    'protocol_factory, path=None, *, sock=None, backlog=100, ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True',
    true,
  ],
  [
    'connect_accepted_socket',
    'protocol_factory, sock, *, ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None',
    true,
  ],
  [
    'create_datagram_endpoint',
    'protocol_factory, local_addr=None, remote_addr=None, *, family=0, proto=0, flags=0, reuse_address=None, reuse_port=None, allow_broadcast=None, sock=None',
    true,
  ],
  ['connect_read_pipe', 'protocol_factory, pipe', true],
  ['connect_write_pipe', 'protocol_factory, pipe', true],
  ['subprocess_shell', 'protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1, **kwargs', true],
  ['subprocess_exec', 'protocol_factory, *args, stdin=-1, stdout=-1, stderr=-1, **kwargs', true],
  ['add_reader', 'fd, callback, *args'],
  ['remove_reader', 'fd'],
  ['add_writer', 'fd, callback, *args'],
  ['remove_writer', 'fd'],
  ['sock_recv', 'sock, nbytes', true],
  ['sock_recv_into', 'sock, buf', true],
  ['sock_recvfrom', 'sock, bufsize', true],
  ['sock_recvfrom_into', 'sock, buf, nbytes=0', true],
  ['sock_sendall', 'sock, data', true],
  ['sock_sendto', 'sock, data, address', true],
  ['sock_connect', 'sock, address', true],
  ['sock_accept', 'sock', true],
  ['sock_sendfile', 'sock, file, offset=0, count=None, *, fallback=None', true],
  ['add_signal_handler', 'sig, callback, *args'],
  ['remove_signal_handler', 'sig'],
  ['set_task_factory', 'factory'],
  ['get_task_factory', ''],
  ['get_exception_handler', ''],
  ['set_exception_handler', 'handler'],
  ['default_exception_handler', 'context'],
  ['call_exception_handler', 'context'],
  ['get_debug', ''],
  ['set_debug', 'enabled'],
];

/** create_server's parameters in the simulated version (its enum defaults as their values). */
function serverParams(): string {
  const keepAlive = run.minor >= 13 ? ' keep_alive=None,' : '';
  return `protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,${keepAlive} ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True`;
}

/**
 * Puts AbstractEventLoop's methods on `cls`. `coroutine(name, qualname)` makes the coroutine an
 * `async def` one returns (raising NotImplementedError when first run). `**kwargs` takes what is left.
 */
/** AbstractEventLoop's methods: read through a loop Loopline runs, one is a concrete method Loopline lacks. */
export const abstractLoopFunctions = new Set<PyValue>();

/** `loop.name`, a method CPython's concrete loop has and Loopline's lacks. */
export function notSimulatedOn(loop: PyValue, name: string): ReturnType<typeof pyError> {
  return pyError('NotSimulatedError', `${typeName(loop)}.${name} is not simulated in Loopline`);
}

export function installAbstractLoop(
  cls: PyClass,
  coroutine: (name: string, qualname: string) => PyValue,
  isLoop: (self: PyValue) => boolean,
): void {
  for (const [name, given, isAsync] of ABSTRACT) {
    const qualname = `${cls.name}.${name}`;
    // The binder takes no **kwargs: such a method's keywords are checked by name only when known.
    const varKw = given.includes('**kwargs');
    const made = new Map<string, Signature>();
    // Parsed when first called (create_server's differs by version).
    const text = () => {
      const params = given === 'SERVER' ? serverParams() : given;
      return `def (self${params ? ', ' : ''}${params.replace(/, \*\*kwargs$/, '')})`;
    };
    const sig = () => {
      const t = text();
      let s = made.get(t);
      if (s === undefined) made.set(t, (s = signature(name, t, qualname)));
      return s;
    };
    const f = placeLoopFunction(
      cls,
      name,
      (self, args, kw) => {
        // Called on a loop Loopline runs (AbstractEventLoop.x(loop)): a method of CPython's concrete loop it lacks.
        if (isLoop(self)) throw notSimulatedOn(self, name);
        if (varKw) {
          const known = new Set(sig().names);
          const rest = kw === null ? null : new Map([...kw].filter(([k]) => known.has(k)));
          sig().bind(args, rest);
        } else sig().bind(args, kw);
        if (isAsync) return coroutine(name, qualname);
        throw pyError('NotImplementedError');
      },
      () => unboundSignature(name, text(), qualname)(),
    );
    abstractLoopFunctions.add(f);
  }
}
