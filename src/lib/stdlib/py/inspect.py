# `inspect`, the parts asyncio programs and their decorators use: what kind of object something
# is, signatures of Python functions, docstrings and unwrapping, and the source of the program's
# own functions and classes (getsource, getsourcelines, getfile). The source of library code
# and the interpreter stack are not simulated; the states of generators and coroutines are.

import enum as _enum
import functools as _functools
import sys as _sys
import types as _types
import _source
import _stdlib_native
from collections import namedtuple as _namedtuple
from collections.abc import Awaitable as _Awaitable

__all__ = ['isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
           'ismethodwrapper', 'isgenerator',
           'iscoroutine', 'isasyncgen', 'isawaitable', 'isgeneratorfunction', 'iscoroutinefunction',
           'isasyncgenfunction', 'isabstract', 'getmro', 'getdoc', 'cleandoc', 'unwrap', 'getmembers',
           'signature', 'Signature', 'Parameter', 'BoundArguments', 'getfile', 'getsourcefile', 'getsource',
           'getsourcelines', 'findsource', 'getmodule', 'getgeneratorstate', 'getcoroutinestate', 'getgeneratorlocals',
           'getcoroutinelocals', 'currentframe', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED',
           'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED', 'isframe', 'istraceback', 'iscode', 'getframeinfo',
           'getlineno', 'getouterframes', 'getinnerframes', 'stack', 'trace', 'Traceback', 'FrameInfo']


# co_flags bits, as code objects carry them.
_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200


def _has_code_flag(f, flag):
    f = _unwrapped_function(f)
    return (isfunction(f) or _functionlike(f)) and bool(f.__code__.co_flags & flag)


_CodeType = type(_has_code_flag.__code__)


def _functionlike(obj):
    # An object that stands for a function (unittest.mock's AsyncMock): a code object, a name, and
    # defaults, keyword defaults and annotations of a function's types, as CPython checks.
    if not callable(obj) or isclass(obj):
        return False
    missing = object()
    defaults = getattr(obj, '__defaults__', missing)
    kwdefaults = getattr(obj, '__kwdefaults__', missing)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), _CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def isclass(object):
    return isinstance(object, type)


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def ismethoddescriptor(object):
    # An object whose type binds it (__get__) without being a data descriptor: not a class,
    # method or function; 3.13 also answers no for a type with __delete__. A partial is one from
    # 3.14 only (no __get__ in C before 3.13; 3.13 says no for it); the built-in method and slot
    # descriptors are (their types' __get__ is C's, which the simulator's types do not list).
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if _sys.version_info < (3, 14) and isinstance(object, _functools.partial):
        return False
    if isinstance(object, (_types.MethodDescriptorType, _types.WrapperDescriptorType)):
        return True
    tp = type(object)
    if _sys.version_info >= (3, 13) and hasattr(tp, '__delete__'):
        return False
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def ismethodwrapper(object):
    return isinstance(object, _types.MethodWrapperType)


