# `annotationlib` (3.14, PEP 649/749): reading annotations in the four formats. The compiler's
# __annotate__ functions answer VALUE themselves; FORWARDREF and STRING run the same annotation
# expressions again with "fake globals" (the simulator's native annotate_fake): a name that is
# not defined (FORWARDREF) or any name at all (STRING) becomes a _Stringifier, which records
# every operation done to it as a small syntax tree and prints as the source it stands for.
# After a FORWARDREF run the stringifiers left over turn into ForwardRef objects.

import builtins
import enum
import keyword
import sys
import types

import _stdlib_native
from typing import ForwardRef

__all__ = [
    "Format",
    "ForwardRef",
    "call_annotate_function",
    "call_evaluate_function",
    "get_annotate_from_class_namespace",
    "get_annotations",
    "annotations_to_string",
    "type_repr",
]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


# ---------------------------------------------------------------- source text of a tiny tree
# Nodes are tuples: ('name', id), ('const', value), ('attr', node, name), ('sub', node, index),
# ('tuple'|'list'|'set', [nodes]), ('dict', [keys], [values]), ('call', node, [args], [(k, node)]),
# ('bin', left, op, right), ('unary', op, node), ('cmp', left, op, right), ('star', node),
# ('slice', lower, upper, step). Printed as ast.unparse prints the same expression.

_TUPLE, _TEST, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _ATOM = (
    1, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17)
_BINARY = {'|': _BOR, '^': _BXOR, '&': _BAND, '<<': _SHIFT, '>>': _SHIFT, '+': _ARITH, '-': _ARITH,
           '*': _TERM, '@': _TERM, '/': _TERM, '%': _TERM, '//': _TERM, '**': _POWER}


def _text(node, level=_TEST):
    kind = node[0]
    if kind == 'name':
        return node[1]
    if kind == 'const':
        return '...' if node[1] is ... else repr(node[1])
    if kind == 'attr':
        inner = _text(node[1], _ATOM)
        if node[1][0] == 'const' and type(node[1][1]) is int:
            inner += ' '
        return f'{inner}.{node[2]}'
    if kind == 'sub':
        index = node[2]
        if index[0] == 'tuple' and index[1]:
            inside = _items(index[1])
        else:
            inside = _text(index)
        return f'{_text(node[1], _ATOM)}[{inside}]'
    if kind == 'star':
        return '*' + _text(node[1], _BOR)
    if kind == 'tuple':
        inside = _items(node[1])
        return f'({inside})' if not node[1] or level > _TUPLE else inside
    if kind == 'list':
        return '[' + ', '.join(_text(e) for e in node[1]) + ']'
    if kind == 'set':
        return '{' + ', '.join(_text(e) for e in node[1]) + '}' if node[1] else '{*()}'
    if kind == 'dict':
        pairs = [f'{_text(k)}: {_text(v)}' if k is not None else '**' + _text(v, _BOR)
                 for k, v in zip(node[1], node[2])]
        return '{' + ', '.join(pairs) + '}'
    if kind == 'call':
        args = [_text(a) for a in node[2]] + [f'{k}={_text(v)}' for k, v in node[3]]
        return f'{_text(node[1], _ATOM)}({", ".join(args)})'
    if kind == 'slice':
        lower, upper, step = (_text(p) if p is not None else '' for p in node[1:])
        return f'{lower}:{upper}' + (f':{step}' if node[3] is not None else '')
    if kind == 'bin':
        mine = _BINARY[node[2]]
        left, right = (mine + 1, mine) if node[2] == '**' else (mine, mine + 1)
        text = f'{_text(node[1], left)} {node[2]} {_text(node[3], right)}'
    elif kind == 'unary':
        mine = _NOT if node[1] == 'not ' else _FACTOR
        text = node[1] + _text(node[2], mine)
    else:
        mine = _CMP
        text = f'{_text(node[1], _CMP + 1)} {node[2]} {_text(node[3], _CMP + 1)}'
    return f'({text})' if level > mine else text


def _items(elements):
    if len(elements) == 1:
        return _text(elements[0]) + ','
    return ', '.join(_text(e) for e in elements)


# ---------------------------------------------------------------- stringifiers

