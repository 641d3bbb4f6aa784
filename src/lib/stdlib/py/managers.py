# multiprocessing.managers on simulated processes (src/lib/sim/threads.md, "Managers"): a manager
# is a server process of its own (SyncManager-N) that holds the shared objects; a proxy's every
# call is a round trip to it. As in CPython, each proxy has one connection per process and thread
# that uses it, and the server serves each connection in a thread of its own (so a call that
# blocks there, a Lock's acquire or a Queue's get, holds up only its caller). A connection is a
# pair of queues; what crosses is copied as pickle copies it. Written for Loopline after CPython's
# Lib/multiprocessing/managers.py.

import _processes
import _thread
import array
import collections.abc
import queue as _queue
import sys
import threading
import types
import multiprocessing as _mp
from _stdlib_native import idle_for_work as _idle_for_work

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'SharedMemoryManager']


class Token(object):
    """What names a shared object: its type's id, its manager's address and its id there."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (
            self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def all_methods(obj):
    # A docstring is never a method, and a library's may not be read here (NotSimulatedError).
    return [name for name in dir(obj) if name != '__doc__' and callable(getattr(obj, name))]


def public_methods(obj):
    return [name for name in all_methods(obj) if name[0] != '_']


# ---------------------------------------------------------------------------------- the server


class _Connection:
    """One client's connection (a process's thread): its requests and the server's replies."""

    def __init__(self):
        self.requests = _queue.Queue()
        self.replies = _queue.Queue()
        self.served = False  # has the server a thread for it yet


class _Server:
    """What the manager's process holds: the shared objects, by id, and the connections."""

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.accepts = _queue.Queue()
        self.objects = {}
        self.exposed = {}
        self.next_id = 0
        self.connections = []
        self.clients = {}  # (pid, thread) -> its connection, used by all proxies there
        self.running = True

    def store(self, obj, exposed, method_to_typeid, round_trips):
        self.next_id += 1
        ident = '%x_%d' % (self.next_id, self.next_id)
        self.objects[ident] = obj
        self.exposed[ident] = (exposed, method_to_typeid, round_trips)
        return ident

    def round_trip(self, ident, methodname):
        """Does this call go to the caller's thread in the manager (_ROUND_TRIPS)?"""
        round_trips = self.exposed[ident][2]
        return round_trips is None or methodname in round_trips


def _run_server(server, initializer, initargs):
    """The manager process's main thread: it takes each new connection and starts its thread."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        _idle_for_work("SyncManager")
        try:
            conn = server.accepts.get()
        finally:
            _idle_for_work(None)
        if conn is None:
            break
        server.connections.append(conn)
        threading.Thread(target=_serve_client, args=(server, conn), daemon=True).start()
    for conn in server.connections:
        conn.requests.put(None)


def _request(server, conn, request, wait):
    """A request's reply: from a thread of the manager (a round trip) if it may wait there."""
    if not wait:
        return _answer(server, request)
    if not conn.served:
        conn.served = True
        server.accepts.put(conn)
    conn.requests.put(request)
    return conn.replies.get()


def _serve_client(server, conn):
    """A connection's thread in the manager: runs each request on the object it names."""
    while True:
        request = conn.requests.get()
        if request is None:
            return
        conn.replies.put(_answer(server, request))


def _connection(server):
    """The running thread's connection to the manager, shared by all its proxies there (CPython's
    is thread-local for the manager's address, and new after a fork)."""
    key = (_processes.getpid(), _thread.get_ident())
    conn = server.clients.get(key)
    if not server.running:
        if conn is not None:
            raise BrokenPipeError(32, 'Broken pipe')
        # The manager's socket file is gone.
        raise FileNotFoundError(2, 'No such file or directory')
    if conn is None:
        conn = server.clients[key] = _Connection()
    return conn


def _reply_value(value):
    # The views of a dict cross as lists (CPython's managers register that reduction).
    if isinstance(value, (type({}.keys()), type({}.values()), type({}.items()))):
        return list(value)
    return value


def _answer(server, request):
    """The reply to one request, (kind, value) as CPython's server sends it."""
    ident, methodname, args, kwds = request
    try:
        if ident is None:
            reply = ('#RETURN', _create(server, *args))
        else:
            reply = _call(server, ident, methodname, args, kwds)
    except Exception as e:
        e.__traceback__ = None
        e.__context__ = None
        reply = ('#ERROR', e)
    try:
        return (reply[0], _mp._send(reply[1]))
    except Exception as e:
        return ('#UNSERIALIZABLE', '%s(%r)' % (type(e).__name__, str(e)))


