# `dataclasses` as CPython 3.13 documents it. CPython generates the methods with exec(); here they are
# closures over the field list that reproduce the generated code's behaviour and error messages.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

import sys as _sys
import _stdlib_native
from keyword import iskeyword as _iskeyword
from types import GenericAlias as _GenericAlias
from _mappingproxy import mappingproxy as _mappingproxy


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        shown = t.__name__ if isinstance(t, type) else repr(t)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_EMPTY_METADATA = _mappingproxy({})

# 3.14 gave fields a doc.
_FIELD_DOC = ('doc',) if _sys.version_info >= (3, 14) else ()
# What Field's repr lists, in order (then _field_type, shown with str()).
_FIELD_SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata',
                'kw_only') + _FIELD_DOC


class Field:
    # Slots in CPython's order, as Field.__slots__ shows them.
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only') + _FIELD_DOC + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only, doc=None):
        # name, type and kind are filled in when the class is processed
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _EMPTY_METADATA if metadata is None else _mappingproxy(dict(metadata))
        self.kw_only = kw_only
        if _FIELD_DOC:
            self.doc = doc

    def __repr__(self):
        shown = ','.join([f'{k}={getattr(self, k)!r}' for k in _FIELD_SHOWN])
        return f'Field({shown},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # A field() in the class body stands in for its default: pass the hook on to it.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


# The decorator's arguments kept in __dataclass_params__ (3.11 keeps the first six only).
_PARAMS_KEPT = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')
if _sys.version_info >= (3, 12):
    _PARAMS_KEPT += ('match_args', 'kw_only', 'slots', 'weakref_slot')


class _DataclassParams:
    __slots__ = _PARAMS_KEPT

    def __init__(self, *values):
        for name, value in zip(_PARAMS_KEPT, values):
            setattr(self, name, value)

    def __repr__(self):
        return '_DataclassParams(' + ','.join([f'{k}={getattr(self, k)!r}' for k in _PARAMS_KEPT]) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=MISSING):
    if doc is MISSING:
        doc = None
    elif not _FIELD_DOC:
        raise TypeError("field() got an unexpected keyword argument 'doc'")
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _is_classvar(annotation):
    try:
        import typing
    except ImportError:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if cv is None:
        return False
    if annotation is cv or getattr(annotation, '__origin__', None) is cv:
        return True
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    return False


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return False


def _is_kw_only(annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY'
    return False


def _get_field(cls, name, a_type, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING:
        unhashable = False
        try:
            hash(f.default)
        except TypeError:
            unhashable = True
        if unhashable:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, fn):
    try:
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    except (AttributeError, TypeError):
        pass
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _quoted_list(names):
    quoted = [repr(x) for x in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    qual = f'{cls.__qualname__}.__init__'
    std_names = [f.name for f in std_fields]
    all_names = set(std_names) | set(f.name for f in kw_fields)
    n_std = len(std_names)
    n_std_defaults = len([f for f in std_fields
                          if f.default is not MISSING or f.default_factory is not MISSING])

    # Fast path: only positional arguments, every field a plain init field.
    simple = (not kw_fields) and all(f._field_type is _FIELD and f.init for f in all_fields)
    plain = [(f.name, f.default, f.default_factory) for f in std_fields]
    first_optional = n_std - n_std_defaults
    store = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if simple and (not kwargs) and first_optional <= len(args) <= n_std:
            i = 0
            for name, default, factory in plain:
                if i < len(args):
                    store(self, name, args[i])
                elif factory is not MISSING:
                    store(self, name, factory())
                else:
                    store(self, name, default)
                i += 1
            if has_post_init:
                self.__post_init__()
            return
        values = {}
        for i in range(min(len(args), n_std)):
            values[std_names[i]] = args[i]
        for k in kwargs:
            if k not in all_names:
                raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qual}() got multiple values for argument '{k}'")
            values[k] = kwargs[k]
        if len(args) > n_std:
            if n_std_defaults:
                takes = f'from {n_std - n_std_defaults + 1} to {n_std + 1} positional arguments'
            else:
                takes = f'{n_std + 1} positional argument{"" if n_std == 0 else "s"}'
            given = len(args) + 1
            kw_given = len([k for k in kwargs if k not in std_names])
            if kw_given:
                raise TypeError(f'{qual}() takes {takes} but {given} positional argument'
                                f'{"" if given == 1 else "s"} (and {kw_given} keyword-only argument'
                                f'{"" if kw_given == 1 else "s"}) were given')
            raise TypeError(f'{qual}() takes {takes} but {given} were given')
        missing = [f.name for f in std_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qual}() missing {len(missing)} required positional argument{s}: '
                            f'{_quoted_list(missing)}')
        missing = [f.name for f in kw_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qual}() missing {len(missing)} required keyword-only argument{s}: '
                            f'{_quoted_list(missing)}')
        initvars = []
        for f in all_fields:
            if f._field_type is _FIELD_CLASSVAR:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            else:
                if f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)
    return __init__


_repr_running = set()
# The __repr__ functions @dataclass wrote: pprint lays out only instances that use one of them.
_generated_reprs = set()


