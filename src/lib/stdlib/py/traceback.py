# `traceback`: formatting and printing exceptions the program holds. The frames shown are the
# program's own (from the `except` that caught the exception down to the raise), with the caret
# lines CPython adds under the failing part of a line (interp/carets.ts). Traceback objects
# (walk_tb, extract_tb, format_tb) and the running stack (walk_stack, extract_stack, format_stack)
# are the program's own frames.

import sys
import _stdlib_native

_unset = object()


def _value_of(exc, value):
    if value is not _unset:
        return value
    if isinstance(exc, type):
        raise TypeError('exc must be an exception instance when value is not given')
    return exc


def _exc_line(e, text=_unset):
    # `text`: the message with its hint as a TracebackException holds it; else str(e) with the hint
    # format_exception_only(e) adds (it has no traceback: none for a NameError).
    t = type(e)
    name = t.__qualname__
    if t.__module__ not in ('builtins', '__main__'):
        name = t.__module__ + '.' + name
    if text is _unset:
        try:
            text = str(e)
        except Exception:
            text = '<exception str() failed>'
        text += _stdlib_native.exception_hint(e, False)
    return name + ': ' + text if text else name


def format_exception_only(exc, /, value=_unset, *, show_group=False, _text=_unset):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    lines = _stdlib_native.syntax_error_lines(value) or [_exc_line(value, _text) + '\n']
    for note in getattr(value, '__notes__', None) or ():
        lines.append(str(note) + '\n')
    return lines


def _value_tb(exc, value, tb):
    # The exception and the traceback to show for it: given both, or neither (the exception's own).
    if (value is _unset) != (tb is _unset):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _unset:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, _unset
    return value, tb


def _format(value, tb, limit, chain):
    if value is None:
        return ['NoneType: None\n']
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    # The frames shown for the exception itself (its chain keeps its own): its own, or tb's.
    own = tb is _unset or tb is getattr(value, '__traceback__', None)
    return _stdlib_native.format_exception(value, bool(chain), limit, own, None if own else tb)


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    value, tb = _value_tb(exc, value, tb)
    return _format(value, tb, limit, chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


# TracebackException: an exception's summary taken when it is made (its frames, its text, its type,
# its notes, the chain and a group's members as TracebackExceptions of their own). Formatting
# prints the exception as format_exception does, with the construction's limit.


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 save_exc_type=True, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        if sys.version_info >= (3, 13):
            self._exc_type = exc_type if save_exc_type else None
        else:
            self.exc_type = exc_type
        self._have_exc_type = exc_type is not None
        self.exc_type_qualname = None if exc_type is None else exc_type.__qualname__
        self.exc_type_module = None if exc_type is None else exc_type.__module__
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        if exc_value is not None:
            self._str += _stdlib_native.exception_hint(exc_value, exc_traceback is not None)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__

        def summary(e):
            return TracebackException(type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                                      capture_locals=capture_locals, compact=compact,
                                      max_group_width=max_group_width, max_group_depth=max_group_depth,
                                      _seen=_seen)

        cause = None if exc_value is None else exc_value.__cause__
        self.__cause__ = summary(cause) if cause is not None and id(cause) not in _seen else None
        context = None if exc_value is None else exc_value.__context__
        wanted = not compact or (self.__cause__ is None and not self.__suppress_context__)
        self.__context__ = (summary(context) if wanted and context is not None and id(context) not in _seen
                            else None)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [summary(e) for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    if sys.version_info >= (3, 13):
        @property
        def exc_type(self):
            import warnings
            warnings.warn('Deprecated in 3.13. Use exc_type_str instead.', DeprecationWarning, stacklevel=2)
            return self._exc_type

        @property
        def exc_type_str(self):
            if not self._have_exc_type:
                return None
            module = self.exc_type_module
            if module in ('__main__', 'builtins'):
                return self.exc_type_qualname
            return (module if isinstance(module, str) else '<unknown>') + '.' + self.exc_type_qualname

    def _fields(self):
        d = dict(self.__dict__)
        del d['_value'], d['_tb'], d['_limit']
        return d

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        yield from format_exception_only(self._value, show_group=show_group, _text=self._str)

    def format(self, *, chain=True, _ctx=None):
        yield from _format(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


# Traceback objects (exc.__traceback__): the program's frames, outermost first.


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _as_tuple(frame):
    return (frame.filename, frame.lineno, frame.name, frame.line)


def _summary_of(entry):
    if isinstance(entry, FrameSummary):
        return entry
    filename, lineno, name, line = entry
    return FrameSummary(filename, lineno, name, line=line)


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _stdlib_native.source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return _as_tuple(self) == other
        return NotImplemented

    # A frame summary also reads as the 4-tuple older code unpacks.
    def __getitem__(self, pos):
        return _as_tuple(self)[pos]

    def __iter__(self):
        return iter(_as_tuple(self))

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        # Summaries are taken as they are; anything else is a (filename, lineno, name, line) tuple.
        summary = klass()
        summary.extend(map(_summary_of, a_list))
        return summary

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    # Each frame with its caret lines, as a traceback prints it.
    frames = _stdlib_native.format_tb(tb)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    return frames[:limit] if limit >= 0 else frames[len(frames) + limit:]


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit=limit):
        print(item, file=file, end='')


# The running stack: the program's frames that called, outermost first.


def _caller_frame():
    frames = _stdlib_native.stack_frames()
    return frames[0] if frames else None


def walk_stack(f):
    if f is None:
        # 3.14 starts at the frame that called walk_stack; before, walk_stack was a generator that
        # started four frames out from its own: the frame iterating it (taken to be the program's
        # innermost) is the first of them.
        f = _caller_frame()
        if sys.version_info < (3, 14):
            for _ in range(3):
                f = None if f is None else f.f_back
    return _walk(f)


def _walk(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = _caller_frame()
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = _caller_frame()
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _caller_frame()
    print_list(extract_stack(f, limit=limit), file=file)