def isdatadescriptor(object):
    # Classes, methods and functions are never counted, whatever their type defines.
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isgetsetdescriptor(object):
    return isinstance(object, _types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, _types.MemberDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    # A generator of a types.coroutine function too (CO_ITERABLE_COROUTINE).
    return iscoroutine(object) or _stdlib_native.is_iterable_coroutine(object) or isinstance(object, _Awaitable)


def _unwrapped_function(f):
    # A method's function, then what functools.partial wraps, as CPython's _has_code_flag does.
    while ismethod(f):
        f = f.__func__
    while isinstance(f, _functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    return f


def isgeneratorfunction(obj):
    return _has_code_flag(obj, _CO_GENERATOR)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, _CO_ASYNC_GENERATOR)


_is_coroutine_mark = object()


def iscoroutinefunction(obj):
    f = _unwrapped_function(obj)
    if _sys.version_info >= (3, 12) and getattr(f, '_is_coroutine_marker', None) is _is_coroutine_mark:
        return True
    return _has_code_flag(f, _CO_COROUTINE)


if _sys.version_info >= (3, 12):
    def markcoroutinefunction(func):
        # Mark a function as one that returns a coroutine, for iscoroutinefunction().
        if hasattr(func, '__func__'):
            func = func.__func__
        func._is_coroutine_marker = _is_coroutine_mark
        return func


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    # Remove the indentation every line after the first shares, and blank lines at both ends.
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    # Keep the span between the first and the last non-empty line.
    start, stop = 0, len(lines)
    while stop and not lines[stop - 1]:
        stop -= 1
    while start < stop and not lines[start]:
        start += 1
    return '\n'.join(lines[start:stop])


_object = object  # (the builtin: getdoc's parameter has its name, as CPython's has)


def _unsimulated(e):
    # Loopline's NotSimulatedError is an AttributeError; a docstring it stands for is not "none".
    return type(e).__name__ == 'NotSimulatedError' and type(e).__module__ == 'loopline'


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError as e:
        if _unsimulated(e):
            raise
        return None
    if doc is None:
        if isclass(object):
            for base in object.__mro__[1:]:
                if base is not _object and base.__doc__ is not None:
                    doc = base.__doc__
                    break
        else:
            doc = _inherited_doc(object)
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _owner_class(func):
    # The class a function was defined in, found by its qualified name from its module.
    import sys
    owner = sys.modules.get(func.__module__)
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    # The docstring of the attribute of the same name further up the class's MRO, for a method,
    # a function defined in a class or a property whose own has none.
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        if obj.fget is None:
            return None
        name = obj.fget.__name__
        owner = _owner_class(obj.fget)
        if owner is None or owner.__dict__.get(name) is not obj:
            return None
    else:
        return None
    found = (_doc_in(klass, name) for klass in owner.__mro__)
    return next((d for d in found if d is not None), None)


def _doc_in(klass, name):
    # The docstring of klass's attribute `name`, None when it has neither.
    try:
        return getattr(klass, name).__doc__
    except AttributeError as e:
        if _unsimulated(e):
            raise
        return None


def unwrap(func, *, stop=None):
    # Follow a chain of __wrapped__ attributes (functools.wraps) to the innermost function.
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


class _empty:
    pass  # Stands for 'nothing given': a parameter's missing default or annotation, a signature's missing
    # return annotation.


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    # One parameter of a Signature: its name, kind, default and annotation.

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            member = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        self._kind = member
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        import keyword
        if (keyword.iskeyword(name) and self._kind is not _ParameterKind.POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return type(self)(self._name if name is None else name, self._kind if kind is None else kind,
                          default=self._default if default is _empty else default,
                          annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            text = f'{text} = {self._default!r}' if self._annotation is not _empty else f'{text}={self._default!r}'
        if self._kind == _ParameterKind.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _ParameterKind.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    # The arguments a call binds to a Signature's parameters (Signature.bind).

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                elif param.kind != Parameter.VAR_POSITIONAL:
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == Parameter.VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == Parameter.VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == Parameter.VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({items})>'


class Signature:
    # The parameters a callable takes and what it is annotated to return.

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = _types.MappingProxyType({p.name: p for p in (parameters or ())})
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        return type(self)(list(self._parameters.values()) if parameters is None else parameters,
                          return_annotation=self._return_annotation if return_annotation is _empty
                          else return_annotation)

    def __str__(self):
        parts = []
        slash = False
        star = False
        for param in self._parameters.values():
            kind = param.kind
            if kind == Parameter.POSITIONAL_ONLY:
                slash = True
            elif slash:
                parts.append('/')
                slash = False
            if kind == Parameter.VAR_POSITIONAL:
                star = True
            elif kind == Parameter.KEYWORD_ONLY and not star:
                parts.append('*')
                star = True
            parts.append(str(param))
        if slash:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self._return_annotation == other._return_annotation and \
            list(self._parameters.items()) == list(other._parameters.items())

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        # The first parameter the positional arguments leave unfilled: a keyword-only one missing
        # there is named so (3.12 on); one missing further on is only 'a required argument'.
        first = True
        for param in params:
            if param.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[param.name] = args.pop(0)
                    continue
                first = False
                if param.kind == Parameter.POSITIONAL_ONLY and param.name in kwargs:
                    # by keyword it is not this parameter (it may go to **kwargs, 3.13): 3.11 and 3.12
                    # refuse it, 3.14 when it has no default
                    if _sys.version_info < (3, 13):
                        raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                    if _sys.version_info >= (3, 14) and param.default is _empty:
                        raise TypeError(f'missing a required positional-only argument: {param.name!r}')
                if param.kind == Parameter.POSITIONAL_OR_KEYWORD and param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                    continue
                if param.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {param.name!r}')
            elif param.kind == Parameter.VAR_POSITIONAL:
                first = False
                if args:
                    arguments[param.name] = tuple(args)
                    args = []
            elif args:
                # positional arguments left over once the positional parameters are filled
                break
            elif param.kind == Parameter.KEYWORD_ONLY:
                named, first = first and _sys.version_info >= (3, 12), False
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    kind = ' keyword-only' if named else ''
                    raise TypeError(f'missing a required{kind} argument: {param.name!r}')
            else:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f'got an unexpected keyword argument {name!r}')
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func):
    code = func.__code__
    positional, posonly, kwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    names = code.co_varnames
    # co_varnames: the parameters, then *args and **kwargs when there are any.
    vararg = names[positional + kwonly] if code.co_flags & _CO_VARARGS else None
    kwarg = names[positional + kwonly + (vararg is not None)] if code.co_flags & _CO_VARKEYWORDS else None
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    first_default = positional - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))

    for i in range(positional):
        add(names[i], Parameter.POSITIONAL_ONLY if i < posonly else Parameter.POSITIONAL_OR_KEYWORD,
            defaults[i - first_default] if i >= first_default else _empty)
    if vararg is not None:
        add(vararg, Parameter.VAR_POSITIONAL)
    for name in names[positional:positional + kwonly]:
        add(name, Parameter.KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if kwarg is not None:
        add(kwarg, Parameter.VAR_KEYWORD)
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _split_params(text):
    # The parameters of '(a, b=1, *args, c=None)' split at the commas outside quotes.
    parts, depth, quote, start = [], 0, None, 0
    body = text.strip()[1:-1]
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    return [p for p in parts if p]


def _text_signature(text, bound):
    # A native Loopline runs for a function CPython writes in Python: its parameters as declared
    # ('(self, item)'); bound to an object, the first one is taken.
    import ast
    params, kind = [], Parameter.POSITIONAL_OR_KEYWORD
    for part in _split_params(text):
        if part == '/':
            params = [p.replace(kind=Parameter.POSITIONAL_ONLY) for p in params]
        elif part == '*':
            kind = Parameter.KEYWORD_ONLY
        elif part.startswith('**'):
            params.append(Parameter(part[2:], Parameter.VAR_KEYWORD))
        elif part.startswith('*'):
            params.append(Parameter(part[1:], Parameter.VAR_POSITIONAL))
            kind = Parameter.KEYWORD_ONLY
        else:
            name, eq, default = part.partition('=')
            value = ast.literal_eval(default.strip()) if eq else _empty
            params.append(Parameter(name.strip(), kind, default=value))
    return Signature(params[1:] if bound else params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    # The Signature of a Python function, method or class (from its __init__).
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj):
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = list(sig.parameters.values())
        if not params or params[0].kind in (Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
            raise ValueError('invalid method signature')
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    override = getattr(obj, '__signature__', None)
    if override is not None:
        return override
    written = _stdlib_native.py_signature(obj)
    if written is not None:
        return _text_signature(*written)
    if isfunction(obj):
        return _function_signature(obj)
    if isinstance(obj, _functools.partial):
        return _partial_signature(signature(obj.func, follow_wrapped=follow_wrapped), obj)
    if isclass(obj):
        method = _class_method(obj)
        if method is None:
            return Signature([])
        written = _stdlib_native.py_signature(method)
        sig = _function_signature(method) if written is None else _text_signature(*written)
        return sig.replace(parameters=list(sig.parameters.values())[1:], return_annotation=_empty)
    raise NotImplementedError(f'inspect.signature of {obj!r} is not simulated in Loopline')




def _class_method(cls):
    """What calling a class runs: the first __new__ or __init__ written in Python along its MRO
    (__new__ first), None when only object's are there."""
    native = False
    for base in cls.__mro__:
        if base is object:
            if native:
                break
            return None
        if base.__module__ == 'builtins':
            break
        for name in ('__new__', '__init__'):
            method = base.__dict__.get(name)
            if isinstance(method, staticmethod):
                method = method.__func__
            if isfunction(method) or (method is not None and _stdlib_native.py_signature(method) is not None):
                return method
        # A class Loopline makes natively (asyncio.Future) unless a base says how.
        native = native or _stdlib_native.native_call(base)
    raise NotImplementedError(f'inspect.signature of {cls!r} is not simulated in Loopline')


FullArgSpec = _namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    # The old spelling of a signature: a bound method's first parameter stays, wrappers are not followed.
    try:
        if isclass(func):
            method = _class_method(func)
            sig = Signature([]) if method is None else _function_signature(method)
        else:
            sig = signature(func.__func__ if ismethod(func) else func, follow_wrapped=False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults = ()
    kwonlydefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
        if param.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == Parameter.VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == Parameter.KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not _empty:
                kwonlydefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwonlydefaults or None, annotations)

def _partial_signature(sig, part):
    """What is left of a signature once a partial has given some of its arguments: positionals it
    gave are gone, keywords it gave are defaults, and a positional-or-keyword parameter given by
    keyword makes it and every one after it keyword-only."""
    keywords = part.keywords or {}
    try:
        given = sig.bind_partial(*part.args, **keywords).arguments
    except TypeError as exc:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from exc
    params = dict(sig.parameters)
    keyword_only_now = False
    for name, param in sig.parameters.items():
        if name in given:
            if param.kind is Parameter.POSITIONAL_ONLY or (
                    param.kind is Parameter.POSITIONAL_OR_KEYWORD and name not in keywords):
                del params[name]
                continue
            if param.kind in (Parameter.POSITIONAL_OR_KEYWORD, Parameter.KEYWORD_ONLY):
                keyword_only_now = keyword_only_now or param.kind is Parameter.POSITIONAL_OR_KEYWORD
                params[name] = param.replace(default=given[name])
        if keyword_only_now:
            # after the first one given by keyword, the rest can only be keywords: moved to the end
            if param.kind is Parameter.POSITIONAL_OR_KEYWORD:
                params[name] = params.pop(name).replace(kind=Parameter.KEYWORD_ONLY)
            elif param.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                params[name] = params.pop(name)
            elif param.kind is Parameter.VAR_POSITIONAL:
                del params[name]
    return sig.replace(parameters=list(params.values()))


# CPython's modules written in C: their objects have no file.
_BUILTIN_MODULES = frozenset(['sys', 'builtins', 'time', 'math', 'gc', '_thread', 'itertools', 'signal'])
_EXPECTED = 'module, class, method, function, traceback, frame, or code object was expected, got '


def _library(object):
    return NotImplementedError(f'the source of {object!r} is not simulated in Loopline: it is library code')


def _code(object):
    # The code object behind a method, function, traceback or frame.
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if hasattr(object, 'tb_frame'):
        object = object.tb_frame
    if hasattr(object, 'f_code'):
        object = object.f_code
    return object


def getfile(object):
    # The name of the file an object was defined in.
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        if object.__name__ in _BUILTIN_MODULES:
            raise TypeError(f"<module '{object.__name__}' (built-in)> is a built-in module")
        raise _library(object)
    if isclass(object):
        if object.__module__ == '__main__':
            return _source.file
        if object.__module__ == 'builtins':
            raise TypeError(f'{object!r} is a built-in class')
        raise _library(object)
    object = _code(object)
    if hasattr(object, 'co_filename'):
        return object.co_filename
    raise TypeError(_EXPECTED + type(object).__name__)


def getmodule(object, _filename=None):
    # The module an object was defined in, or None.
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return _sys.modules.get(object.__module__)
    # Else by the file its code came from: a module of that file (the program's is __main__'s).
    try:
        file = getfile(object) if _filename is None else _filename
    except (TypeError, NotImplementedError):
        return None
    for module in list(_sys.modules.values()):
        if ismodule(module) and getattr(module, '__file__', None) == file:
            return _sys.modules.get(module.__name__)
    # Last, an object __main__ or builtins holds under its own name.
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for home in (_sys.modules['__main__'], _sys.modules['builtins']):
        if getattr(home, name, None) is object:
            return home
    return None


def getsourcefile(object):
    # The name of the Python source file an object was defined in.
    return getfile(object)


def findsource(object):
    # All the lines of the object's file, and the index of the object's first line among them.
    file = getfile(object)
    if file.startswith('<loopline '):
        raise _library(object)
    if file != _source.file:
        raise OSError('could not get source code')
    lines = _source.lines()
    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = vars(object).get('__firstlineno__') if _sys.version_info >= (3, 13) else \
            _source.class_line(object.__qualname__)
        if first is None:
            raise OSError('could not find class definition' if _sys.version_info < (3, 13)
                          else 'source code not available')
        return lines, first - 1
    return lines, _code(object).co_firstlineno - 1


def getsourcelines(object):
    # The source lines of an object, and the line number of the first.
    object = unwrap(object)
    lines, first = findsource(object)
    if ismodule(object):
        return lines, 0
    block = _source.block(first + 1)
    if block is None:
        raise OSError('could not get source code')
    start, end = block
    return lines[start - 1:end], start


def getsource(object):
    # The text of an object's source code.
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# The stack as records: where a frame (or a traceback's entry) is, with lines of its source around
# that line. CPython adds each record's column positions (dis.Positions) from the frame's current
# instruction; the simulator's frames know their line, not which part of it runs, so those are
# refused when asked for (the record's repr shows them).

def isframe(object):
    return isinstance(object, _types.FrameType)


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def iscode(object):
    return isinstance(object, _CodeType)


def _positions_refused(self):
    _stdlib_native.not_simulated("the positions attribute of inspect's frame records")


_Traceback = _namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    positions = property(_positions_refused)

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        return super().__new__(cls, filename, lineno, function, code_context, index)

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})').format(*self, self.positions)


