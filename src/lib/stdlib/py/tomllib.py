# `tomllib`: reading TOML 1.0 into dicts, lists, strings, numbers, booleans and datetime objects.
# A scanner over the whole text that walks it one statement (key = value, [table], [[array]]) at a
# time. Every error is a TOMLDecodeError naming the first offending position as CPython's parser
# finds it ('(at line L, column C)' or '(at end of document)'), so the checks below run in the
# order CPython's do. 3.14's TOMLDecodeError takes (msg, doc, pos) and keeps them with lineno and
# colno as attributes; earlier versions' is a plain ValueError with the formatted message.

import re as _re
import sys as _sys
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")

_NEW_ERROR = _sys.version_info >= (3, 14)

_CONTROL = frozenset(chr(c) for c in range(32)) | {chr(127)}
# What may not appear raw in a one-line string (basic or literal) or a comment, and in a
# multi-line string, which also allows the newline.
_BAD_IN_LINE = _CONTROL - {"\t"}
_BAD_IN_MULTILINE = _BAD_IN_LINE - {"\n"}
_BLANK = frozenset(" \t")
_BLANK_OR_NEWLINE = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _digits(cls):
    # A run of digits of the class, single underscores allowed between two of them.
    return "%s(?:_?%s)*" % (cls, cls)


