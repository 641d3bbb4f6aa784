# `unittest.mock`: Mock, MagicMock, AsyncMock and their non-callable variants, PropertyMock,
# patch (decorator, class decorator, context manager, start/stop; patch.object, patch.dict,
# patch.multiple), create_autospec, call/ANY/sentinel/DEFAULT, seal, mock_open and (3.13+)
# ThreadingMock, behaving as CPython's Lib/unittest/mock.py does: the same recorded calls, the
# same assertion messages per version, the same reprs (`<MagicMock name='m.get()' id='...'>`, the
# id being the simulated object's). Every mock gets a class of its own (so that a magic method set
# on one mock is seen by the operators on that mock only); MagicMock's magic methods are
# descriptors on that class that make the child mock on first use. An AsyncMock's call returns a
# coroutine: awaiting it from a task runs on the timeline like any other coroutine.
# Not simulated: pkgutil-style 'module:attr' targets (patch takes dotted names only).

import asyncio
import contextlib
import io
import inspect
import pprint
import sys
import builtins
from types import ModuleType, MethodType
from unittest import _safe_repr as safe_repr
from functools import wraps, partial
from threading import RLock

_V = sys.version_info[:2]

if _V >= (3, 14):
    from inspect import iscoroutinefunction
    from dataclasses import fields, is_dataclass
else:
    # CPython's mock takes asyncio's (it knows the 3.11 `_is_coroutine` mark); for the functions
    # mock asks about, inspect's answer is the same and asks no deprecation warning of 3.14.
    iscoroutinefunction = inspect.iscoroutinefunction