_FrameInfo = _namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    positions = property(_positions_refused)

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        return super().__new__(cls, frame, filename, lineno, function, code_context, index)

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})').format(*self, self.positions)


def getframeinfo(frame, context=1):
    # Where a frame or traceback entry is: file, line, function, `context` lines around it and its index there.
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    # A record for `frame` and for each frame that called it, innermost first.
    records = []
    while frame:
        records.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    # A record for each entry of a traceback, from its frame inward to where it was raised.
    records = []
    while tb:
        records.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return records


def stack(context=1):
    # Records of the caller's frame and those that called it.
    return getouterframes(_stdlib_native.frame_at(0, False), context)


def trace(context=1):
    # Records of the traceback of the exception being handled (none outside an except).
    exc = _sys.exception() if hasattr(_sys, 'exception') else _sys.exc_info()[1]
    return getinnerframes(None if exc is None else exc.__traceback__, context)


# Where a generator, coroutine or async generator is in its life, read from its running/suspended
# flags and whether it still has a frame (created: a frame, never started).
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = \
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED'


def _lifecycle(running, suspended, frame, states):
    # STATES: the names for created, running, suspended and closed; a frame is gone once closed.
    created, now_running, now_suspended, closed = states
    if running:
        return now_running
    if suspended:
        return now_suspended
    return closed if frame is None else created