class _Stringifier:
    # What a name the fake globals lack evaluates to. Every operation on it makes another, whose
    # tree holds this one's: what the annotation did, to print back.

    def __init__(self, node, owner, is_class, stringifier_dict, extra_names=None):
        object.__setattr__(self, '_node', node)
        object.__setattr__(self, '_sdict', stringifier_dict)
        object.__setattr__(self, '__owner__', owner)
        object.__setattr__(self, '__forward_is_class__', is_class)
        object.__setattr__(self, '__extra_names__', extra_names)

    def _tree(self):
        return self._node

    def _convert(self, other):
        if isinstance(other, _Stringifier):
            return other._node, other.__extra_names__
        sdict = self._sdict
        if sdict.format == Format.STRING or other is None or type(other) in (str, int, float, bool, complex):
            return ('const', other), None
        if type(other) is dict:
            extra, keys, values = {}, [], []
            for k, v in other.items():
                for part, out in ((k, keys), (v, values)):
                    node, more = self._convert(part)
                    extra.update(more or {})
                    out.append(node)
            return ('dict', keys, values), extra
        if type(other) in (list, tuple, set):
            extra, elements = {}, []
            for e in other:
                node, more = self._convert(e)
                extra.update(more or {})
                elements.append(node)
            return ({list: 'list', tuple: 'tuple', set: 'set'}[type(other)], elements), extra
        name = sdict.create_unique_name()
        return ('name', name), {name: other}

    def _convert_index(self, other):
        if isinstance(other, slice):
            extra = {}
            parts = []
            for p in (other.start, other.stop, other.step):
                if p is None:
                    parts.append(None)
                else:
                    node, more = self._convert(p)
                    extra.update(more or {})
                    parts.append(node)
            return ('slice', *parts), extra
        return self._convert(other)

    def _new(self, node, extra_names=None):
        extra = dict(self.__extra_names__ or {})
        extra.update(extra_names or {})
        made = _Stringifier(node, self.__owner__, self.__forward_is_class__, self._sdict, extra or None)
        self._sdict.stringifiers.append(made)
        return made

    def __hash__(self):
        return id(self)

    def __getitem__(self, other):
        if self._node == ('name', '__classdict__'):
            raise KeyError
        if isinstance(other, tuple):
            extra, elements = {}, []
            for e in other:
                node, more = self._convert_index(e)
                extra.update(more or {})
                elements.append(node)
            return self._new(('sub', self._node, ('tuple', elements)), extra)
        node, extra = self._convert_index(other)
        return self._new(('sub', self._node, node), extra)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return self._new(('attr', self._node, name))

    def __call__(self, *args, **kwargs):
        extra, nodes, keywords = {}, [], []
        for a in args:
            node, more = self._convert(a)
            extra.update(more or {})
            nodes.append(node)
        for k, v in kwargs.items():
            node, more = self._convert(v)
            extra.update(more or {})
            keywords.append((k, node))
        return self._new(('call', self._node, nodes, keywords), extra)

    def __iter__(self):
        yield self._new(('star', self._node))

    def __repr__(self):
        return _text(self._node)

    def __format__(self, format_spec):
        raise TypeError("Cannot stringify annotation containing string formatting")

    def _binary(op):
        def left(self, other):
            node, extra = self._convert(other)
            return self._new(('bin', self._node, op, node), extra)

        def right(self, other):
            node, extra = self._convert(other)
            return self._new(('bin', node, op, self._node), extra)
        return left, right

    __add__, __radd__ = _binary('+')
    __sub__, __rsub__ = _binary('-')
    __mul__, __rmul__ = _binary('*')
    __matmul__, __rmatmul__ = _binary('@')
    __truediv__, __rtruediv__ = _binary('/')
    __floordiv__, __rfloordiv__ = _binary('//')
    __mod__, __rmod__ = _binary('%')
    __pow__, __rpow__ = _binary('**')
    __lshift__, __rlshift__ = _binary('<<')
    __rshift__, __rrshift__ = _binary('>>')
    __or__, __ror__ = _binary('|')
    __xor__, __rxor__ = _binary('^')
    __and__, __rand__ = _binary('&')
    del _binary

    def _comparison(op):
        def compare(self, other):
            node, extra = self._convert(other)
            return self._new(('cmp', self._node, op, node), extra)
        return compare

    __lt__ = _comparison('<')
    __le__ = _comparison('<=')
    __eq__ = _comparison('==')
    __ne__ = _comparison('!=')
    __gt__ = _comparison('>')
    __ge__ = _comparison('>=')
    del _comparison

    def __neg__(self):
        return self._new(('unary', '-', self._node))

    def __pos__(self):
        return self._new(('unary', '+', self._node))

    def __invert__(self):
        return self._new(('unary', '~', self._node))


class _StringifierDict:
    # The fake globals' other half: makes the stringifier of each name looked up, and keeps them all.

    def __init__(self, *, globals=None, owner=None, is_class=False, format):
        self.globals = globals
        self.owner = owner
        self.is_class = is_class
        self.stringifiers = []
        self.next_id = 1
        self.format = format

    def missing(self, key):
        made = _Stringifier(('name', key), self.owner, self.is_class, self)
        self.stringifiers.append(made)
        return made

    def transmogrify(self):
        # The stringifiers become ForwardRefs in place (an annotation may hold one inside a value).
        for obj in self.stringifiers:
            node = object.__getattribute__(obj, '_node')
            extra = object.__getattribute__(obj, '__extra_names__')
            obj.__class__ = ForwardRef
            for name in ('_node', '_sdict'):
                delattr(obj, name)
            obj.__forward_arg__ = _text(node)
            obj.__forward_is_argument__ = False
            obj.__forward_module__ = None
            obj.__globals__ = self.globals
            obj.__extra_names__ = extra

    def create_unique_name(self):
        name = f"__annotationlib_name_{self.next_id}__"
        self.next_id += 1
        return name