if _V >= (3, 13):
    import threading

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'AsyncMock') + (('ThreadingMock',) if _V >= (3, 13) else ()) + (
    'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

CodeType = type((lambda: None).__code__)

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8
_CO_COROUTINE = 0x80


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


_builtins = {name for name in dir(builtins) if not name.startswith('_')}

FILTER_DIR = True

_safe_super = super


# ---- small predicates -------------------------------------------------------------------------

def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    return bool(getattr(func, '__code__', None)) and iscoroutinefunction(func)


def _is_instance_mock(obj):
    # isinstance() would ask the mock's __class__, which a spec changes: the real type is asked.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _extract_mock(obj):
    # An autospecced function carries its mock as `.mock`.
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _static_lookup(obj, name):
    # The attribute as stored (a staticmethod stays one), without running descriptors or __getattr__.
    holders = []
    if not isinstance(obj, type):
        holders.append(getattr(obj, '__dict__', {}))
        holders.extend(k.__dict__ for k in type(obj).__mro__)
    else:
        holders.extend(k.__dict__ for k in obj.__mro__)
    for d in holders:
        if name in d:
            return d[name]
    return None


def _is_data_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def _get_signature_object(func, as_instance, eat_self):
    # (the function whose signature counts, its signature), or None when there is none to check.
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    target = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(target)
    except (ValueError, TypeError):
        return None
    except NotImplementedError:
        # A builtin's signature Loopline does not know (object.__init__'s, which takes anything):
        # calls go unchecked.
        return None


def _check_signature(func, mock, skipfirst, instance=False):
    found = _get_signature_object(func, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _copy_func_details(func, funcopy):
    # func.__dict__ stays behind: it would show attributes the mock is meant to replace.
    for attribute in ('__name__', '__doc__', '__text_signature__', '__module__', '__defaults__',
                      '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except (AttributeError, TypeError):
            pass


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    # CPython asks for a __call__ attribute that is not None; functions here answer callable().
    return callable(obj) and getattr(type(obj), '__call__', True) is not None


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    # Whether obj (or, for a class, its instances) can be called.
    if not isinstance(obj, type):
        return _callable(obj)
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _signature_function(mock, original, sig, make):
    # A real function with the original's name that checks the signature, then calls the mock.
    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'
    funcopy = make()
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _set_signature(mock, original, instance=False):
    found = _get_signature_object(original, instance, isinstance(original, type))
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def make():
        def funcopy(*args, **kwargs):
            checksig(*args, **kwargs)
            return mock(*args, **kwargs)
        return funcopy
    return _signature_function(mock, original, sig, make)


def _set_async_signature(mock, original, instance=False, is_async_mock=False):
    func, sig = _get_signature_object(original, instance, isinstance(original, type))

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def make():
        async def funcopy(*args, **kwargs):
            checksig(*args, **kwargs)
            return await mock(*args, **kwargs)
        return funcopy
    funcopy = _signature_function(mock, original, sig, make)
    _setup_async_mock(funcopy)
    return funcopy


if _V < (3, 13):
    del _set_async_signature


def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def forward(name):
        def method(*args, **kwargs):
            return getattr(mock, name)(*args, **kwargs)
        method.__name__ = name
        return method

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls', 'assert_any_call'):
        setattr(funcopy, name, forward(name))
    funcopy.reset_mock = reset_mock
    for name in ('assert_called', 'assert_not_called', 'assert_called_once'):
        setattr(funcopy, name, forward(name))
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


def _setup_async_mock(mock):
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()

    def wrapper(attr, /, *args, **kwargs):
        return getattr(mock.mock, attr)(*args, **kwargs)

    for attribute in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                      'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                      'assert_not_awaited'):
        setattr(mock, attribute, partial(wrapper, attribute))


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


# ---- sentinel ---------------------------------------------------------------------------------

class _SentinelObject(object):
    "A unique, named, sentinel object."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Access attributes to return a named object, usable as a sentinel."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED

# Names NonCallableMock.__setattr__ hands to object.__setattr__ (properties, or plain slots).
_allowed_names = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect', '_mock_parent',
                  '_mock_new_parent', '_mock_name', '_mock_new_name'}


def _delegating_property(name):
    # called, call_count ...: the mock's own, or its delegate's (an autospecced function's).
    _allowed_names.add(name)
    own = '_mock_' + name

    def _get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, own)
        return getattr(delegate, name)

    def _set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[own] = value
        else:
            setattr(delegate, name, value)
    return property(_get, _set)


class _CallList(list):
    # `[call(1), call(2)] in mock.mock_calls` asks for a contiguous run of calls.

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(0, len(self) - n + 1):
            if self[start:start + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _check_and_set_parent(parent, value, name, new_name):
    # A mock without a name or parent becomes the child `name` of parent (so its calls show there).
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter(object):
    # The iterator a side_effect sequence became (the mark that it was not given as one).
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


# ---- NonCallableMock --------------------------------------------------------------------------

class NonCallableMock(Base):
    """A non-callable version of `Mock`"""

    _lock = RLock()

    def __new__(cls, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                **kwargs):
        # Each mock is the only instance of a class of its own, where its magic methods go.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec_arg = spec_set or spec
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        own = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return _safe_super(NonCallableMock, cls).__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        _safe_super(NonCallableMock, self).__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one, replacing its name and parent."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            spec_signature = found and found[1]
            names = dir(spec)
            for attr in names:
                if _V >= (3, 13):
                    value = _static_lookup(spec, attr)
                    try:
                        value = inspect.unwrap(value)
                    except (ValueError, TypeError, AttributeError):
                        pass
                else:
                    value = getattr(spec, attr, None)
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if iscoroutinefunction(value):
                    spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = spec_asyncs

    if _V >= (3, 14):
        def _mock_extend_spec_methods(self, spec_methods):
            # A dataclass's fields are attributes of its instances, not of the class dir() lists.
            methods = self.__dict__.get('_mock_methods') or []
            methods.extend(spec_methods)
            self.__dict__['_mock_methods'] = methods

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT and (_V < (3, 13) or self._mock_wraps is None):
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    __return_value_doc = "The value to be returned when the mock is called."
    return_value = property(__get_return_value, __set_return_value, __return_value_doc)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and not isinstance(effect, _MockIter)
                and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        "Restore the mock object to its initial state."
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes on the mock through keyword arguments ('method.return_value': 3 ...)."""
        # Fewer dots first: an attribute is set before the attributes of that attribute.
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or (
                    _V >= (3, 12) and name in _ATTRIB_DENY_LIST):
                raise AttributeError(f"{name!r} is not a valid assertion. Use a spec "
                                     f"for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set, result.instance, result.parent,
                                         result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {name!r} from target {target_name!r} as it has already been '
                    f'mocked out. [target={self!r}, attr={result.spec!r}]')
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        # 'mock.a.b()' from the chain of new-parents and their names.
        parts = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if parts == ['()'] else '.'
        while parent is not None:
            last = parent
            parts.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        parts.reverse()
        first = last._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        """Filter the output of `dir(mock)` to only useful members."""
        if not FILTER_DIR:
            # object.__dir__: the instance's names and its classes'.
            names = set(self.__dict__)
            for klass in type(self).__mro__:
                names.update(klass.__dict__)
            return list(names)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in list(self.__dict__) if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
              and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # A magic method's calls show in mock_calls, not in method_calls.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        else:
            if _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        if _V >= (3, 13) and isinstance(value, PropertyMock):
            self.__dict__[name] = value
            return
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            _safe_super(NonCallableMock, self).__delattr__(name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _get_call_signature_from_name(self, name):
        # The spec signature of the child a call's name leads to ('a.b()' -> a's child b).
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        # What a call is compared as: bound to the spec's signature when there is one (so that
        # f(1, b=2) and f(1, 2) match), the TypeError of a call that does not fit it.
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """assert that the mock was called at least once"""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the specified arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once and that call was with the specified arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert the mock has been called with the specified calls."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                if _V >= (3, 13):
                    actual = f'\n  Actual: {safe_repr(self.mock_calls)}'
                else:
                    actual = self._calls_repr(prefix="  Actual").rstrip(".")
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}{actual}') from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert the mock has been called with the specified arguments (at any time)."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string) from cause

    def _get_child_mock(self, /, **kw):
        """Create the child mocks for attributes and return value."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get("_new_name")
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or self._mock_methods and new_name in self._mock_methods:
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own, NonCallableMock):
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)