_NUMBER = _re.compile(
    "0(?:x" + _digits("[0-9A-Fa-f]") + "|b" + _digits("[01]") + "|o" + _digits("[0-7]") + ")"
    + "|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    + "(?P<floatpart>(?:\\." + _digits("[0-9]") + ")?(?:[eE][+-]?" + _digits("[0-9]") + ")?)"
)
_TIME = "([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\\.([0-9]{1,6})[0-9]*)?"
_LOCAL_TIME = _re.compile(_TIME)
_DATE_TIME = _re.compile(
    "([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    + "(?:[Tt ]" + _TIME + "(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)


class _Unset:
    pass


class TOMLDecodeError(ValueError):
    """A TOML document that does not parse: where and why."""

    if _NEW_ERROR:

        def __init__(self, msg=_Unset, doc=_Unset, pos=_Unset, *args):
            if args or not isinstance(msg, str) or not isinstance(doc, str) or not isinstance(pos, int):
                import warnings

                warnings.warn(
                    "Free-form arguments for TOMLDecodeError are deprecated. "
                    "Please set 'msg' (str), 'doc' (str) and 'pos' (int) arguments only.",
                    DeprecationWarning,
                    stacklevel=2,
                )
                given = [a for a in (msg, doc, pos) if a is not _Unset]
                ValueError.__init__(self, *given, *args)
                return
            line, column = _line_column(doc, pos)
            where = "end of document" if pos >= len(doc) else "line %d, column %d" % (line, column)
            ValueError.__init__(self, "%s (at %s)" % (msg, where))
            self.msg = msg
            self.doc = doc
            self.pos = pos
            self.lineno = line
            self.colno = column


TOMLDecodeError.__module__ = "tomllib"


def _line_column(doc, pos):
    line = doc.count("\n", 0, pos) + 1
    if line == 1:
        return line, pos + 1
    return line, pos - doc.rindex("\n", 0, pos)


def _error(src, pos, msg):
    if _NEW_ERROR:
        return TOMLDecodeError(msg, src, pos)
    if pos >= len(src):
        return TOMLDecodeError("%s (at end of document)" % msg)
    return TOMLDecodeError("%s (at line %d, column %d)" % ((msg,) + _line_column(src, pos)))


def load(fp, /, *, parse_float=float):
    """The TOML document read from FP (opened in binary mode), as a dict."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """The TOML document in the str S, as a dict."""
    if _NEW_ERROR:
        try:
            src = s.replace("\r\n", "\n")
        except (AttributeError, TypeError):
            raise TypeError("Expected str object, not '%s'" % type(s).__qualname__) from None
    else:
        src = s.replace("\r\n", "\n")
    return _Document(src, _checked_float(parse_float)).read()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    return checked


# The marks a key path can carry: its table was declared ([a] or [[a]], or opened by a dotted key
# of a previous section), or it is an inline table or array, which nothing may add to.
_DECLARED = 0
_FROZEN = 1


class _Marks:
    """Marks on key paths: a tree of nodes [own marks, marks for the whole subtree, children]."""

    def __init__(self):
        self.root = {}
        self.pending = set()

    def mark(self, key, flag, subtree):
        children = self.root
        node = None
        for part in key:
            node = children.get(part)
            if node is None:
                node = children[part] = [set(), set(), {}]
            children = node[2]
        node[1 if subtree else 0].add(flag)

    def has(self, key, flag):
        if not key:
            return False
        children = self.root
        for part in key[:-1]:
            node = children.get(part)
            if node is None:
                return False
            if flag in node[1]:
                return True
            children = node[2]
        node = children.get(key[-1])
        return node is not None and (flag in node[0] or flag in node[1])

    def forget(self, key):
        children = self.root
        for part in key[:-1]:
            node = children.get(part)
            if node is None:
                return
            children = node[2]
        children.pop(key[-1], None)

    def mark_later(self, key, flag):
        self.pending.add((key, flag))

    def settle(self):
        for key, flag in self.pending:
            self.mark(key, flag, False)
        self.pending.clear()


def _table_at(root, key, into_arrays=True):
    # The table a key path leads to, made on the way; KeyError where a value that is not a table
    # (an array of tables counts as its last table) stands in the way.
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError("no table behind this key")
    return table


class _Document:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    def fail(self, pos, msg):
        return _error(self.src, pos, msg)

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        end = len(src)
        while pos < end and src[pos] in chars:
            pos += 1
        return pos

    def read(self):
        src = self.src
        data = {}
        marks = _Marks()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _BLANK)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_statement(pos, data, marks, header)
                pos = self.skip(pos, _BLANK)
            elif c == "[":
                marks.settle()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table_header(pos, data, marks)
                else:
                    pos, header = self.table_header(pos, data, marks)
                pos = self.skip(pos, _BLANK)
            elif c != "#":
                raise self.fail(pos, "Invalid statement")
            pos = self.comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.fail(pos, "Expected newline or end of document after a statement")
            pos += 1
        return data

    def until(self, pos, end_text, bad, eof_is_error):
        # The position of end_text from pos on (the end of the text if absent), refusing a bad
        # character before it.
        src = self.src
        found = src.find(end_text, pos)
        if found < 0:
            found = len(src)
            if eof_is_error:
                raise self.fail(found, "Expected %r" % end_text) from None
        while pos < found:
            if src[pos] in bad:
                raise self.fail(pos, "Found invalid character %r" % src[pos])
            pos += 1
        return found

    def comment(self, pos):
        if self.char(pos) == "#":
            return self.until(pos + 1, "\n", _BAD_IN_LINE, False)
        return pos

    def gap_in_array(self, pos):
        while True:
            before = pos
            pos = self.comment(self.skip(pos, _BLANK_OR_NEWLINE))
            if pos == before:
                return pos

    def table_header(self, pos, data, marks):
        pos, key = self.key(self.skip(pos + 1, _BLANK))
        if marks.has(key, _DECLARED) or marks.has(key, _FROZEN):
            raise self.fail(pos, "Cannot declare %r twice" % (key,))
        marks.mark(key, _DECLARED, False)
        try:
            _table_at(data, key)
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.fail(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos, data, marks):
        pos, key = self.key(self.skip(pos + 2, _BLANK))
        if marks.has(key, _FROZEN):
            raise self.fail(pos, "Cannot mutate immutable namespace %r" % (key,))
        # A new element: what the previous one declared is free again, but not [key] itself.
        marks.forget(key)
        marks.mark(key, _DECLARED, False)
        try:
            parent = _table_at(data, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise KeyError("not an array of tables")
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.fail(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, data, marks, header):
        pos, key, value = self.key_value(pos)
        for n in range(1, len(key)):
            prefix = header + key[:n]
            if marks.has(prefix, _DECLARED):
                raise self.fail(pos, "Cannot redefine namespace %r" % (prefix,))
            marks.mark_later(prefix, _DECLARED)
        parent = header + key[:-1]
        if marks.has(parent, _FROZEN):
            raise self.fail(pos, "Cannot mutate immutable namespace %r" % (parent,))
        try:
            table = _table_at(data, parent)
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.fail(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.mark(header + key, _FROZEN, True)
        table[key[-1]] = value
        return pos

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.fail(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _BLANK))
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _BLANK)
            if self.char(pos) != ".":
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _BLANK)

    def key_part(self, pos):
        c = self.char(pos)
        if c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.fail(pos, "Invalid initial character for a key part")

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, '"')
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, "'")
            return self.literal_string(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _DATE_TIME.match(src, pos)
        if m:
            try:
                moment = _moment(m.groups())
            except ValueError as e:
                raise self.fail(pos, "Invalid date or datetime") from e
            return m.end(), moment
        m = _LOCAL_TIME.match(src, pos)
        if m:
            hour, minute, second, fraction = m.groups()
            return m.end(), _time(int(hour), int(minute), int(second), _micros(fraction))
        m = _NUMBER.match(src, pos)
        if m:
            if m.group("floatpart"):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        for word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
            if src.startswith(word, pos):
                return pos + len(word), self.parse_float(word)
        raise self.fail(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.gap_in_array(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.gap_in_array(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.fail(pos, "Unclosed array")
            pos = self.gap_in_array(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        marks = _Marks()
        pos = self.skip(pos + 1, _BLANK)
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            if marks.has(key, _FROZEN):
                raise self.fail(pos, "Cannot mutate immutable namespace %r" % (key,))
            try:
                inner = _table_at(table, key[:-1], into_arrays=False)
            except KeyError:
                raise self.fail(pos, "Cannot overwrite a value") from None
            if key[-1] in inner:
                raise self.fail(pos, "Duplicate inline table key %r" % key[-1])
            inner[key[-1]] = value
            pos = self.skip(pos, _BLANK)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.fail(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.mark(key, _FROZEN, True)
            pos = self.skip(pos + 1, _BLANK)

    def literal_string(self, pos):
        start = pos + 1
        end = self.until(start, "'", _BAD_IN_LINE, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, quote):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if quote == "'":
            end = self.until(pos, "'''", _BAD_IN_MULTILINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            pos, text = self.basic_string(pos, True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        src = self.src
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        parts = []
        start = pos
        while True:
            if pos >= len(src):
                raise self.fail(pos, "Unterminated string") from None
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, "".join(parts)
                pos += 1
            elif c == "\\":
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
            elif c in bad:
                raise self.fail(pos, "Illegal character %r" % c)
            else:
                pos += 1

    def escape(self, pos, multiline):
        src = self.src
        what = src[pos + 1:pos + 2]
        pos += 2
        if multiline and what in (" ", "\t", "\n"):
            # A backslash ending a line drops the newline and the blanks after it.
            if what != "\n":
                pos = self.skip(pos, _BLANK)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.fail(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _BLANK_OR_NEWLINE), ""
        if what == "u" or what == "U":
            width = 4 if what == "u" else 8
            digits = src[pos:pos + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.fail(pos, "Invalid hex value")
            pos += width
            code = int(digits, 16)
            if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
                raise self.fail(pos, "Escaped character is not a Unicode scalar value")
            return pos, chr(code)
        if what in _ESCAPES:
            return pos, _ESCAPES[what]
        raise self.fail(pos, "Unescaped '\\' in a string") from None


def _micros(fraction):
    return int(fraction.ljust(6, "0")) if fraction else 0


_ZONES = {}


def _moment(groups):
    year, month, day, hour, minute, second, fraction, zulu, sign, off_hour, off_minute = groups
    if hour is None:
        return _date(int(year), int(month), int(day))
    if sign:
        zone = _ZONES.get((sign, off_hour, off_minute))
        if zone is None:
            s = 1 if sign == "+" else -1
            zone = _timezone(_timedelta(hours=s * int(off_hour), minutes=s * int(off_minute)))
            _ZONES[(sign, off_hour, off_minute)] = zone
    elif zulu:
        zone = _timezone.utc
    else:
        zone = None
    return _datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), _micros(fraction), tzinfo=zone
    )