def _create(server, typeid, args, kwds):
    callable, exposed, method_to_typeid, proxytype = server.registry[typeid]
    obj = callable(*args, **kwds)
    if exposed is None:
        exposed = public_methods(obj)
    round_trips = _round_trips(callable, obj)
    return server.store(obj, tuple(exposed), method_to_typeid, round_trips), tuple(exposed)


def _call(server, ident, methodname, args, kwds):
    obj = server.objects[ident]
    exposed, method_to_typeid, round_trips = server.exposed[ident]
    if methodname == '#GETVALUE':
        return ('#RETURN', obj)
    if methodname not in exposed:
        if methodname == '__repr__':
            return ('#RETURN', repr(obj))
        if methodname == '__str__':
            return ('#RETURN', str(obj))
        # CPython's server fails to find a fallback for it too: the caller gets a RemoteError
        # holding the server's traceback (shortened here to its last line).
        return ('#TRACEBACK', 'AttributeError: method %r of %r object is not in exposed=%r\n' % (
            methodname, type(obj), set(exposed)))
    result = getattr(obj, methodname)(*args, **kwds)
    typeid = method_to_typeid and method_to_typeid.get(methodname)
    if typeid:
        # A method whose result stays in the manager (a dict's iterator): the caller gets a proxy.
        proxytype = server.registry[typeid][3]
        new = server.store(result, tuple(proxytype._exposed_), None, round_trips)
        return ('#PROXY', (typeid, new))
    return ('#RETURN', _reply_value(result))


# ---------------------------------------------------------------------------------- managers


class ForkProcess(_mp.ForkProcess):
    """The manager's server process (a ForkProcess, as CPython's fork context makes it). The
    interpreter's exit shuts managers down before it joins the children (CPython's finalizer), so
    the scheduler does not wait for it as for a child."""

    def start(self):
        self._check_closed()
        self._pid = _processes.start(_mp._bootstrap, self, self._target, self._args, self._kwargs, True)
        _mp._children.add(self)


_addresses = [0]


class BaseManager(object):
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if address is not None:
            raise NotImplementedError(
                "a manager with an address (a remote manager) is not simulated in Loopline")
        if serializer != 'pickle':
            raise NotImplementedError("a manager's serializer %r is not simulated in Loopline" % (serializer,))
        self._address = None
        self._authkey = authkey
        self._serializer = serializer
        self._state = 'INITIAL'
        self._server = None
        self._process = None
        self._shutdown_timeout = shutdown_timeout

    def get_server(self):
        raise NotImplementedError("BaseManager.get_server() is not simulated in Loopline")

    def connect(self):
        raise NotImplementedError("BaseManager.connect() is not simulated in Loopline")

    def start(self, initializer=None, initargs=()):
        if self._state != 'INITIAL':
            if self._state == 'STARTED':
                raise _mp.ProcessError("Already started server")
            if self._state == 'SHUTDOWN':
                raise _mp.ProcessError("Manager has shut down")
            raise _mp.ProcessError("Unknown state %r" % (self._state,))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        _addresses[0] += 1
        self._address = '/tmp/pymp-loopline/listener-%d' % _addresses[0]
        self._server = _Server(self._registry, self._address)
        self._process = ForkProcess(target=_run_server, args=(self._server, initializer, initargs))
        # CPython names the process after the manager's class and the process's number.
        self._process.name = type(self).__name__ + self._process.name[len('ForkProcess'):]
        self._process.start()
        self._state = 'STARTED'
        _mp._finalizers.append(self.shutdown)

    def _create(self, typeid, /, *args, **kwds):
        assert self._state == 'STARTED', 'server not yet started'
        # A program's own type is made in the manager's process (with its globals there).
        made_there = self._registry[typeid][0] not in _ROUND_TRIPS
        request = (None, 'create', _mp._send((typeid, args, kwds)), {})
        kind, result = _request(self._server, _connection(self._server), request, made_there)
        if kind != '#RETURN':
            raise _error(kind, result)
        ident, exposed = result
        return Token(typeid, self._address, ident), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def shutdown(self):
        """Stops the server process (CPython's finalizer, also run at the interpreter's exit)."""
        if self._state != 'STARTED':
            return
        if self.shutdown in _mp._finalizers:
            _mp._finalizers.remove(self.shutdown)
        self._server.running = False
        self._server.accepts.put(None)
        self._process.join(timeout=self._shutdown_timeout)
        self._state = 'SHUTDOWN'

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        if self._state != 'STARTED':
            if self._state == 'INITIAL':
                raise _mp.ProcessError("Unable to start server")
            if self._state == 'SHUTDOWN':
                raise _mp.ProcessError("Manager has shut down")
            raise _mp.ProcessError("Unknown state %r" % (self._state,))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, self._serializer, manager=self,
                                 authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _error(kind, result):
    if kind == '#ERROR':
        return result
    if kind == '#UNSERIALIZABLE':
        return RemoteError('Unserializable message: %s\n' % result)
    if kind == '#TRACEBACK':
        return RemoteError(result)
    return ValueError('Unrecognized message type %r' % (kind,))