if _V >= (3, 13):
    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return f"\nCalls: {safe_repr(self.mock_calls)}."
    NonCallableMock._calls_repr = _calls_repr
    del _calls_repr
if _V < (3, 12):
    _MOCK_SIG = inspect.signature(NonCallableMock.__init__)

if _V >= (3, 12):
    # Attribute names a misspelt assertion would be read as (called_once for assert_called_once).
    _ATTRIB_DENY_LIST = frozenset({name.removeprefix("assert_") for name in dir(NonCallableMock)
                                   if name.startswith("assert_")})


class _AnyComparer(list):
    # A list whose `in` compares with the expected call on the left, so that ANY in it matches.
    def __contains__(self, item):
        for _call in self:
            assert len(item) == len(_call)
            if all([expected == actual for expected, actual in zip(item, _call)]):
                return True
        return False


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        _safe_super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent, _spec_state,
                                                  _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced by a spec's signature check.
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        # Recorded before the call runs, so that an awaited call's arguments show at once.
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # method_calls go up the `parent` chain; mock_calls up the `_new_parent` chain, each
        # ancestor recording the call under the dotted name from itself down.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if do_method_calls:
                ancestor.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = ancestor._mock_parent is not None
                if do_method_calls:
                    method_call_name = ancestor._mock_name + '.' + method_call_name
            ancestor.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if ancestor._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = ancestor._mock_new_name == '()'
                mock_call_name = ancestor._mock_new_name + dot + mock_call_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if _V >= (3, 13) and self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """
    Create a new `Mock` object. `Mock` takes several optional arguments
    that specify the behaviour of the Mock object: spec, spec_set, side_effect,
    return_value, wraps, name, unsafe, and keyword arguments that configure it.
    """


def _check_spec_arg_typos(kwargs_to_check):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs_to_check:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


# ---- patch ------------------------------------------------------------------------------------

def _resolve_name(name):
    # 'package.module.attr.attr': the longest importable module, then attributes.
    parts = name.split('.')
    modname = parts.pop(0)
    obj = __import__(modname)
    while parts:
        candidate = modname + '.' + parts[0]
        try:
            top = __import__(candidate)
        except ImportError:
            break
        obj = top
        for part in candidate.split('.')[1:]:
            obj = getattr(obj, part)
        modname = candidate
        parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj


class _patch(object):

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, *,
                 unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec has already been mocked out. '
                                   f'[spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set target has already been '
                                   f'mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        if _V >= (3, 14):
            self.is_started = False

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                         self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        # Enters every patch of the decorated function; the mocks made go after its arguments.
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Perform the patch."""
        if _V >= (3, 14) and self.is_started:
            raise RuntimeError("Patch is already started")
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_new(original, spec, spec_set, new_callable, kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch target has already been mocked '
                    f'out. [target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target {target_name!r} as it has '
                    f'already been mocked out. [target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        if _V >= (3, 14):
            self.is_started = True
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _make_new(self, original, spec, spec_set, new_callable, kwargs):
        # The mock patch makes when given no `new`: its class from the spec and the original.
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set = original
                spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True
        if _V < (3, 13) and spec is None and _is_async_obj(original) and new_callable is None:
            Klass = AsyncMock
        elif new_callable is not None:
            Klass = new_callable
        elif spec is None and _is_async_obj(original):
            Klass = AsyncMock
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_obj(this_spec):
                Klass = AsyncMock
            elif not_callable:
                Klass = NonCallableMagicMock
            else:
                Klass = MagicMock
        else:
            Klass = MagicMock
        _kwargs = {}
        if spec is not None:
            _kwargs['spec'] = spec
        if spec_set is not None:
            _kwargs['spec_set'] = spec_set
        if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute:
            _kwargs['name'] = self.attribute
        _kwargs.update(kwargs)
        new = Klass(**_kwargs)
        if inherit and _is_instance_mock(new):
            # A patched class: its instances (the return value) get the spec as well.
            this_spec = spec_set if spec_set is not None else spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                Klass = NonCallableMagicMock
            _kwargs.pop('name')
            new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        return new

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if _V >= (3, 14) and not self.is_started:
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        if _V >= (3, 14):
            self.is_started = False
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve_name, target), attribute


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    """patch the named member (`attribute`) on an object (`target`) with a mock object."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
                    **kwargs):
    """Perform multiple patches in a single call (the attributes as keyword arguments)."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        more = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        more.attribute_name = attribute
        patcher.additional_patchers.append(more)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, *,
          unsafe=False, **kwargs):
    """
    `patch` acts as a function decorator, class decorator or a context
    manager. Inside the body of the function or with statement, the `target`
    is patched with a `new` object. When the function/with statement exits
    the patch is undone.
    """
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


class _patch_dict(object):
    """Patch a dictionary, or dictionary like object, and restore the dictionary to its original state
    after the test."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorated = _patch_dict(self.in_dict, self.values, self.clear)(attr_value)
                setattr(klass, attr, decorated)
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches. LIFO to unroll nested patches."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---- magic methods ----------------------------------------------------------------------------

magic_methods = ("lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
                 "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next "
                 "fspath aiter ")

numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
inplace = ' '.join('i%s' % n for n in numerics.split())
right = ' '.join('r%s' % n for n in numerics.split())

# Supported, but without a default (a MagicMock does not configure them).
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
                 '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
                 '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__'}


def _get_method(name, func):
    "Turns a callable object (like a mock) into a real function"
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_magics = {'__%s__' % method for method in ' '.join([magic_methods, numerics, inplace, right]).split()}

_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_sync_async_magics = {"__aiter__"}
_async_magics = _async_method_magics | _sync_async_magics

_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}

