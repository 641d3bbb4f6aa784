# `typing`: the names programs import for annotations, as harmless placeholders with CPython's reprs
# (`typing.Optional[int]`, `~T`). They support subscripting; `Generic`/`Protocol` are real base classes;
# `NamedTuple` and `TypedDict` work with the class syntax.

import _stdlib_native

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    if callable(obj) and hasattr(obj, '__qualname__') and not isinstance(obj, (_SpecialForm, _GenericAlias, TypeVar)):
        return obj.__qualname__
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return f'typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join([_type_repr(a) for a in self.__args__])}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError(f'Type {self!r} cannot be instantiated')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin
        self.__name__ = name
        self.__qualname__ = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f'typing.Optional requires a single type.')
            if params[0] is None or params[0] is type(None):
                return None
            return _GenericAlias(Union, (params[0], type(None)), 'Optional')
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    items = p.__args__
                else:
                    items = (p,)
                for q in items:
                    if q is None:
                        q = type(None)
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _GenericAlias(Union, (other, type(None)), 'Optional')
            return _GenericAlias(self, tuple(flat), 'typing.Union')
        if self._name == 'Callable' and len(params) == 2:
            return _GenericAlias(self, (list(params[0]) if isinstance(params[0], (list, tuple)) else params[0], params[1]), 'Callable')
        return _GenericAlias(self if self.__origin__ is None else self.__origin__, params, 'typing.' + self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
TypeIs = _SpecialForm('TypeIs')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
ReadOnly = _SpecialForm('ReadOnly')
Unpack = _SpecialForm('Unpack')
Annotated = _SpecialForm('Annotated')
Callable = _SpecialForm('Callable')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Text = str

Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Reversible = _SpecialForm('Reversible')
Container = _SpecialForm('Container')
Collection = _SpecialForm('Collection')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
MappingView = _SpecialForm('MappingView')
KeysView = _SpecialForm('KeysView')
ItemsView = _SpecialForm('ItemsView')
ValuesView = _SpecialForm('ValuesView')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsRound = _SpecialForm('SupportsRound')
ByteString = _SpecialForm('ByteString')


def _lazy_origin(name, module, attr):
    form = _SpecialForm(name)
    form._module = module
    form._attr = attr
    return form


Deque = _lazy_origin('Deque', 'collections', 'deque')
DefaultDict = _lazy_origin('DefaultDict', 'collections', 'defaultdict')
OrderedDict = _lazy_origin('OrderedDict', 'collections', 'OrderedDict')
Counter = _lazy_origin('Counter', 'collections', 'Counter')
ChainMap = _lazy_origin('ChainMap', 'collections', 'ChainMap')


class TypeVar:
    def __init__(self, name, *constraints, **kwargs):
        bound = kwargs.get('bound')
        covariant = kwargs.get('covariant', False)
        contravariant = kwargs.get('contravariant', False)
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, default=None):
        self.__name__ = name
        self.args = _SpecialForm(f'{name}.args')
        self.kwargs = _SpecialForm(f'{name}.kwargs')

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def _namedtuple_setup(cls, names, defaults):
    import collections
    base = collections.namedtuple(cls.__name__, names, defaults=defaults)
    for attr in ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                 '_fields', '_field_defaults', '__match_args__'):
        setattr(cls, attr, base.__dict__[attr])
    for name in names:
        setattr(cls, name, base.__dict__[name])


class NamedTuple(tuple):
    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        ann = _stdlib_native.own_annotations(cls)
        names = list(ann)
        defaults = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(names[:len(defaults)])}")
        cls.__annotations__ = ann
        _namedtuple_setup(cls, names, defaults)

    def __new__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = list(kwargs.items())
        return collections.namedtuple(typename, [name for name, tp in fields])


class TypedDict(dict):
    def __init_subclass__(cls, total=True, **kwargs):
        pass

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    return obj


def overload(func):
    return func


def final(f):
    return f


def override(method, /):
    return method


def runtime_checkable(cls):
    return cls


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(_stdlib_native.own_annotations(base))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, (_GenericAlias, _SpecialForm)) else None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tuple(tp.__args__)
    return ()
