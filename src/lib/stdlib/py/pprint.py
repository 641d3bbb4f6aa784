# `pprint`: pformat and pprint of dicts, lists, tuples, sets and strings, wrapped at `width` the
# way CPython's PrettyPrinter wraps them (sorted dict keys unless sort_dicts=False, compact
# sequences, depth limits, recursion markers) and dataclasses (a field a line). Other objects print
# with their repr; the collections types are not given their own layouts.

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values of types that cannot be compared by their type's name, then id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


def _words(line):
    """re.findall(r'\\S*\\s*', line) without its final empty match."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _is_dataclass_with_own_repr(object):
    # A dataclass instance whose repr is the one @dataclass wrote (pprint lays only those out).
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    import dataclasses
    return type(object).__repr__ in dataclasses._generated_reprs


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        # The first failing check wins.
        fault = None
        if indent < 0:
            fault = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            fault = 'depth must be > 0'
        elif not width:
            fault = 'width must be != 0'
        if fault is not None:
            raise ValueError(fault)
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def pprint(self, object):
        # Piece by piece, as CPython writes them.
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def isreadable(self, object):
        triple = self.format(object, {}, 0, 0)
        return triple[1] and not triple[2]

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def _format(self, object, stream, indent, allowance, context, level):
        # The one-line repr when it fits (or no layout exists for the type), else the type's layout.
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        layout = None
        if len(rep) > self._width - indent - allowance:
            layout = _printer(type(object).__repr__)
            if layout is None and _is_dataclass_with_own_repr(object):
                layout = type(self)._pprint_dataclass
        if layout is None:
            stream.write(rep)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pad(self, stream):
        # After an opening bracket, an indent wider than 1 shows as spaces.
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        # Name(field=value, ...) with one field a line, aligned after the opening parenthesis.
        import dataclasses
        name = type(object).__name__
        indent += len(name) + 1
        shown = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        for i, (key, value) in enumerate(shown):
            last = i == len(shown) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f'{name}({factory},\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        # Each map on a line of its own; only the last one needs room for the closing parenthesis.
        *leading, last = object.maps
        for m in leading:
            self._format(m, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(last, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n' + ' ' * indent + f'maxlen={maxlen})')

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: as what they hold.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ')' if len(object) != 1 else ',)'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        # A set as {...}; a frozenset (or a subclass) as Name({...}), members sorted where they can be.
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            opening, closing = '{', '}'
        else:
            opening, closing = cls.__name__ + '({', '})'
            indent += len(opening) - 1
        stream.write(opening)
        members = sorted(object, key=_safe_key)
        self._format_items(members, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            # At the top level the pieces go in parentheses.
            indent += 1
            allowance += 1
        pieces = list(_string_pieces(object, self._width - indent, allowance))
        if len(pieces) == 1:
            stream.write(pieces[0])
        else:
            _stack(stream.write, pieces, indent, top, False)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        # Split into reprs of 4-byte groups that fit the width; at the top level in parentheses.
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        # (CPython writes an empty separator before the first piece here.)
        _stack(stream.write, _bytes_chunks(object, self._width - indent, allowance), indent, top, True)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        # key: value, one pair a line; each value laid out after its key.
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(items)
        final = len(pairs) - 1
        for position, (key, value) in enumerate(pairs):
            key_rep = self._repr(key, context, level)
            stream.write(key_rep)
            stream.write(': ')
            at_end = position == final
            self._format(value, stream, indent + len(key_rep) + 2, allowance if at_end else 1, context, level)
            if not at_end:
                stream.write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        # One item a line; compact mode fills each line with as many one-line reprs as fit and
        # lays out only an item too wide for a line of its own.
        indent += self._indent_per_level
        self._pad(stream)
        newline = ',\n' + ' ' * indent
        members = list(items)
        final = len(members) - 1
        fresh = room = self._width - indent + 1  # a new line's width, and what is left of this one
        sep = ''
        for position, member in enumerate(members):
            at_end = position == final
            if at_end:
                fresh -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(member, context, level)
                need = len(rep) + 2
                if need > room:
                    room = fresh
                    sep = newline if sep else sep
                if need <= room:
                    room -= need
                    stream.write(sep)
                    stream.write(rep)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(member, stream, indent, allowance if at_end else 1, context, level)

    def _repr(self, object, context, level):
        # The flags are only ever lowered (readable) or raised (recursive), once per pformat.
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    _dispatch = {}

    def _safe_repr(self, object, context, maxlevels, level):
        # (text, readable, recursive). Dicts, lists and tuples (and subclasses keeping their repr) are
        # spelled out here, with sorted dict keys, depth limits and recursion markers; the rest is repr().
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        shown_by = getattr(cls, '__repr__', None)
        if shown_by is int.__repr__ and issubclass(cls, int):
            return (f'{object:_d}' if self._underscore_numbers else repr(object)), True, False
        if shown_by is dict.__repr__ and issubclass(cls, dict):
            return self._safe_container(object, context, maxlevels, level, '{%s}')
        if shown_by is list.__repr__ and issubclass(cls, list):
            return self._safe_container(object, context, maxlevels, level, '[%s]')
        if shown_by is tuple.__repr__ and issubclass(cls, tuple):
            return self._safe_container(object, context, maxlevels, level, '(%s,)' if len(object) == 1 else '(%s)')
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _safe_container(self, object, context, maxlevels, level, template):
        if not object:
            return template % '', True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        is_dict = template == '{%s}'
        if not is_dict:
            members = object
        elif self._sort_dicts:
            members = [part for pair in sorted(object.items(), key=_safe_tuple) for part in pair]
        else:
            members = [part for pair in object.items() for part in pair]
        texts = []
        readable = True
        recursive = False
        for member in members:
            text, ok, loops = self.format(member, context, maxlevels, level + 1)
            texts.append(text)
            if is_dict:
                readable = readable and ok
            elif not ok:
                readable = False
            if loops:
                recursive = True
        del context[key]
        if is_dict:
            texts = [f'{texts[i]}: {texts[i + 1]}' for i in range(0, len(texts), 2)]
        return template % ', '.join(texts), readable, recursive


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _string_pieces(text, room, allowance):
    # The reprs a long string is shown as: a line each where it fits, else the line cut after
    # whole words. The last line (and the last word of it) leaves `allowance` for what follows.
    lines = text.splitlines(True)
    final = len(lines) - 1
    for number, line in enumerate(lines):
        whole = repr(line)
        if len(whole) <= (room - allowance if number == final else room):
            yield whole
            continue
        words = _words(line)
        current = ''
        for index, word in enumerate(words):
            limit = room - allowance if number == final and index == len(words) - 1 else room
            joined = current + word
            if len(repr(joined)) <= limit:
                current = joined
                continue
            if current:
                yield repr(current)
            current = word
        if current:
            yield repr(current)


def _stack(write, pieces, indent, parenthesised, blank_first):
    # Pieces one under another at `indent`, in parentheses when asked.
    if parenthesised:
        write('(')
    gap = '\n' + ' ' * indent
    for index, piece in enumerate(pieces):
        if index:
            write(gap)
        elif blank_first:
            write('')
        write(piece)
    if parenthesised:
        write(')')


# The printers, by the __repr__ a type has (a subclass that keeps its base's repr is printed as
# it), as CPython's _dispatch; collections' types join when a program has imported collections.
PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
}


def _bytes_chunks(data, width, allowance):
    # The last group (from the last multiple of 4) also leaves room for what follows the value.
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        group = data[i:i + 4]
        if i == last:
            width -= allowance
        if len(repr(current + group)) > width and current:
            yield repr(current)
            current = group
        else:
            current += group
    if current:
        yield repr(current)
_with_collections = False


def _printer(repr_method):
    global _with_collections
    p = PrettyPrinter._dispatch.get(repr_method)
    if p is None and not _with_collections and 'collections' in sys.modules:
        _with_collections = True
        found = vars(sys.modules['collections'])
        for name, printer in (('OrderedDict', PrettyPrinter._pprint_ordered_dict),
                              ('defaultdict', PrettyPrinter._pprint_default_dict),
                              ('Counter', PrettyPrinter._pprint_counter),
                              ('ChainMap', PrettyPrinter._pprint_chain_map),
                              ('deque', PrettyPrinter._pprint_deque),
                              ('UserDict', PrettyPrinter._pprint_user_data),
                              ('UserList', PrettyPrinter._pprint_user_data),
                              ('UserString', PrettyPrinter._pprint_user_data)):
            if name in found:
                PrettyPrinter._dispatch[found[name].__repr__] = printer
        p = PrettyPrinter._dispatch.get(repr_method)
    return p
