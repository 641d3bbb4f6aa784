# asyncio.graph (3.14): capture_call_graph, format_call_graph and print_call_graph. A graph is the
# future's own call stack (innermost frame first) and, through the futures that await it
# (`_asyncio_awaited_by`, which tasks, gather, shield and TaskGroup keep), the graphs of those.
# The current task's stack is read from the running frames; another task's from its coroutine's
# await chain (cr_await). Frames of asyncio's own code are shown where CPython 3.14.2's are.
class _Frozen:
    # CPython's are frozen dataclasses with slots; these behave alike (repr, ==, hash, no assignment)
    # without importing dataclasses into every program that imports asyncio.
    __slots__ = ()

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            object.__setattr__(self, name, value)

    def __repr__(self):
        fields = ', '.join([f'{name}={getattr(self, name)!r}' for name in self.__slots__])
        return f'{type(self).__qualname__}({fields})'

    def _values(self):
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self):
        return hash(self._values())

    def __setattr__(self, name, value):
        import dataclasses
        raise dataclasses.FrozenInstanceError(f'cannot assign to field {name!r}')

    def __delattr__(self, name):
        import dataclasses
        raise dataclasses.FrozenInstanceError(f'cannot delete field {name!r}')


class FrameCallGraphEntry(_Frozen):
    __slots__ = ('frame',)
    __match_args__ = ('frame',)


class FutureCallGraph(_Frozen):
    __slots__ = ('future', 'call_stack', 'awaited_by')
    __match_args__ = ('future', 'call_stack', 'awaited_by')


FrameCallGraphEntry.__module__ = 'asyncio.graph'
FutureCallGraph.__module__ = 'asyncio.graph'

_LIB = '/usr/lib/python3.14/asyncio/'


class _Code:
    def __init__(self, filename, qualname):
        self.co_filename = filename
        self.co_qualname = qualname
        self.co_name = qualname.rpartition('.')[2]


class _LibraryFrame:
    # A frame of asyncio's own Python code as CPython has it: Loopline runs that code natively or
    # from its own sources, so the file and line are CPython's, by the function's name.
    def __init__(self, module, line, qualname, kind):
        self.f_code = _Code(_LIB + module, qualname)
        self.f_lineno = line
        self._kind = kind


# Where CPython 3.14.2's asyncio coroutines wait, by qualified name: (module, line of the await).
_LIBRARY_AWAITS = {
    'sleep': ('tasks.py', 702),
    'wait_for': ('tasks.py', 488),
    'Lock.acquire': ('locks.py', 110),
    'Event.wait': ('locks.py', 213),
    'Condition.wait': ('locks.py', 272),
    'Semaphore.acquire': ('locks.py', 407),
    'BoundedSemaphore.acquire': ('locks.py', 407),
    'Queue.put': ('queues.py', 139),
    'Queue.get': ('queues.py', 186),
    'Queue.join': ('queues.py', 248),
    'TaskGroup.__aexit__': ('taskgroups.py', 72),
    'TaskGroup._aexit': ('taskgroups.py', 121),
}

# The graph functions' own frames, which CPython's depth counts (print_call_graph's shows at depth 1).
_CAPTURE = _LibraryFrame('graph.py', 154, 'capture_call_graph', None)
_FORMAT = _LibraryFrame('graph.py', 254, 'format_call_graph', None)
_PRINT = _LibraryFrame('graph.py', 276, 'print_call_graph', None)


def _coroutine_frame(coro):
    # The frame a coroutine of the await chain shows, or None for one CPython has no frame for.
    qualname = getattr(coro, '__qualname__', '')
    where = _LIBRARY_AWAITS.get(qualname)
    if where is not None:
        return _LibraryFrame(where[0], where[1], qualname, 'coroutine')
    return coro.cr_frame if hasattr(coro, 'cr_frame') else coro.ag_frame


def _not_a_future(future):
    return TypeError(f'{future!r} object does not appear to be compatible with asyncio.Future')


def _awaited_by(future, limit):
    return tuple([_build_graph_for_future(parent, limit) for parent in future._asyncio_awaited_by or ()])


def _build_graph_for_future(future, limit=None):
    if not isinstance(future, Future):
        raise _not_a_future(future)
    coro = None
    get_coro = getattr(future, 'get_coro', None)
    if get_coro:
        coro = get_coro() if limit != 0 else None
    stack = []
    while coro is not None:
        if hasattr(coro, 'cr_await'):
            following = coro.cr_await
        elif hasattr(coro, 'ag_await'):
            following = coro.ag_await
        else:
            break
        frame = _coroutine_frame(coro)
        if frame is not None:
            stack.append(FrameCallGraphEntry(frame))
        coro = following
    awaited_by = _awaited_by(future, limit)
    if limit is not None:
        if limit > 0:
            stack = stack[:limit]
        elif limit < 0:
            stack = stack[limit:]
    stack.reverse()
    return FutureCallGraph(future, tuple(stack), awaited_by)


def _capture(future, depth, limit, own):
    # `own`: the graph functions' frames above the caller's, innermost first.
    loop = _get_running_loop()
    if future is not None:
        if loop is None or future is not current_task(loop=loop):
            return _build_graph_for_future(future, limit=limit)
    else:
        if loop is None:
            raise RuntimeError('capture_call_graph() is called outside of a running event loop '
                               'and no *future* to introspect was provided')
        future = current_task(loop=loop)
    if future is None:
        return None
    if not isinstance(future, Future):
        raise _not_a_future(future)
    call_stack = []
    if limit != 0:
        frames = own + _graph_frames()
        call_stack = [FrameCallGraphEntry(f) for f in frames[depth:]]
    awaited_by = _awaited_by(future, limit)
    if limit is not None:
        limit *= -1
        if limit > 0:
            call_stack = call_stack[:limit]
        elif limit < 0:
            call_stack = call_stack[limit:]
    return FutureCallGraph(future, tuple(call_stack), awaited_by)


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    return _capture(future, depth, limit, [_CAPTURE])


def _kind(frame):
    return frame._kind if isinstance(frame, _LibraryFrame) else _frame_kind(frame)


_TAGS = {'coroutine': 'async ', 'asyncgen': 'async generator ', 'generator': 'generator '}


def _render(graph, buf, level):
    indent = level * '    '
    if isinstance(graph.future, Task):
        buf.append(f'{indent}* Task(name={graph.future.get_name()!r}, id={id(graph.future):#x})')
    else:
        buf.append(f'{indent}* Future(id={id(graph.future):#x})')
    if graph.call_stack:
        buf.append(f'{indent}  + Call stack:')
        for entry in graph.call_stack:
            f = entry.frame
            tag = _TAGS.get(_kind(f), '')
            buf.append(f'{indent}  |   File {f.f_code.co_filename!r}, line {f.f_lineno}, in '
                       f'{tag}{f.f_code.co_qualname}()')
    if graph.awaited_by:
        buf.append(f'{indent}  + Awaited by:')
        for parent in graph.awaited_by:
            _render(parent, buf, level + 1)


def _format(future, depth, limit, own):
    graph = _capture(future, depth + 1, limit, own)
    if graph is None:
        return ''
    buf = []
    _render(graph, buf, 0)
    return '\n'.join(buf)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    return _format(future, depth, limit, [_CAPTURE, _FORMAT])


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    print(_format(future, depth, limit, [_CAPTURE, _FORMAT, _PRINT]), file=file)


for _f in (capture_call_graph, format_call_graph, print_call_graph):
    _f.__module__ = 'asyncio.graph'
del _f