def _make_repr(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({", ".join(parts)})'
    _generated_reprs.add(__repr__)
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _make_eq(names):
    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            return _values(self, names) == _values(other, names)
        return NotImplemented
    return __eq__


def _make_order(op, names):
    if op == '__lt__':
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) < _values(other, names)
            return NotImplemented
        return __lt__
    if op == '__le__':
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) <= _values(other, names)
            return NotImplemented
        return __le__
    if op == '__gt__':
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) > _values(other, names)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) >= _values(other, names)
        return NotImplemented
    return __ge__


def _make_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _type_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_doc(cls, std_fields, kw_fields):
    parts = []
    for f in std_fields:
        p = f'{f.name}: {_type_text(f.type)}'
        if f.default is not MISSING:
            p += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            p += ' = <factory>'
        parts.append(p)
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            p = f'{f.name}: {_type_text(f.type)}'
            if f.default is not MISSING:
                p += f' = {f.default!r}'
            elif f.default_factory is not MISSING:
                p += ' = <factory>'
            parts.append(p)
    return f'{cls.__name__}({", ".join(parts)})'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    # CPython reads cls.__module__ first (for the annotations' globals): a non-class fails here.
    cls.__module__
    setattr(cls, '__dataclass_params__', _DataclassParams(
        init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, '__dataclass_params__').frozen:
                any_frozen_base = True

    cls_dict = cls.__dict__
    cls_annotations = _stdlib_native.own_annotations(cls)
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_only = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls_dict.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if (not any_frozen_base) and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, '__dataclass_fields__', fields)

    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls_dict))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR and f.init]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]

    if init:
        seen_default = None
        for f in std_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                # 3.13 added the name of the default argument to the message.
                after = f' {seen_default.name!r}' if _sys.version_info >= (3, 13) else ''
                raise TypeError(f'non-default argument {f.name!r} follows default argument{after}')
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init))

    if _sys.version_info >= (3, 13):
        _set_new_attribute(cls, '__replace__', _replace)

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in real_fields if f.repr]))

    compare_names = [f.name for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compare_names))

    if order:
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_order(op, compare_names)):
                raise TypeError(f'Cannot overwrite attribute {op} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, tuple(f.name for f in real_fields))
        if _set_new_attribute(cls, '__setattr__', setter):
            raise TypeError(f'Cannot overwrite attribute __setattr__ in class {cls.__name__}')
        if _set_new_attribute(cls, '__delattr__', deleter):
            raise TypeError(f'Cannot overwrite attribute __delattr__ in class {cls.__name__}')

    hash_names = [f.name for f in real_fields
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        setattr(cls, '__hash__', _set_qualname(cls, _make_hash(hash_names)))
    elif eq and frozen:
        if not has_explicit_hash:
            setattr(cls, '__hash__', _set_qualname(cls, _make_hash(hash_names)))
    elif eq:
        if not has_explicit_hash:
            setattr(cls, '__hash__', None)

    if cls_dict.get('__doc__') is None:
        try:
            cls.__doc__ = _signature_doc(cls, std_fields, kw_fields)
        except (TypeError, ValueError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))

    if slots:
        cls = _add_slots(cls, [f.name for f in real_fields], weakref_slot)

    return cls


def _add_slots(cls, field_names, weakref_slot):
    # __slots__ only works at class creation, so slots=True makes the class again with them.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for b in cls.__mro__[1:-1]:
        declared = b.__dict__.get('__slots__', ())
        inherited.update((declared,) if isinstance(declared, str) else declared)
    names = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        names += ('__weakref__',)
    ns = {k: v for k, v in cls.__dict__.items() if k not in names and k not in ('__dict__', '__weakref__')}
    ns['__slots__'] = names
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if _sys.version_info >= (3, 14):
        # zero-argument super() in the methods then names the new class (before 3.14: the old one)
        _stdlib_native.move_class_cell(cls, new_cls)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _convert(obj, make):
    if _is_dataclass_instance(obj):
        return make(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_convert(k, make)] = _convert(v, make)
            return result
        return type(obj)((_convert(k, make), _convert(v, make)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def make(o):
        return dict_factory([(f.name, _convert(getattr(o, f.name), make)) for f in fields(o)])
    return make(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def make(o):
        return tuple_factory([_convert(getattr(o, f.name), make) for f in fields(o)])
    return make(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(obj, /, **changes):
    # also a dataclass's __replace__ from 3.13 (what copy.replace calls)
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                # 3.13 made this a TypeError (like any bad keyword); earlier versions say ValueError.
                raise (TypeError if _sys.version_info >= (3, 13) else ValueError)(
                    f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} '
                                f'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _field_spec(item):
    # (name, annotation, field() or the absent marker) from one entry of make_dataclass's list
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        name, tp = item
        return name, tp, MISSING
    if len(item) == 3:
        return item
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=MISSING):
    if module is MISSING:
        # 3.12+: the class belongs to the caller's module; 3.11 leaves types.new_class's 'types'.
        module = 'types' if _sys.version_info < (3, 12) else _stdlib_native.caller_module(1)
    elif _sys.version_info < (3, 12):
        raise TypeError("make_dataclass() got an unexpected keyword argument 'module'")
    elif module is None:
        module = _stdlib_native.caller_module(1)
    annotations = {}
    defaults = {}
    for item in fields:
        name, tp, spec = _field_spec(item)
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
        if spec is not MISSING:
            defaults[name] = spec
    body = dict(namespace) if namespace else {}
    body.update(defaults)
    body['__annotations__'] = annotations
    body['__module__'] = module
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
