# `typing`: the names programs import for annotations, as harmless placeholders with CPython's reprs
# (`typing.Optional[int]`, `~T`). They support subscripting; `Generic`/`Protocol` are real base classes
# (`C[int]` is an alias with `__origin__`, a class keeps `__orig_bases__`, and isinstance against a
# @runtime_checkable protocol checks its members); `NamedTuple` and `TypedDict` work with the class syntax.

import sys as _sys
import _stdlib_native
from abc import ABCMeta

TYPE_CHECKING = False
_BuiltinGenericAlias = type(list[int])
_UnionType = type(int | str)
# From 3.14 typing.Union and Optional of types are the `X | Y` union (repr `int | None`).
_UNION_IS_UNIONTYPE = _sys.version_info >= (3, 14)


def _type_repr(obj):
    if isinstance(obj, type):
        mod = obj.__module__
        return obj.__qualname__ if mod == 'builtins' else f'{mod}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    if callable(obj) and hasattr(obj, '__qualname__') and not isinstance(obj, (_SpecialForm, _GenericAlias, TypeVar, _BuiltinGenericAlias, NewType)):
        return obj.__qualname__
    return repr(obj)


def _is_param_expr(arg):
    # What stands for a whole parameter list in Callable's first place.
    return arg is ... or isinstance(arg, ParamSpec) or (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _collect_parameters(args):
    # The type variables among the arguments in first-seen order, looking inside nested aliases
    # (list[T], Box[T]) and Callable's argument list.
    out = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            found = (a,)
        elif isinstance(a, (list, tuple)):
            found = _collect_parameters(a)
        elif isinstance(a, type):
            found = ()
        else:
            found = getattr(a, '__parameters__', ())
        for p in found:
            if p not in out:
                out.append(p)
    return tuple(out)


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return list(_substitute_all(arg, subst))
    if isinstance(arg, type):
        return arg
    params = getattr(arg, '__parameters__', ())
    if params:
        return arg[_substitute_all(params, subst)]
    return arg


def _substitute_all(args, subst):
    # Each argument substituted; an unpacked TypeVarTuple (`*Ts`) or a TypeVarTuple parameter
    # bound to a tuple of arguments is replaced by those arguments.
    out = []
    for a in args:
        if getattr(a, '__typing_is_unpacked_typevartuple__', False) and a.__args__[0] in subst:
            out.extend(subst[a.__args__[0]])
        elif isinstance(a, TypeVarTuple) and a in subst:
            out.extend(subst[a])
        else:
            out.append(_substitute(a, subst))
    return tuple(out)


def _prepare(alias, params, given):
    # A TypeVarTuple among the parameters takes the arguments the others leave (PEP 646).
    for p in params:
        prepare = getattr(p, '__typing_prepare_subst__', None)
        if prepare is not None:
            given = prepare(alias, given)
    _check_arity(alias, len(given), len(params))
    return given


def _check_arity(alias, given, expected):
    if given > expected:
        raise TypeError(f'Too many arguments for {alias!r}; actual {given}, expected {expected}')
    if given < expected:
        # 3.13's type parameter defaults made the lower bound 'at least'.
        least = 'at least ' if _sys.version_info >= (3, 13) else ''
        raise TypeError(f'Too few arguments for {alias!r}; actual {given}, expected {least}{expected}')


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if _UNION_IS_UNIONTYPE and self.__origin__ is Union:
            # 3.14 spells every union the `X | Y` way, typing aliases among its members included.
            return ' | '.join(['None' if a is type(None) else _type_repr(a) for a in self.__args__])
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self.__origin__ is Unpack and _sys.version_info < (3, 12):
            # 3.11 spells `Unpack[Ts]` the way it is written with a star
            return '*' + _type_repr(self.__args__[0])
        if self._name == 'Callable':
            # The arguments are kept flat (int, str, bool); the list is written back around all
            # but the result, unless the first stands for a whole parameter list (..., P, Concatenate).
            args = self.__args__
            if len(args) == 2 and _is_param_expr(args[0]):
                return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
            return f'typing.Callable[[{", ".join([_type_repr(a) for a in args[:-1]])}], {_type_repr(args[-1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join([_type_repr(a) for a in self.__args__])}]'

    def __getitem__(self, params):
        # Subscripting an alias fills its type variables (Dict[str, T][int] is Dict[str, int]).
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        given = _prepare(self, self.__parameters__, tuple([_type_convert(p) for p in params]))
        subst = dict(zip(self.__parameters__, given))
        args = _substitute_all(self.__args__, subst)
        if self.__origin__ is Union:
            # a union built again: Union[T, int][int] is int, Optional[T][str] is Optional[str]
            return Union[args]
        if self._name == 'Callable':
            # a ParamSpec given a list of types: Callable[P, T][[int], str] is Callable[[int], str]
            return Callable[args[:-1] if len(args) != 2 or _is_param_expr(args[0]) else args[0], args[-1]]
        return _GenericAlias(self.__origin__, args, self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            result = origin(*args, **kwargs)
            if self._name is None:
                try:
                    result.__orig_class__ = self
                except Exception:
                    pass
            return result
        raise TypeError(f'Type {self!r} cannot be instantiated')

    def __getattr__(self, attr):
        # `C[int].method` is C's: everything but dunders comes from the origin.
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '__origin__', '__args__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __eq__(self, other):
        # A typing union equals the `X | Y` union of the same members, in any order.
        if isinstance(other, _UnionType) and self.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            # Union[int, str] == Union[str, int]: a union's members form a set.
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return self.__origin__ is Unpack and isinstance(self.__args__[0], TypeVarTuple)

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((id(self.__origin__), self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # A union checks each member in turn; every other subscripted form refuses.
        if self.__origin__ is Union:
            for arg in self.__args__:
                if issubclass(cls, arg):
                    return True
            return False
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            # Generic[T] adds nothing when Protocol or another generic alias follows.
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _UnionGenericAlias(_GenericAlias):
    """Union[...] and Optional[...] before 3.14 (from 3.14 on they are types.UnionType)."""


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin
        self.__name__ = name
        self.__qualname__ = name

    def __repr__(self):
        if self._name == 'Annotated' and _sys.version_info < (3, 13):
            # a class until 3.13 made it a special form
            return "<class 'typing.Annotated'>"
        if self._name == 'Union' and _UNION_IS_UNIONTYPE:
            # 3.14's Union is the union class itself
            return "<class 'typing.Union'>"
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name in ('Annotated', 'ClassVar', 'Final'):
            # these accept what only a class body may say, so their forward references are 'class' ones
            params = (_type_convert(params[0], is_class=True),) + params[1:]
        elif self._name == 'Callable' and len(params) == 2 and isinstance(params[0], (list, tuple)):
            params = ([_type_convert(p) for p in params[0]], _type_convert(params[1]))
        elif self._name != 'Literal':
            params = tuple([_type_convert(p) for p in params])
        if _UNION_IS_UNIONTYPE and self._name in ('Optional', 'Union') and params:
            members = params + (None,) if self._name == 'Optional' and len(params) == 1 else params
            if all(p is None or isinstance(p, (type, _BuiltinGenericAlias, _UnionType)) for p in members):
                result = type(None) if members[0] is None else members[0]
                for p in members[1:]:
                    result = result | (type(None) if p is None else p)
                return result
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f'typing.Optional requires a single type.')
            # Optional[X] is Union[X, None], a union X flattened into it
            return Union[params[0], None]
        if self._name == 'Union':
            flat = []
            for p in params:
                if (isinstance(p, _GenericAlias) and p.__origin__ is Union) or isinstance(p, _UnionType):
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
                return _UnionGenericAlias(Union, (other, type(None)), 'Optional')
            return _UnionGenericAlias(self, tuple(flat), 'typing.Union')
        if self._name == 'Callable' and len(params) == 2:
            # Callable[[int, str], bool].__args__ is (int, str, bool)
            first = tuple(params[0]) if isinstance(params[0], (list, tuple)) else (params[0],)
            return _GenericAlias(self, first + (params[1],), 'Callable')
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

    def __instancecheck__(self, obj):
        return self._class_check(type(obj), 'isinstance')

    def __subclasscheck__(self, cls):
        return self._class_check(cls, 'issubclass')

    def _class_check(self, cls, how):
        # An alias of a class (List, Sequence) checks against that class; the other forms refuse,
        # except those CPython makes classes (Any for issubclass, 3.14's Union, Annotated before 3.13).
        origin = _origin_class(self)
        if origin is not self:
            return issubclass(cls, origin)
        if self._name == 'Union' and _UNION_IS_UNIONTYPE:
            return issubclass(cls, _UnionType)
        if self._name == 'Annotated' and _sys.version_info < (3, 13):
            return False
        if self._name == 'Any' and how == 'issubclass':
            return False
        raise TypeError(f'{self!r} cannot be used with {how}()')


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


class _NoDefaultType:
    # 3.13's marker of a type parameter without a default (PEP 696).
    __slots__ = ()

    def __repr__(self):
        return 'typing.NoDefault'


_NoDefaultType.__name__ = 'NoDefaultType'
_NoDefaultType.__qualname__ = 'NoDefaultType'
NoDefault = _NoDefaultType()
if _sys.version_info < (3, 13):
    del NoDefault


def _lazily(obj, field):
    # A field PEP 695's syntax gives as a function (`_lazy` + field): called when first read, its
    # value kept once it returns (an exception leaves it to be tried again).
    lazy = getattr(obj, '_lazy' + field)
    if lazy is not None:
        setattr(obj, field, lazy())
        setattr(obj, '_lazy' + field, None)
    return getattr(obj, field)


class _TypeParam:
    # What TypeVar, ParamSpec and TypeVarTuple share: a bound, constraints and a default given
    # as values, or (made by PEP 695's syntax) as functions called when first asked for.
    _lazy_bound = None
    _lazy_constraints = None
    _lazy_default = None
    _default = None
    _has_default = False

    def _set_default(self, default):
        if default is not _NO_DEFAULT_GIVEN and (_sys.version_info < (3, 13) or default is not NoDefault):
            self._default = None if default is None else _type_convert(default)
            self._has_default = True

    if _sys.version_info >= (3, 13):
        @property
        def __default__(self):
            return _lazily(self, '_default') if self._has_default else NoDefault

        def has_default(self):
            return self._has_default


_NO_DEFAULT_GIVEN = object()


class TypeVar(_TypeParam):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=_NO_DEFAULT_GIVEN):
        self.__name__ = name
        # A string bound is a forward reference (and so were constraints until 3.12's C TypeVar).
        if _sys.version_info < (3, 12):
            constraints = tuple([_type_convert(c) for c in constraints])
        self._constraints = constraints
        self._bound = None if bound is None else _type_convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if _sys.version_info >= (3, 12):
            self.__infer_variance__ = infer_variance
        self._set_default(default)

    @property
    def __bound__(self):
        return _lazily(self, '_bound')

    @property
    def __constraints__(self):
        return _lazily(self, '_constraints')

    def __repr__(self):
        if getattr(self, '__infer_variance__', False):
            return self.__name__
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef:
    # A type written as a string ('Node'): typing keeps the text and evaluates it on demand
    # (get_type_hints). Up to 3.13 it remembers its value; 3.14 moved it to annotationlib, where it
    # compiles lazily, caches nothing and its equality also weighs is_class.
    if _sys.version_info >= (3, 14):
        def __init__(self, arg, *, module=None, owner=None, is_argument=True, is_class=False):
            if not isinstance(arg, str):
                raise TypeError(f'Forward reference must be a string -- got {arg!r}')
            self.__forward_arg__, self.__forward_is_argument__ = arg, is_argument
            self.__forward_is_class__, self.__forward_module__, self.__owner__ = is_class, module, owner
    else:
        def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
            if not isinstance(arg, str):
                raise TypeError(f'Forward reference must be a string -- got {arg!r}')
            self.__forward_code__, self.__forward_arg__ = _forward_code(arg), arg
            self.__forward_evaluated__, self.__forward_value__ = False, None
            self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
            self.__forward_module__ = module

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass ForwardRef' if _sys.version_info >= (3, 14)
                        else 'Cannot subclass special typing classes')

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if getattr(self, '__forward_evaluated__', False) and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            globalns = getattr(_sys.modules.get(self.__forward_module__), '__dict__', globalns)
        value = _type_convert(eval(self.__forward_code__, globalns, localns))
        value = _eval_type(value, globalns, localns, recursive_guard | {self.__forward_arg__})
        if _sys.version_info < (3, 14):
            self.__forward_evaluated__ = True
            self.__forward_value__ = value
        return value

    if _sys.version_info >= (3, 14):
        @property
        def __forward_code__(self):
            return _forward_code(self.__forward_arg__)

        def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None, format=1):
            # annotationlib's: a plain name is looked up in locals, globals, then builtins; anything
            # else is eval'd. FORWARDREF (3) gives the reference back where VALUE (1) would raise.
            if format == 4:
                return self.__forward_arg__
            if format not in (1, 3):
                raise NotImplementedError(format)
            if owner is None:
                owner = self.__owner__
            if globals is None and self.__forward_module__ is not None:
                globals = getattr(_sys.modules.get(self.__forward_module__), '__dict__', None)
            if globals is None:
                if isinstance(owner, type):
                    globals = getattr(_sys.modules.get(owner.__module__), '__dict__', None)
                elif callable(owner):
                    globals = getattr(owner, '__globals__', None)
            if globals is None:
                globals = {}
            if type_params is None and owner is not None:
                type_params = getattr(owner, '__type_params__', None)
            if locals is None:
                locals = dict(vars(owner)) if isinstance(owner, type) else {}
            else:
                locals = dict(locals)
            for param in type_params or ():
                locals.setdefault(param.__name__, param)
            arg = self.__forward_arg__
            if arg.isidentifier() and arg not in ('None', 'True', 'False'):
                import builtins
                if arg in locals:
                    return locals[arg]
                if arg in globals:
                    return globals[arg]
                if hasattr(builtins, arg):
                    return getattr(builtins, arg)
                if format == 3:
                    return self
                raise NameError(f"name '{arg}' is not defined", name=arg)
            try:
                return eval(self.__forward_code__, globals, locals)
            except Exception:
                if format != 3:
                    raise
                return self

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if _sys.version_info >= (3, 14):
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_module__ == other.__forward_module__ and
                    self.__forward_is_class__ == other.__forward_is_class__ and
                    self.__owner__ == other.__owner__)
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        if _sys.version_info >= (3, 14):
            return hash((self.__forward_arg__, self.__forward_module__, self.__forward_is_class__, self.__owner__))
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        if _sys.version_info >= (3, 14):
            if self.__forward_is_class__:
                extra += ', is_class=True'
            if self.__owner__ is not None:
                extra += f', owner={self.__owner__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