def _run_fake(annotate, real, sdict):
    result = _stdlib_native.annotate_fake(annotate, real, sdict.missing)
    if result is None:
        raise NotImplementedError(
            "annotationlib: calling an __annotate__ function not made by the compiler with the "
            "FORWARDREF or STRING format is not simulated in Loopline")
    return result


def _stringify_single(anno):
    if anno is ...:
        return "..."
    if isinstance(anno, str):
        return anno
    return repr(anno)


def call_evaluate_function(evaluate, format, *, owner=None):
    return call_annotate_function(evaluate, format, owner=owner)


def call_annotate_function(annotate, format, *, owner=None):
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    try:
        return annotate(format)
    except NotImplementedError:
        pass
    is_class = isinstance(owner, type)
    if format == Format.STRING:
        try:
            annotate(Format.VALUE_WITH_FAKE_GLOBALS)
        except NotImplementedError:
            return annotations_to_string(annotate(Format.VALUE))
        except Exception:
            pass
        sdict = _StringifierDict(format=format)
        annos = _run_fake(annotate, False, sdict)
        return {key: _stringify_single(value) for key, value in annos.items()}
    if format == Format.FORWARDREF:
        globals = getattr(annotate, '__globals__', None)
        sdict = _StringifierDict(globals=globals, owner=owner, is_class=is_class, format=format)
        try:
            result = _run_fake(annotate, True, sdict)
        except NotImplementedError:
            return annotate(Format.VALUE)
        except Exception:
            pass
        else:
            sdict.transmogrify()
            return result
        # Again with no names defined: some annotation failed on a value it could not use.
        sdict = _StringifierDict(globals=globals, owner=owner, is_class=is_class, format=format)
        result = _run_fake(annotate, False, sdict)
        sdict.transmogrify()
        return {key: value.evaluate(format=Format.FORWARDREF) if isinstance(value, ForwardRef) else value
                for key, value in result.items()}
    if format == Format.VALUE:
        raise RuntimeError("annotate function does not support VALUE format")
    raise ValueError(f"Invalid format: {format!r}")


def get_annotate_from_class_namespace(obj):
    try:
        return obj["__annotate__"]
    except KeyError:
        return obj.get("__annotate_func__", None)


def _dunder_annotations(obj):
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        return None
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return ann


def _call_annotate(obj, format):
    annotate = getattr(obj, "__annotate__", None)
    if annotate is None:
        return None
    ann = call_annotate_function(annotate, format, owner=obj)
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotate__ returned a non-dict")
    return ann


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    if eval_str and format != Format.VALUE:
        raise ValueError("eval_str=True is only supported with format=Format.VALUE")
    if format == Format.VALUE:
        ann = _dunder_annotations(obj)
        if ann is None:
            ann = _call_annotate(obj, format)
    elif format == Format.FORWARDREF:
        try:
            ann = _dunder_annotations(obj)
        except Exception:
            ann = None
        else:
            if ann is not None:
                return dict(ann)
        ann = _call_annotate(obj, format)
        if ann is None:
            ann = _dunder_annotations(obj)
    elif format == Format.STRING:
        ann = _call_annotate(obj, format)
        if ann is not None:
            return dict(ann)
        ann = _dunder_annotations(obj)
        if ann is not None:
            return annotations_to_string(ann)
    elif format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    else:
        raise ValueError(f"Unsupported format {format!r}")

    if ann is None:
        if isinstance(obj, type) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} does not have annotations")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    home_globals, home_locals = _home_namespaces(obj)
    scope_globals = home_globals if globals is None else globals
    scope_locals = home_locals if locals is None else locals
    if getattr(obj, "__type_params__", ()):
        scope_locals = {p.__name__: p for p in obj.__type_params__} | (scope_locals or {})
    return {name: eval(_star_unpacked(value), scope_globals, scope_locals) if isinstance(value, str) else value
            for name, value in ann.items()}


def _home_namespaces(obj):
    # Where an object's string annotations are evaluated: a class's module and its own namespace,
    # a module's dict, a callable's globals (those of what a wrapper or partial wraps).
    if isinstance(obj, types.ModuleType):
        return obj.__dict__, None
    if isinstance(obj, type):
        home = sys.modules.get(getattr(obj, "__module__", None) or "", None)
        found, scope_locals = getattr(home, "__dict__", None) if home else None, dict(vars(obj))
    elif callable(obj):
        found, scope_locals = getattr(obj, "__globals__", None), None
    else:
        return None, None
    functools = sys.modules.get("functools")
    seen = obj
    while hasattr(seen, "__wrapped__") or (functools and isinstance(seen, functools.partial)):
        seen = seen.__wrapped__ if hasattr(seen, "__wrapped__") else seen.func
    return getattr(seen, "__globals__", found), scope_locals


def type_repr(value):
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
        if value.__module__ == "builtins":
            return value.__qualname__
        return f"{value.__module__}.{value.__qualname__}"
    if value is ...:
        return "..."
    return repr(value)


def annotations_to_string(annotations):
    return {name: value if isinstance(value, str) else type_repr(value)
            for name, value in annotations.items()}


def _star_unpacked(text):
    # `*Ts` is no expression of its own: evaluated as the one item of a tuple display.
    return f"({text},)[0]" if text.startswith("*") else text