# ---------------------------------------------------------------------------------- proxies


class BaseProxy(object):
    """A shared object's stand-in: each call is sent to the manager and its result sent back."""

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._server = manager._server if manager is not None else None

    def _callmethod(self, methodname, args=(), kwds={}):
        server = self._server
        conn = _connection(server)
        request = (self._id, methodname, _mp._send(tuple(args)), _mp._send(dict(kwds)))
        kind, result = _request(server, conn, request, server.round_trip(self._id, methodname))
        if kind == '#RETURN':
            return result
        if kind == '#PROXY':
            typeid, ident = result
            proxytype = self._server.registry[typeid][3]
            token = Token(typeid, self._token.address, ident)
            return proxytype(token, self._serializer, manager=self._manager)
        raise _error(kind, result)

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _forwarder(meth):
    def method(self, /, *args, **kwds):
        return self._callmethod(meth, args, kwds)
    method.__name__ = method.__qualname__ = meth
    return method


# The shapes of the hand-written proxies' methods: each makes the method that calls the referent's
# method `name` in the manager, with the parameters CPython's proxy method of that name takes.
def _no_args(name):
    def method(self):
        return self._callmethod(name)
    return method


def _positional(name):
    def method(self, *args):
        return self._callmethod(name, args)
    return method


def _with_timeout(name):
    def method(self, timeout=None):
        return self._callmethod(name, (timeout,))
    return method


def _in_place(name):
    """An augmented assignment's operator (`|=`): done in the manager, the proxy is the result."""
    def method(self, value):
        self._callmethod(name, (value,))
        return self
    return method


def _methods(namespace, shape, *names):
    """Puts a method of `shape` for each of `names` into a proxy class's body (its vars())."""
    for name in names:
        method = shape(name)
        method.__name__ = name
        method.__qualname__ = namespace['__qualname__'] + '.' + name
        namespace[name] = method


def MakeProxyType(name, exposed, _cache={}):
    """A proxy class whose methods are the names `exposed`, each a call in the manager."""
    exposed = tuple(exposed)
    key = (name, exposed)
    made = _cache.get(key)
    if made is None:
        # One class per name and method list, reused by every proxy asking for the same.
        made = type(name, (BaseProxy,), {meth: _forwarder(meth) for meth in exposed})
        made._exposed_ = exposed
        _cache[key] = made
    return made


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey, incref=incref)
    proxy._isauto = True
    return proxy