def currentframe():
    # The caller's frame: this function's own is the library's, which the count leaves out.
    return _stdlib_native.frame_at(0, False)


def getgeneratorstate(generator):
    # The generator's state: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED.
    return _lifecycle(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    # The coroutine's state: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED.
    return _lifecycle(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    # The generator's local variables now (empty once it has finished).
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    # The coroutine's local variables now (empty once it has finished).
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


if _sys.version_info >= (3, 12):
    AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = \
        'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED'
    __all__ += ['getasyncgenstate', 'getasyncgenlocals', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED',
                'AGEN_CLOSED']

    def getasyncgenstate(agen):
        # The async generator's state: AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED.
        return _lifecycle(agen.ag_running, agen.ag_suspended, agen.ag_frame,
                          (AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED))

    def getasyncgenlocals(agen):
        # The async generator's local variables now (empty once it has finished).
        if not isasyncgen(agen):
            raise TypeError(f"{agen!r} is not a Python async generator")
        frame = getattr(agen, "ag_frame", None)
        return frame.f_locals if frame is not None else {}


if _sys.version_info >= (3, 14):
    def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=1):
        # 3.14's is annotationlib's (imported when first asked for, as its formats need it).
        import annotationlib
        return annotationlib.get_annotations(obj, globals=globals, locals=locals, eval_str=eval_str,
                                             format=format)
else:
    def _innermost_globals(obj, found):
        # The namespace a wrapped callable (functools.wraps, partial) really comes from.
        seen = obj
        while hasattr(seen, '__wrapped__') or isinstance(seen, _functools.partial):
            seen = seen.__wrapped__ if hasattr(seen, '__wrapped__') else seen.func
        return getattr(seen, '__globals__', found)

    def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
        # A class's own annotations, a module's or a callable's, as a new dict; with eval_str the
        # strings among them evaluated where the object was defined.
        where = {}
        if isinstance(obj, type):
            ann = obj.__dict__.get('__annotations__', None)
            home = _sys.modules.get(getattr(obj, '__module__', None) or '', None)
            where = {'globals': getattr(home, '__dict__', None) if home else None, 'locals': dict(vars(obj))}
        elif isinstance(obj, _types.ModuleType):
            ann = getattr(obj, '__annotations__', None)
            where = {'globals': obj.__dict__}
        elif callable(obj):
            ann = getattr(obj, '__annotations__', None)
            where = {'globals': getattr(obj, '__globals__', None)}
        else:
            raise TypeError(f"{obj!r} is not a module, class, or callable.")
        if ann is not None and not isinstance(ann, dict):
            raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
        if not ann or not eval_str:
            return dict(ann or {})
        if not isinstance(obj, _types.ModuleType):
            where['globals'] = _innermost_globals(obj, where['globals'])
        scope_globals = where['globals'] if globals is None else globals
        scope_locals = (where.get('locals') or {}) if locals is None else locals
        if _sys.version_info >= (3, 13) and getattr(obj, '__type_params__', ()):
            scope_locals = {p.__name__: p for p in obj.__type_params__} | scope_locals
        return {name: eval(value, scope_globals, scope_locals) if isinstance(value, str) else value
                for name, value in ann.items()}
