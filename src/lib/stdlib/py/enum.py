# `enum`: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. Enum's `__init_subclass__` builds the
# members and then makes the class an instance of EnumType with `_stdlib_native.set_metaclass`
# (iteration, len, `in`, repr and `__members__` of the class go through EnumType). Members of enums
# with an int/str/float base are real instances of it, made by the base's (or the class's own) __new__.

import sys as _sys
import _stdlib_native
from _mappingproxy import mappingproxy as _mappingproxy

_set_metaclass = _stdlib_native.set_metaclass
_new_object = _stdlib_native.new_object
_flag_class = []

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum', 'member', 'nonmember', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class _AutoOps:
    # auto() values are only known when the class is set up: combining them (READ | WRITE in
    # a Flag body) builds an expression evaluated then.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoExpr(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _AutoExpr(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _AutoExpr(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _AutoExpr(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _AutoExpr(lambda a, b: a * b, other, self)


def _resolve(v):
    if isinstance(v, _AutoExpr):
        return v.op(_resolve(v.left), _resolve(v.right))
    if isinstance(v, auto):
        return v.value
    return v


class _AutoExpr(_AutoOps):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class auto(_AutoOps):
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class EnumType(type):
    def __dir__(cls):
        # CPython's: the class's members and a few dunders, with a mixed-in data type's names.
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__', *cls._member_names_}
        mixin = _mixin_type(cls)
        if mixin is not None or any('__new_member__' in c.__dict__ for c in cls.__mro__):
            names.add('__new__')
        names.add('__init_subclass__')  # Enum's own
        return sorted(names if mixin is None else names | set(dir(mixin)))

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if _sys.version_info < (3, 12):
            # 3.11 only takes members, and a pseudo-member (Flag(3)) is not one of the named.
            if not isinstance(value, Enum):
                import _re
                _re.deprecated("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                               "False depending on whether the value is a member or the value of a member")
                raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' "
                                f"and '{type(cls).__qualname__}'")
            return isinstance(value, cls) and value._name_ in cls._member_map_
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return False

    def __bool__(cls):
        return True

    def __call__(cls, value, *args, **kwds):
        # A lookup (Color(1)) returns the member as it is: no __init__ runs again.
        return cls.__new__(cls, value, *args, **kwds)

    def __setattr__(cls, name, value):
        # Members are fixed once the class exists; other class attributes may change.
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)

    if _sys.version_info < (3, 12):
        # 3.11 looks members up here: a name it lacks is a bare AttributeError(name), with no hint.
        def __getattr__(cls, name):
            if not (name.startswith('__') and name.endswith('__')):
                try:
                    return cls._member_map_[name]
                except KeyError:
                    pass
            raise AttributeError(name)

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if _flag_class and issubclass(cls, _flag_class[0]):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'


EnumMeta = EnumType


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (callable(obj) and not isinstance(obj, type)) or isinstance(obj, (property, classmethod, staticmethod))


_builtin_mixins = (int, str, float)


def _mixin_type(cls):
    for base in cls.__mro__:
        if base in _builtin_mixins:
            return base
    return None


def _auto_pending(value):
    # Whether a member's value is (or holds) an auto() still waiting for _generate_next_value_.
    if isinstance(value, auto):
        return value.value is _auto_null
    return isinstance(value, tuple) and any(isinstance(v, auto) and v.value is _auto_null for v in value)


def _setup(cls):
    if '_member_map_' in cls.__dict__:
        return
    for base in cls.__mro__[1:]:
        if base.__dict__.get('_member_names_'):
            raise TypeError(f'<enum {cls.__name__!r}> cannot extend <enum {base.__name__!r}>')
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    is_flag = bool(_flag_class) and issubclass(cls, _flag_class[0])
    # The class is an EnumType already while its members are made (a __new__ may read __members__).
    _set_metaclass(cls, EnumType)
    mixin = _mixin_type(cls)
    new_member = _member_new(cls, mixin)
    if mixin is not None:
        # A builtin mixin base (class X(str, Enum)) would shadow Enum's methods with the builtin
        # type's: as CPython, the enum's own ones win where the class found the builtin's.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in cls.__dict__ and getattr(cls, name) in (getattr(mixin, name, None), getattr(object, name, None)):
                setattr(cls, name, Enum.__dict__[name])
    ignore = cls.__dict__.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    candidates = []
    for name, value in list(cls.__dict__.items()):
        if name == '_generate_next_value_' and any(_auto_pending(v) for _, v in candidates):
            # CPython fills an auto() in as the body assigns it, so a generator defined after one is refused.
            raise TypeError('_generate_next_value_ must be defined before members')
        if _is_dunder(name) or _is_sunder(name) or name in ignore:
            continue
        if name.startswith(f'_{cls.__name__}__'):
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        candidates.append((name, value))
    last_values = []
    has_init = '__init__' in cls.__dict__ or any(
        '__init__' in b.__dict__ for b in cls.__mro__[1:] if b not in (Enum, object) and b.__module__ != 'enum')
    flag_mask = singles_mask = 0
    for count, (name, value) in enumerate(candidates):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, count, last_values[:])
            value = value.value
        elif isinstance(value, _AutoExpr):
            value = _resolve(value)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(cls._generate_next_value_(name, 1, count, last_values[:])
                          if isinstance(v, auto) and v.value is _auto_null else
                          (v.value if isinstance(v, auto) else v) for v in value)
        args = value if isinstance(value, tuple) else (value,)
        last_values.append(value)
        # As CPython, the member is made (its __new__ and __init__ run) before it is known to be an
        # alias: the value a custom __new__ sets decides (B = A where A = 1, 'text' is an alias of A).
        if new_member is None:
            m = _new_object(cls)
            m._value_ = value
        else:
            m = new_member(cls, *args)
            if '_value_' not in m.__dict__:
                m._value_ = value if mixin is None else mixin(*args)
            value = m._value_
        m._name_ = name
        m._sort_order_ = len(cls._member_names_)
        if has_init:
            m.__init__(*args)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            cls._member_map_[name] = canonical
            type.__setattr__(cls, name, canonical)
            continue
        if not (is_flag and isinstance(value, int) and (value == 0 or value & (value - 1))):
            # Multi-bit and zero flags are aliases: not iterated, not counted.
            cls._member_names_.append(name)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_[value] = m
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, m)
        if is_flag and isinstance(value, int):
            flag_mask |= value
            if value > 0 and value & (value - 1) == 0:
                singles_mask |= value
    if is_flag:
        cls._flag_mask_ = flag_mask
        cls._singles_mask_ = singles_mask
        cls._all_bits_ = 2 ** flag_mask.bit_length() - 1


def _member_new(cls, mixin):
    # The __new__ that makes members: the class's own (kept as __new_member__, as CPython, while
    # __new__ becomes Enum's lookup), an enum base's, the builtin mixin's, or none (a plain object).
    own = cls.__dict__.get('__new__')
    if own is not None and own is not Enum.__dict__.get('__new__'):
        type.__setattr__(cls, '__new_member__', own)
    if mixin is not None or own is not None:
        type.__setattr__(cls, '__new__', Enum.__dict__['__new__'])
    for base in cls.__mro__:
        found = base.__dict__.get('__new_member__')
        if found is not None:
            return found.__func__ if isinstance(found, staticmethod) else found
    return None if mixin is None else mixin.__new__


def _enum_repr_value(self):
    return repr(self._value_)


class Enum:
    def __init_subclass__(cls, boundary=None, **kwds):
        # `class F(Flag, boundary=KEEP)`: what a value with bits no member has gives (FlagBoundary)
        if boundary is not None and _flag_class and issubclass(cls, _flag_class[0]):
            type.__setattr__(cls, '_boundary_', boundary)
        _setup(cls)

    def __new__(cls, value, *args, **kwds):
        if '_member_map_' not in cls.__dict__:
            _setup(cls)
        if not cls._member_map_:
            # No members: names (or, from 3.12, a type) make a new class; a value alone is an error,
            # 3.12 on before any lookup, 3.11 once the lookup found nothing (Flag and Enum alike).
            if args or kwds.get('names') is not None or (_sys.version_info >= (3, 12) and kwds.get('type') is not None):
                return _functional(cls, value, *args, **kwds)
            if _sys.version_info >= (3, 12):
                raise TypeError(f'{cls} has no members; specify `names=()` if you meant to create a new, empty, enum')
            if type(value) is not cls:
                raise TypeError(f'{cls!r} has no members defined')
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if isinstance(result, int) and getattr(cls, '_boundary_', None) is EJECT:
            return result
        if result is not None:
            raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def __class_getitem__(cls, name):
        if '_member_map_' not in cls.__dict__:
            _setup(cls)
        return cls._member_map_[name]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    # A member's name and value are read-only; CPython's refusal names Enum, where both are made.
    @name.setter
    def name(self, _):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @name.deleter
    def name(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'name'")

    @value.setter
    def value(self, _):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    @value.deleter
    def value(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'value'")

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {_enum_repr_value(self)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        # CPython's: a mixed-in data type's names (an IntEnum member's are int's, and its class's
        # attributes), the public names of the class and its bases but the other members, and a few
        # dunders. The "Did you mean" hints of AttributeError read this list.
        cls = type(self)
        members = cls._member_map_
        data_type = _mixin_type(cls) is not None
        names = set()
        if data_type:
            # object.__dir__(self): the names of the member's own dict and of every class of its MRO.
            names.update(getattr(self, '__dict__', ()))
            for c in cls.__mro__:
                names.update(c.__dict__)
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in members:
                names.add(name)
        for c in cls.__mro__:
            for name, obj in c.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})


_set_metaclass(Enum, EnumType)


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    # ReprEnum: str() and format() are the builtin's, only repr() is the enum's.
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        # A member's value is a str, or str()'s arguments (object, encoding, errors) that make one.
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bin(num, width):
    """A value in binary as a Flag's STRICT error shows it: '0b0 0111', the sign bit apart."""
    ceiling = 2 ** num.bit_length()
    text = bin(num + ceiling).replace('1', '0', 1) if num >= 0 else bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return f'{sign} {digits}'


def _bits_of(value):
    bits = []
    bit = 1
    while bit <= value:
        if value & bit:
            bits.append(bit)
        bit <<= 1
    return bits


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        try:
            return 2 ** high.bit_length()
        except AttributeError:
            raise TypeError(f'invalid flag value {high!r}') from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            # bits no member has, or out of range: the class's boundary decides
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given {_bin(value, width)}'
                                 f'\n  allowed {_bin(mask, width)}')
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        negative = None
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        keep = boundary is KEEP
        pseudo = int.__new__(cls, value) if issubclass(cls, int) else _new_object(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls._canonical_members() if m._value_ & value == m._value_]
        extra = value & ~mask
        if not names:
            # Only unnamed bits (or none): CPython leaves the name unset, so the repr is <Mode: 8>.
            pseudo._name_ = None
        else:
            if extra and keep:
                names.append(repr(extra))
            pseudo._name_ = '|'.join(names)
        pseudo._sort_order_ = -1
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _canonical_members(cls):
        members = [cls._member_map_[n] for n in cls._member_names_]
        return [m for m in members if m._value_ and (m._value_ & (m._value_ - 1)) == 0]


    def __repr__(self):
        if self._name_ is None:
            return f'<{type(self).__name__}: {self._value_!r}>'
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{type(self).__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self)._canonical_members() if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(_bits_of(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(other, int) and issubclass(type(self), IntFlag):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return type(self)(~self._value_)
        return type(self)(self._singles_mask_ & ~self._value_)


_flag_class.append(Flag)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    def __or__(self, other):
        return Flag.__or__(self, other)

    def __and__(self, other):
        return Flag.__and__(self, other)

    def __xor__(self, other):
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return Flag.__invert__(self)

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    def __iter__(self):
        return Flag.__iter__(self)

    def __len__(self):
        return Flag.__len__(self)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        return Flag.__repr__(self)



class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP

def _functional(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
    if names is None:
        raise TypeError(f"{cls.__name__}() missing 1 required positional argument: 'names'")
    ns = {}
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and isinstance(names[0], str):
            items = []
            last = []
            for count, name in enumerate(names):
                v = cls._generate_next_value_(name, start, count, last[:])
                last.append(v)
                items.append((name, v))
        else:
            items = [tuple(x) for x in names]
    for name, v in items:
        ns[name] = v
    if module is not None:
        ns['__module__'] = module
    bases = (cls,) if type is None else (type, cls)
    if boundary is not None:
        return _make_class(value, bases, ns, boundary=boundary)
    return _make_class(value, bases, ns)


_make_class = type


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ', '.join([f'{alias} -> {name}' for alias, name in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class EnumCheck(StrEnum):
    # What verify() can check of an enumeration.

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def _bits_low_first(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def show_flag_values(value):
    """The single bits of value, lowest first."""
    return list(_bits_low_first(value))


class verify:
    # Check an enumeration's members when the class is made (a class decorator).

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    details = ', '.join([f'{alias} -> {canonical}' for alias, canonical in aliases])
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    wanted = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
                else:
                    wanted = range(low + 1, high)
                missing = [v for v in wanted if v not in values]
                if missing:
                    text = ', '.join([str(v) for v in missing])
                    raise ValueError(f'invalid {kind} {name!r}: missing values {text}'[:256])
            elif check is NAMED_FLAGS:
                values = [m.value for m in enumeration]
                missing_names = []
                missing_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m.value < 0:
                        continue
                    missed = [bit for bit in _bits_low_first(m.value) if bit not in values]
                    if missed:
                        missing_names.append(alias)
                        for bit in missed:
                            missing_bits |= bit
                if missing_names:
                    if len(missing_names) == 1:
                        what = f'alias {missing_names[0]} is missing'
                    else:
                        what = f"aliases {', '.join(missing_names[:-1])} and {missing_names[-1]} are missing"
                    if _is_single_bit(missing_bits):
                        value = f'value 0x{missing_bits:x}'
                    else:
                        value = f'combined values of 0x{missing_bits:x}'
                    raise ValueError(
                        f'invalid Flag {name!r}: {what} {value} [use enum.show_flag_values(value) for details]'
                    )
        return enumeration


def global_enum_repr(self):
    # `module.NAME`: the member as the module global global_enum made it.
    return f"{type(self).__module__.split('.')[-1]}.{self._name_}"


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def global_flag_repr(self):
    # `module.A|module.B`, or `module.Class(value)` for a value no member names.
    module = type(self).__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{type(self).__name__}({self._value_!r})'
    # 3.11 and 3.12 test the member itself, which a plain Flag cannot subtract from (a TypeError).
    if _is_single_bit(self._value_ if _sys.version_info >= (3, 13) else self):
        return f'{module}.{self._name_}'
    return '|'.join([f'{module}.{name}' for name in self._name_.split('|')])


def global_str(self):
    # The bare member name, or `Class(value)` for an unnamed value.
    if self._name_ is None:
        return f'{type(self).__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    # Members named as module globals: the repr names the module, the str (unless the class keeps
    # its mixin's, as IntEnum does) the bare name, and the module gets the members as globals.
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    # A library module still being made (calendar) is not in sys.modules yet; it exports them itself.
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