if _sys.version_info >= (3, 14):
    ForwardRef.__module__ = 'annotationlib'


if _sys.version_info >= (3, 14):
    def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None, type_params=None,
                             format=None):
        # The reference's value, with the forward references inside it evaluated too.
        value = forward_ref.evaluate(globals=globals, locals=locals, type_params=type_params, owner=owner,
                                     format=1 if format is None else format)
        if value is forward_ref or isinstance(value, str) and format == 4:
            return value
        return _eval_type(_type_convert(value), globals, locals)


def _forward_code(arg):
    # `*Ts` is no expression on its own: CPython compiles it as the first item of a tuple.
    try:
        return compile(f'({arg},)[0]' if arg.startswith('*') else arg, '<string>', 'eval')
    except SyntaxError:
        raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}') from None


def _type_convert(arg, is_class=False):
    # What typing does with a type argument: None stands for NoneType, a string for a ForwardRef.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, is_class=is_class)
    return arg


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # Every forward reference inside t evaluated, the aliases holding them rebuilt.
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, list):
        return [_eval_type(a, globalns, localns, recursive_guard) for a in t]
    if isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        args = t.__args__
        if isinstance(t, _BuiltinGenericAlias):
            args = tuple([ForwardRef(a) if isinstance(a, str) else a for a in args])
        evaluated = tuple([_eval_type(a, globalns, localns, recursive_guard) for a in args])
        if evaluated == tuple(t.__args__):
            return t
        if isinstance(t, _BuiltinGenericAlias):
            return _BuiltinGenericAlias(t.__origin__, evaluated)
        if isinstance(t, _UnionType) or t.__origin__ is Union:
            return Union[evaluated]
        return _GenericAlias(t.__origin__, evaluated, t._name)
    return t


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpecArgs:
    # `P.args`: what annotates a function's *args taken from a ParamSpec; it knows its ParamSpec.
    _part = 'args'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self._part, self.__origin__))


class ParamSpecKwargs(ParamSpecArgs):
    _part = 'kwargs'


class ParamSpec(_TypeParam):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=_NO_DEFAULT_GIVEN):
        self.__name__ = name
        self.__bound__ = None if bound is None else _type_convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if _sys.version_info >= (3, 12):
            self.__infer_variance__ = infer_variance
        self._set_default(default)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if getattr(self, '__infer_variance__', False):
            return self.__name__
        return '~' + self.__name__


class TypeVarTuple(_TypeParam):
    def __init__(self, name, *, default=_NO_DEFAULT_GIVEN):
        self.__name__ = name
        self._set_default(default)

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __typing_prepare_subst__(self, alias, args):
        # The arguments the parameters before and after this one do not take form one tuple.
        params = alias.__parameters__
        at = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
            raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        right = len(params) - at - 1
        if at + right > len(args):
            raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, expected at least {len(params) - 1}')
        return (*args[:at], tuple(args[at:len(args) - right]), *args[len(args) - right:])


def _type_param(kind, name, lazy_bound, constraints, lazy_default):
    # The TypeVar, ParamSpec or TypeVarTuple that PEP 695's syntax makes (`def f[T: int]`): its
    # variance inferred, its bound (or constraints) and default evaluated when first read.
    if kind == 'TypeVar':
        tp = TypeVar(name, infer_variance=True)
        if constraints:
            tp._lazy_constraints = lazy_bound
        else:
            tp._lazy_bound = lazy_bound
    elif kind == 'ParamSpec':
        tp = ParamSpec(name, infer_variance=True)
    else:
        tp = TypeVarTuple(name)
    if lazy_default is not None:
        tp._lazy_default = lazy_default
        tp._has_default = True
    tp.__module__ = 'typing'
    return tp


def _generic_base(params):
    # The base a generic class statement adds: Generic subscripted with its type parameters (a
    # TypeVarTuple unpacked).
    return Generic[tuple([Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params])]


class TypeAliasType:
    # `type Alias[T] = value` (3.12): the value is evaluated when first asked for.
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self._value = value
        self._lazy_value = None
        self.__type_params__ = type_params

    @property
    def __value__(self):
        return _lazily(self, '_value')

    @property
    def __parameters__(self):
        return self.__type_params__

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        return _BuiltinGenericAlias(self, params)

    # `Alias | int` is the `X | Y` union (types.UnionType), which takes an alias as a member.


def _type_alias(name, lazy_value, type_params, module):
    alias = TypeAliasType(name, None, type_params=type_params)
    alias._lazy_value = lazy_value
    alias.__module__ = module
    return alias


if _sys.version_info < (3, 12):
    del TypeAliasType


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is not Generic and cls.__name__ != 'Protocol':
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError(f'{cls!r} is not a generic class')
            given = _prepare(cls, expected, tuple([_type_convert(p) for p in params]))
            return _GenericAlias(cls, _substitute_all(expected, dict(zip(expected, given))))
        return _GenericAlias(cls, tuple([_type_convert(p) for p in params]))

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        # A class's type parameters: those of its Generic[...] base if it names one, else every
        # type variable its subscripted bases use; none when no base is subscripted.
        super().__init_subclass__(*args, **kwargs)
        params = ()
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            params = _collect_parameters(orig)
            for base in orig:
                if isinstance(base, _GenericAlias) and (base.__origin__ is Generic or
                                                        getattr(base.__origin__, '__name__', '') == 'Protocol'):
                    listed = _collect_parameters(base.__args__)
                    missing = [p for p in params if p not in listed]
                    if missing:
                        raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are not listed "
                                        f'in {base!r}')
                    params = listed
        cls.__parameters__ = params


# What a protocol's members are not: names every class has, and typing's own bookkeeping.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__annotate__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__',
    '__static_attributes__', '__firstlineno__', '__parameters__', '__orig_bases__', '__orig_class__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__qualname__', '__init_subclass__', '__annotate_func__', '__annotations_cache__'})


def _protocol_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic') and base.__module__ == 'typing':
            continue
        # 3.14 keeps a class's annotations behind its __annotate__ function, not in its dict
        annotations = base.__annotations__ if '__annotate_func__' in base.__dict__ else base.__dict__.get('__annotations__', {})
        for name in (*base.__dict__, *annotations):
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


def _static_lookup(obj, name):
    # The attribute as stored (instance dict, then the classes), without running descriptors.
    d = getattr(obj, '__dict__', None)
    if isinstance(d, dict) and name in d:
        return d[name]
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AttributeError(name)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        # Protocol itself is checked as a plain class: abc's walk over its subclasses would ask
        # every protocol ever defined, and one with data members refuses issubclass()
        if cls is Protocol:
            if _sys.version_info < (3, 12):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        # the nominal check as abc makes it, where a protocol with data members may be checked
        # (CPython allows abc's own class checks what it refuses to issubclass())
        if ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        for name in cls.__protocol_attrs__:
            try:
                value = _static_lookup(instance, name)
            except AttributeError:
                return False
            if value is None and name not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls.__non_callable_proto_members__:
            if _sys.version_info < (3, 13):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            raise TypeError("Protocols with non-method members don't support issubclass()."
                            f" Non-method members: {str(sorted(cls.__non_callable_proto_members__))[1:-1]}.")
        if super().__subclasscheck__(other):
            return True
        return all(any(name in k.__dict__ for k in other.__mro__) for name in cls.__protocol_attrs__)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _protocol_members(cls)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init


def _protocol_init(self, *args, **kwargs):
    # A protocol class cannot be instantiated; a concrete subclass runs the next __init__ in its MRO.
    cls = type(self)
    if cls.__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__:
        init = base.__dict__.get('__init__')
        if init is not None and init is not _protocol_init:
            return init(self, *args, **kwargs)


def _namedtuple_setup(cls, names, defaults):
    import collections
    base = collections.namedtuple(cls.__name__, names, defaults=defaults)
    for attr in ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                 '_fields', '_field_defaults', '__match_args__'):
        setattr(cls, attr, base.__dict__[attr])
    for name in names:
        setattr(cls, name, base.__dict__[name])


class NamedTupleMeta(type):
    # `class P(NamedTuple)` is made here (NamedTuple's __mro_entries__ stands in _NamedTuple): a
    # plain class whose bases are tuple (and Generic), as CPython makes it.
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        # CPython's class is the namedtuple itself: `__slots__ = ()`, so no instance __dict__.
        if '__slots__' in ns:
            raise AttributeError('Cannot overwrite NamedTuple attribute __slots__')
        cls = type.__new__(type, typename, bases, {**ns, '__slots__': ()})
        ann = _stdlib_native.own_annotations(cls)
        names = list(ann)
        defaults = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(names[:len(defaults)])}")
        # 3.14 keeps the class body's __annotate__: the annotations are evaluated when read.
        if cls.__dict__.get('__annotate_func__') is None:
            cls.__annotations__ = ann
        _namedtuple_setup(cls, names, defaults)
        return cls


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def NamedTuple(typename, fields=None, /, **kwargs):
    import collections
    if fields is None:
        fields = list(kwargs.items())
    return collections.namedtuple(typename, [name for name, tp in fields])


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def _typeddict_qualifiers(tp):
    # Required[...], NotRequired[...] and ReadOnly[...], also inside Annotated[...] and each other.
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = tp.__args__[0]
        elif origin in (Required, NotRequired, ReadOnly):
            yield origin
            tp = tp.__args__[0]
        else:
            return


def _typeddict_annotate(tp_dict, bases, own_annotate):
    def __annotate__(format, /):
        import annotationlib
        annotations = {}
        for base in bases:
            base_annotate = None if base is Generic else base.__annotate__
            if base_annotate is not None:
                annotations.update(annotationlib.call_annotate_function(base_annotate, format, owner=base))
        annotations.update(annotationlib.call_annotate_function(own_annotate, format, owner=tp_dict))
        return annotations
    return __annotate__


class _TypedDictMeta(type):
    # `class Movie(TypedDict)` is made here: a subclass of dict (and Generic) with its keys sorted
    # into required and optional ones as CPython sorts them; calling it makes a plain dict.
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        if '__orig_bases__' not in tp_dict.__dict__:
            tp_dict.__orig_bases__ = bases
        own = _stdlib_native.own_annotations(tp_dict)
        annotations = {}
        required_keys = set()
        optional_keys = set()
        readonly_keys = set()
        mutable_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', None) or base.__dict__.get('__annotations_cache__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required_keys -= base_optional
            optional_keys |= base_optional
            readonly_keys.update(base.__dict__.get('__readonly_keys__', ()))
            mutable_keys.update(base.__dict__.get('__mutable_keys__', ()))
        annotations.update(own)
        # A key of this class moves to the side its own qualifiers (or the class's totality) put it on,
        # whatever a base said of it.
        for key, tp in own.items():
            qualifiers = set(_typeddict_qualifiers(tp))
            required = Required in qualifiers or (NotRequired not in qualifiers and total)
            (required_keys if required else optional_keys).add(key)
            (optional_keys if required else required_keys).discard(key)
            readonly = ReadOnly in qualifiers
            (readonly_keys if readonly else mutable_keys).add(key)
            (mutable_keys if readonly else readonly_keys).discard(key)
        own_annotate = tp_dict.__dict__.get('__annotate_func__')
        if own_annotate is not None:
            # 3.14: the bases' annotations and the body's, evaluated (and merged) when read.
            type.__setattr__(tp_dict, '__annotate_func__', _typeddict_annotate(tp_dict, bases, own_annotate))
            if '__annotations_cache__' in tp_dict.__dict__:
                type.__delattr__(tp_dict, '__annotations_cache__')
        else:
            tp_dict.__annotations__ = annotations
        for attr, keys in (('__required_keys__', required_keys), ('__optional_keys__', optional_keys),
                           ('__readonly_keys__', readonly_keys), ('__mutable_keys__', mutable_keys)):
            setattr(tp_dict, attr, frozenset(keys))
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def TypedDict(typename, fields=None, /, *, total=True):
    td = _TypedDictMeta(typename, (), {'__annotations__': dict(fields or {}), '__module__': '__main__'},
                        total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class NewType:
    # A distinct name for a type: calling it returns its argument; its repr is module.name.

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        # The program defines it: its module is __main__, as CPython finds from the caller's frame.
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # Subclassing one fails at the subclass's creation, suggesting a NewType of it instead.
        supertype_name = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                f'`{cls.__name__} = NewType({cls.__name__!r}, {supertype_name})`')

        return (_Refuse,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    return obj


# What @overload saw: module -> qualified name -> first line -> the decorated function, in the order defined.
_overloads = {}


def _overload_placeholder(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not @overload-ed.')


_overload_placeholder.__name__ = _overload_placeholder.__qualname__ = '_overload_dummy'


def overload(func):
    # A signature only: it is noted for get_overloads, and the name is bound to a placeholder until
    # the implementation (the undecorated definition that follows) replaces it.
    target = getattr(func, '__func__', func)
    try:
        by_name = _overloads.setdefault(target.__module__, {}).setdefault(target.__qualname__, {})
        by_name[target.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_placeholder


def get_overloads(func):
    target = getattr(func, '__func__', func)
    by_name = _overloads.get(target.__module__, {}).get(target.__qualname__)
    return list(by_name.values()) if by_name else []


def clear_overloads():
    _overloads.clear()


def final(f):
    return f


def override(method, /):
    return method


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = frozenset(
        name for name in cls.__protocol_attrs__ if not callable(getattr(cls, name, None)))
    return cls


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def _evaluated(value, globalns, localns, is_class=False):
    # A string annotation (`from __future__ import annotations`, or written as one) becomes a
    # forward reference; it and those inside aliases (Optional['Node']) are evaluated.
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not is_class, is_class=is_class)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            base_globals = globalns
            if base_globals is None:
                base_globals = _stdlib_native.globals_of(base)
                if base_globals is None:
                    base_globals = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: the class's module is looked in before the class itself.
                base_globals, base_locals = base_locals, base_globals
            for name, value in _stdlib_native.own_annotations(base).items():
                hints[name] = _evaluated(value, base_globals, base_locals, True)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        inner = obj
        while hasattr(inner, '__wrapped__'):
            inner = inner.__wrapped__
        globalns = _stdlib_native.globals_of(inner)
        if globalns is None:
            globalns = {}
    if localns is None:
        localns = globalns
    for name, value in dict(getattr(obj, '__annotations__', {}) or {}).items():
        hints[name] = _evaluated(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def _strip_annotations(t):
    # What get_type_hints gives without include_extras: Annotated[T, ...] and the TypedDict
    # qualifiers (Required, NotRequired, ReadOnly) replaced by T, inside other types too.
    if isinstance(t, list):
        return [_strip_annotations(a) for a in t]
    if isinstance(t, _GenericAlias):
        if t.__origin__ in (Annotated, Required, NotRequired, ReadOnly):
            return _strip_annotations(t.__args__[0])
        args = tuple([_strip_annotations(a) for a in t.__args__])
        if args == t.__args__:
            return t
        if t.__origin__ is Union:
            return Union[args]
        return _GenericAlias(t.__origin__, args, t._name)
    if isinstance(t, (_BuiltinGenericAlias, _UnionType)):
        args = tuple([_strip_annotations(a) for a in t.__args__])
        if args == t.__args__:
            return t
        if isinstance(t, _UnionType):
            result = args[0]
            for a in args[1:]:
                result = result | a
            return result
        return t.__origin__[args]
    return t


# The classes typing's aliases of collections.abc (and contextlib, re) stand for, by alias name.
_ABC_ORIGINS = {
    'AbstractSet': ('collections.abc', 'Set'),
    'ContextManager': ('contextlib', 'AbstractContextManager'),
    'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager'),
    'Pattern': ('re', 'Pattern'),
    'Match': ('re', 'Match'),
}
for _name in ('Callable', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
              'Iterable', 'Iterator', 'Generator', 'Reversible', 'Container', 'Collection', 'Hashable',
              'Sized', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'MutableSet',
              'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString'):
    _ABC_ORIGINS[_name] = ('collections.abc', _name)


def _origin_class(form):
    # The class a typing special form stands for: its own origin, else the ABC named after it.
    if form.__origin__ is not None:
        return form.__origin__
    where = _ABC_ORIGINS.get(form._name)
    if where is None:
        return form
    if where[0] == 'contextlib':
        import contextlib as module
    elif where[0] == 're':
        import re as module
    else:
        import _collections_abc as module
    return getattr(module, where[1])


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        return _origin_class(origin) if isinstance(origin, _SpecialForm) else origin
    if isinstance(tp, _BuiltinGenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialForm):
        origin = _origin_class(tp)
        return None if origin is tp else origin
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ in (Literal, Annotated):
            return tuple(tp.__args__)
        if tp._name == 'Callable' and not (len(tp.__args__) == 2 and _is_param_expr(tp.__args__[0])):
            # the parameters' types as the list they were given in
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        # typing stores None in a type's place as NoneType.
        return tuple([type(None) if a is None else a for a in tp.__args__])
    if isinstance(tp, _BuiltinGenericAlias):
        args = tp.__args__
        # collections.abc.Callable[[int], str] spreads its parameters out; they come back as a list.
        origin = tp.__origin__
        if (getattr(origin, '__module__', None) == 'collections.abc' and getattr(origin, '__name__', None) == 'Callable'
                and not (len(args) == 2 and _is_param_expr(args[0]))):
            return (list(args[:-1]), args[-1])
        return tuple(args)
    if isinstance(tp, _UnionType):
        return tuple(tp.__args__)
    return ()