_return_values = {
    '__lt__': NotImplemented,
    '__gt__': NotImplemented,
    '__le__': NotImplemented,
    '__ge__': NotImplemented,
    '__int__': 1,
    '__contains__': False,
    '__len__': 0,
    '__exit__': False,
    '__complex__': 1j,
    '__float__': 1.0,
    '__bool__': True,
    '__index__': 1,
    '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq,
    '__ne__': _get_ne,
    '__iter__': _get_iter,
    '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, "_mock_methods", None) is not None:
            kept = wanted.intersection(self._mock_methods)
            for entry in wanted - kept:
                if entry in type(self).__dict__:
                    delattr(self, entry)
            wanted = kept
        # A second call leaves alone what the first (or the program) put there.
        own = type(self)
        for entry in wanted - set(own.__dict__):
            setattr(own, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of `MagicMock` that isn't callable."""

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """
    MagicMock is a subclass of Mock with default implementations
    of most of the magic methods. You can use MagicMock without having to
    configure the magic methods yourself.
    """

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()

    if _V >= (3, 13):
        def reset_mock(self, /, *args, return_value=False, **kwargs):
            # A magic method's return value stays (str(m) stays a str).
            if return_value and self._mock_name and _is_magic(self._mock_name):
                return_value = False
            super().reset_mock(*args, return_value=return_value, **kwargs)


class MagicProxy(Base):
    # On a MagicMock's class: the magic method's mock, made when first looked up.
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class _CodeMock(object):
    # An AsyncMock's __code__ (CPython's is a NonCallableMock specced on CodeType): the flags and
    # argument counts of `async def f(*args, **kwargs)`.
    co_flags = _CO_COROUTINE + _CO_VARARGS + _CO_VARKEYWORDS
    co_argcount = 0
    co_varnames = ('args', 'kwargs')
    co_posonlyargcount = 0
    co_kwonlyargcount = 0

    @property
    def __class__(self):
        return CodeType


if _V >= (3, 12):
    _CODE_ATTRS = dir(CodeType)
    _CODE_SIG = None


class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()
        d['__code__'] = _CodeMock()
        d['__name__'] = 'AsyncMock'
        d['__defaults__'] = tuple()
        d['__kwdefaults__'] = {}
        d['__annotations__'] = None
        if _V >= (3, 12):
            d['_is_coroutine_marker'] = inspect._is_coroutine_mark

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine (PEP 479).
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with the specified arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once and with the specified arguments."""
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert the mock has ever been awaited with the specified arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s await not found' % expected_string) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Assert the mock has been awaited with the specified calls."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        """See :func:`.Mock.reset_mock()`"""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """
    An asynchronous version of :class:`Mock`: calling it returns a coroutine, whose result
    (return_value or side_effect) comes when it is awaited.
    """


class _ANY(object):
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    shown = [repr(arg) for arg in args] + ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


class _Call(tuple):
    """
    A tuple for holding the results of a call to a mock, either in the form
    `(args, kwargs)` or `(name, args, kwargs)`.
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name = ''
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        # The other call's arguments on the left, so that an ANY among self's still matches.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # call.count and call.index are calls named so, not tuple's methods.
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            name, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """For a call object that represents multiple calls, `call_list`
        returns a list of all the intermediate calls as well as the
        final call."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


# ---- autospec ---------------------------------------------------------------------------------

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    """Create a mock object using another object as a spec. Attributes on the
    mock will use the corresponding attribute on the `spec` object as their
    spec."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    entries = [(entry, _missing) for entry in dir(spec)]
    dataclass_fields = None
    if _V >= (3, 14) and is_type and instance and is_dataclass(spec):
        dataclass_fields = fields(spec)
        entries.extend((f.name, f.type) for f in dataclass_fields)
    is_async_func = _is_async_func(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _name = kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''
    _kwargs.update(kwargs)
    Klass = MagicMock
    if _is_data_descriptor(spec):
        _kwargs = {}
    elif is_async_func:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec is mocking an async function")
        Klass = AsyncMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **_kwargs)
    if dataclass_fields is not None:
        mock._mock_extend_spec_methods([f.name for f in dataclass_fields])
    if isinstance(spec, FunctionTypes):
        if is_async_func and _V >= (3, 13):
            mock = _set_async_signature(mock, spec)
        else:
            mock = _set_signature(mock, spec)
            if is_async_func:
                _setup_async_mock(mock)
    else:
        _check_signature(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    wrapped = kwargs.pop('wraps', None) if _V >= (3, 13) else None
    if is_type and not instance and 'return_value' not in kwargs:
        more = {'wraps': wrapped} if _V >= (3, 13) else {}
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock, **more)
    for entry, original in entries:
        if _is_magic(entry):
            continue
        if original is _missing:
            try:
                original = getattr(spec, entry)
            except AttributeError:
                continue
        child_kwargs = {'spec': original}
        if wrapped and hasattr(wrapped, entry):
            child_kwargs.update(wraps=original)
        if spec_set:
            child_kwargs = {'spec_set': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            child_klass = AsyncMock if iscoroutinefunction(original) else MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            if _V >= (3, 13):
                new.return_value = child_klass()
            _check_signature(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    if _V >= (3, 13) and _is_instance_mock(mock) and kwargs:
        mock.configure_mock(**kwargs)
    return mock


def _must_skip(spec, entry, is_type):
    # Whether the attribute's first argument (self) is left out of its signature.
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionTypes):
            return is_type
        else:
            return False
    return is_type


class _SpecState(object):

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


FunctionTypes = (type(create_autospec), type(ANY.__eq__))


# ---- mock_open --------------------------------------------------------------------------------

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """
    A helper function to create a mock to replace the use of `open`. It works
    for `open` called directly or used as a context manager.
    """
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    def _exit_side_effect(exctype, excinst, exctb):
        handle.close()

    global file_spec, open_spec
    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect
    if _V >= (3, 13):
        handle.__exit__.side_effect = _exit_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class PropertyMock(Mock):
    """
    A mock intended to be used as a property, or other descriptor, on a class.
    `PropertyMock` provides `__get__` and `__set__` methods so you can specify
    a return value when it is fetched.
    """

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- ThreadingMock (3.13) ---------------------------------------------------------------------

if _V >= (3, 13):
    _timeout_unset = sentinel.TIMEOUT_UNSET

    class ThreadingMixin(Base):

        DEFAULT_TIMEOUT = None

        def _get_child_mock(self, /, **kw):
            if isinstance(kw.get("parent"), ThreadingMixin):
                kw["timeout"] = kw["parent"]._mock_wait_timeout
            elif isinstance(kw.get("_new_parent"), ThreadingMixin):
                kw["timeout"] = kw["_new_parent"]._mock_wait_timeout
            return super()._get_child_mock(**kw)

        def __init__(self, *args, timeout=_timeout_unset, **kwargs):
            super().__init__(*args, **kwargs)
            if timeout is _timeout_unset:
                timeout = self.DEFAULT_TIMEOUT
            self.__dict__["_mock_event"] = threading.Event()
            self.__dict__["_mock_calls_events"] = []
            self.__dict__["_mock_calls_events_lock"] = threading.Lock()
            self.__dict__["_mock_wait_timeout"] = timeout

        def reset_mock(self, /, *args, **kwargs):
            """See :func:`.Mock.reset_mock()`"""
            super().reset_mock(*args, **kwargs)
            self.__dict__["_mock_event"] = threading.Event()
            self.__dict__["_mock_calls_events"] = []

        def __get_event(self, expected_args, expected_kwargs):
            with self._mock_calls_events_lock:
                for args, kwargs, event in self._mock_calls_events:
                    if (args, kwargs) == (expected_args, expected_kwargs):
                        return event
                new_event = threading.Event()
                self._mock_calls_events.append((expected_args, expected_kwargs, new_event))
            return new_event

        def _mock_call(self, *args, **kwargs):
            ret_value = super()._mock_call(*args, **kwargs)
            self.__get_event(args, kwargs).set()
            self._mock_event.set()
            return ret_value

        def wait_until_called(self, *, timeout=_timeout_unset):
            """Wait until the mock object is called."""
            if timeout is _timeout_unset:
                timeout = self._mock_wait_timeout
            if not self._mock_event.wait(timeout=timeout):
                raise AssertionError(f"{self._mock_name or 'mock'} was not called before timeout({timeout}).")

        def wait_until_any_call_with(self, *args, **kwargs):
            """Wait until the mock object is called with given args."""
            event = self.__get_event(args, kwargs)
            if not event.wait(timeout=self._mock_wait_timeout):
                expected_string = self._format_mock_call_signature(args, kwargs)
                raise AssertionError(f'{expected_string} call not found')

    class ThreadingMock(ThreadingMixin, MagicMixin, Mock):
        """
        A mock that can be used to wait until on calls happening
        in a different thread.
        """


def seal(mock):
    """Disable the automatic generation of child mocks."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


class _AsyncIterator:
    """
    Wraps an iterator in an asynchronous iterator.
    """

    def __init__(self, iterator):
        self.iterator = iterator

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration
