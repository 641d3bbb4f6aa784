# `string.templatelib` (3.14): what a t-string evaluates to. t"Hi {name}!" is a Template holding the
# literal pieces ('Hi ', '!') and one Interpolation per replacement field: the field's value, the
# text of its expression, its conversion letter and its format spec, none of them applied.
# CPython writes both classes in C: instances are fixed (no new attributes, read-only fields) and
# neither class may be subclassed.

from _stdlib_native import c_types as _c_types, final_types as _final_types
from types import GenericAlias as _GenericAlias

_NO_DICT = " and no __dict__ for setting new attributes"
_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}


def _refuse_change(obj, attr, fields):
    if attr in fields:
        raise AttributeError('readonly attribute')
    raise AttributeError(f"'string.templatelib.{type(obj).__name__}' object has no attribute '{attr}'{_NO_DICT}")


class Interpolation:
    """Interpolation object"""

    __slots__ = ('_value', '_expression', '_conversion', '_format_spec')
    __match_args__ = ('value', 'expression', 'conversion', 'format_spec')
    _FIELDS = __match_args__

    def __new__(cls, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 4:
            raise TypeError(f'Interpolation() takes at most 4 arguments ({given} given)')
        slots = dict(zip(cls._FIELDS, args))
        for key, val in kwargs.items():
            if key not in cls._FIELDS:
                raise TypeError(f"Interpolation() got an unexpected keyword argument '{key}'")
            if key in slots:
                position = cls._FIELDS.index(key) + 1
                raise TypeError(f"argument for Interpolation() given by name ('{key}') and position ({position})")
            slots[key] = val
        if 'value' not in slots:
            raise TypeError("Interpolation() missing required argument 'value' (pos 1)")
        expression = slots.get('expression', '')
        conversion = slots.get('conversion')
        format_spec = slots.get('format_spec', '')
        if not isinstance(expression, str):
            raise TypeError(f"Interpolation() argument 'expression' must be str, not {type(expression).__name__}")
        if conversion is not None:
            if not isinstance(conversion, str):
                raise TypeError(f"Interpolation() argument 'conversion' must be str, not {type(conversion).__name__}")
            if conversion not in _CONVERTERS:
                raise ValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'")
        if not isinstance(format_spec, str):
            raise TypeError(f"Interpolation() argument 'format_spec' must be str, not {type(format_spec).__name__}")
        self = object.__new__(cls)
        put = object.__setattr__
        put(self, '_value', slots['value'])
        put(self, '_expression', expression)
        put(self, '_conversion', conversion)
        put(self, '_format_spec', format_spec)
        return self

    value = property(lambda self: self._value)
    expression = property(lambda self: self._expression)
    conversion = property(lambda self: self._conversion)
    format_spec = property(lambda self: self._format_spec)

    def __repr__(self):
        shown = ', '.join([repr(self._value), repr(self._expression), repr(self._conversion), repr(self._format_spec)])
        return f'Interpolation({shown})'

    def __setattr__(self, attr, value):
        _refuse_change(self, attr, self._FIELDS)

    def __delattr__(self, attr):
        _refuse_change(self, attr, self._FIELDS)

    def __reduce__(self):
        return (type(self), (self._value, self._expression, self._conversion, self._format_spec))

    __class_getitem__ = classmethod(_GenericAlias)


class Template:
    """Template object"""

    __slots__ = ('_strings', '_interpolations')
    _FIELDS = ('strings', 'interpolations')

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('Template.__new__ only accepts *args arguments')
        # Adjacent strings join; every interpolation sits between two strings (maybe empty).
        strings = []
        interpolations = []
        pending = ''
        for arg in args:
            if isinstance(arg, str):
                pending += arg
            elif isinstance(arg, Interpolation):
                strings.append(pending)
                pending = ''
                interpolations.append(arg)
            else:
                raise TypeError(
                    f"Template.__new__ *args need to be of type 'str' or 'Interpolation', got {type(arg).__name__}"
                )
        strings.append(pending)
        return cls._made(tuple(strings), tuple(interpolations))

    @classmethod
    def _made(cls, strings, interpolations):
        self = object.__new__(cls)
        object.__setattr__(self, '_strings', strings)
        object.__setattr__(self, '_interpolations', interpolations)
        return self

    strings = property(lambda self: self._strings)
    interpolations = property(lambda self: self._interpolations)

    @property
    def values(self):
        return tuple([part.value for part in self._interpolations])

    def __iter__(self):
        # The pieces in order, leaving out the empty strings.
        last = len(self._interpolations)
        for index, text in enumerate(self._strings):
            if text:
                yield text
            if index < last:
                yield self._interpolations[index]

    def __add__(self, other):
        if not isinstance(other, Template):
            raise TypeError(
                'can only concatenate string.templatelib.Template '
                f'(not "{type(other).__name__}") to string.templatelib.Template'
            )
        head = self._strings
        tail = other._strings
        joined = head[:-1] + (head[-1] + tail[0],) + tail[1:]
        return Template._made(joined, self._interpolations + other._interpolations)

    def __repr__(self):
        return f'Template(strings={self._strings!r}, interpolations={self._interpolations!r})'

    def __setattr__(self, attr, value):
        _refuse_change(self, attr, self._FIELDS)

    def __delattr__(self, attr):
        _refuse_change(self, attr, self._FIELDS)

    def __reduce__(self):
        return (_template_unpickle, (self._strings, self._interpolations))

    __class_getitem__ = classmethod(_GenericAlias)


def _template_unpickle(strings, interpolations):
    return Template._made(tuple(strings), tuple(interpolations))


def convert(obj, /, conversion):
    """Apply a t-string conversion letter ('s', 'r', 'a' or None) to a value."""
    if conversion is None:
        return obj
    converter = _CONVERTERS.get(conversion)
    if converter is None:
        raise ValueError(f'invalid conversion specifier: {conversion}')
    return converter(obj)


for _cls in (Interpolation, Template):
    _cls.__module__ = 'string.templatelib'
_c_types(Interpolation, Template)
_final_types(Interpolation, Template)
del _cls