class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = ['%s=%r' % (name, value) for name, value in list(self.__dict__.items())
                if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


# Which calls are round trips (None: every call). A synchronisation object's calls are round trips to the caller's thread in
# the manager's process, which may wait there, and owns what it acquires, as CPython's does. The
# calls of a dict, list, Value, Array or Namespace (and a Barrier's attributes) cannot block: they
# run at once, in the caller's turn, on the manager's object, so a proxy works where the caller
# cannot be suspended (a subscript, a property: src/lib/sim/threads.md). A type a program
# registers is made and called in the manager's process, with the globals there.
_ROUND_TRIPS = {
    threading.Lock: None, threading.RLock: None, threading.Semaphore: None,
    threading.BoundedSemaphore: None, threading.Condition: None, threading.Event: None,
    threading.Barrier: ('wait', 'abort', 'reset'), _queue.Queue: None,
    dict: (), list: (), set: (), Value: (), Array: (), Namespace: (),
}


def _round_trips(callable, obj):
    """The methods of `obj` whose calls are round trips (None: every one)."""
    if callable in _ROUND_TRIPS:
        return _ROUND_TRIPS[callable]
    return _ROUND_TRIPS.get(type(obj))


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    _methods(vars(), _positional, *_exposed_)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    _methods(vars(), _no_args, 'release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, *exc_info):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    _methods(vars(), _with_timeout, 'wait')

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    _methods(vars(), _no_args, 'notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        met = predicate()
        if met:
            return met
        # Only now is the clock read; with no timeout the proxy waits as long as it takes.
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return met
            self.wait(left)
            met = predicate()
            if met:
                return met


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    _methods(vars(), _no_args, 'is_set', 'set', 'clear')
    _methods(vars(), _with_timeout, 'wait')


def _read_in_manager(name):
    """A read-only property whose value is the managed object's attribute NAME, read at each use."""
    def read(self):
        return _in_manager(self, '__getattribute__', name)
    read.__name__ = read.__qualname__ = name
    return property(read)


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    _methods(vars(), _with_timeout, 'wait')
    _methods(vars(), _no_args, 'abort', 'reset')

    parties = _read_in_manager('parties')
    n_waiting = _read_in_manager('n_waiting')
    broken = _read_in_manager('broken')


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    # Names starting with '_' are the proxy's own; every other name lives in the manager's namespace.
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return _in_manager(self, '__getattribute__', key)

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return _in_manager(self, '__setattr__', key, value)

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return _in_manager(self, '__delattr__', key)


def _in_manager(proxy, method, *args):
    return object.__getattribute__(proxy, '_callmethod')(method, args)


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    _methods(vars(), _no_args, 'get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)

    __class_getitem__ = classmethod(types.GenericAlias)


if sys.version_info >= (3, 14):
    # 3.14's proxies expose more of their referents' methods, and there is a set() proxy.
    BaseListProxy = MakeProxyType('BaseListProxy', (
        '__add__', '__contains__', '__delitem__', '__getitem__', '__imul__',
        '__len__', '__mul__', '__reversed__', '__rmul__', '__setitem__',
        'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop',
        'remove', 'reverse', 'sort'))
    _BaseDictProxy = MakeProxyType('_BaseDictProxy', (
        '__contains__', '__delitem__', '__getitem__', '__ior__', '__iter__',
        '__len__', '__or__', '__reversed__', '__ror__',
        '__setitem__', 'clear', 'copy', 'fromkeys', 'get', 'items',
        'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
else:
    BaseListProxy = MakeProxyType('BaseListProxy', (
        '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
        '__mul__', '__reversed__', '__rmul__', '__setitem__',
        'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
        'reverse', 'sort', '__imul__'))
    _BaseDictProxy = MakeProxyType('DictProxy', (
        '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
        '__setitem__', 'clear', 'copy', 'get', 'items',
        'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
_BaseDictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    _methods(vars(), _in_place, '__imul__')

    __class_getitem__ = classmethod(types.GenericAlias)


class DictProxy(_BaseDictProxy):
    if sys.version_info >= (3, 14):
        _methods(vars(), _in_place, '__ior__')

    __class_getitem__ = classmethod(types.GenericAlias)


if sys.version_info >= (3, 14):
    collections.abc.MutableSequence.register(BaseListProxy)
    collections.abc.MutableMapping.register(_BaseDictProxy)

    _BaseSetProxy = MakeProxyType("_BaseSetProxy", (
        '__and__', '__class_getitem__', '__contains__', '__iand__', '__ior__',
        '__isub__', '__iter__', '__ixor__', '__len__', '__or__', '__rand__',
        '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__',
        '__ge__', '__gt__', '__le__', '__lt__',
        'add', 'clear', 'copy', 'difference', 'difference_update', 'discard',
        'intersection', 'intersection_update', 'isdisjoint', 'issubset',
        'issuperset', 'pop', 'remove', 'symmetric_difference',
        'symmetric_difference_update', 'union', 'update'))

    class SetProxy(_BaseSetProxy):
        _methods(vars(), _in_place, '__ior__', '__iand__', '__ixor__', '__isub__')

        __class_getitem__ = classmethod(types.GenericAlias)

    # (CPython registers it as a MutableMapping, not a MutableSet.)
    collections.abc.MutableMapping.register(_BaseSetProxy)


ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


def _pool_not_simulated(*args, **kwds):
    raise NotImplementedError("SyncManager.Pool (a pool in the manager's process) is not simulated in Loopline")


class SyncManager(BaseManager):
    """A manager with the shared types of threading and queue, dict, list, Value, Array and Namespace."""


SyncManager.register('Queue', _queue.Queue)
SyncManager.register('JoinableQueue', _queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
if sys.version_info >= (3, 14):
    SyncManager.register('set', set, SetProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.Pool = _pool_not_simulated


def SharedMemoryManager(*args, **kwds):
    raise NotImplementedError("multiprocessing.managers.SharedMemoryManager is not simulated in Loopline")
