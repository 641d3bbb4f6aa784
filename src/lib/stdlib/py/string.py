# `string`: the character constants, capwords, Template and Formatter.
import _string
import sys as _sys

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _substitute(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            if not s.startswith(d, i):
                out.append(s[i])
                i += 1
                continue
            j = i + len(d)
            if s.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            if j < n and s[j] == '{':
                k = s.find('}', j)
                name = s[j + 1:k] if k >= 0 else ''
                if k < 0 or (not name) or (not _is_ident_start(name[0])) or (not all(_is_ident_char(c) for c in name)):
                    if safe:
                        out.append(d)
                        i = j
                        continue
                    self._invalid(j)
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(s[i:k + 1])
                else:
                    raise KeyError(name)
                i = k + 1
                continue
            k = j
            if k < n and _is_ident_start(s[k]):
                k += 1
                while k < n and _is_ident_char(s[k]):
                    k += 1
            name = s[j:k]
            if not name:
                if safe:
                    out.append(d)
                    i = j
                    continue
                self._invalid(j)
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:k])
            else:
                raise KeyError(name)
            i = k
        return ''.join(out)

    def _invalid(self, i):
        # i: where the text after the delimiter starts, as CPython's pattern reports it.
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._substitute(mapping, True)

    def get_identifiers(self):
        ids = []
        for name in self._names():
            if name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        try:
            self._substitute(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def _names(self):
        found = []

        class Recorder:
            def __contains__(self, name):
                found.append(name)
                return True

            def __getitem__(self, name):
                return ''
        self._substitute(Recorder(), True)
        return found


class _AnyMapping:
    def __contains__(self, name):
        return True

    def __getitem__(self, name):
        return ''


class Formatter:
    # str.format's machinery split into overridable steps (parse, get_field, get_value,
    # convert_field, format_field, check_unused_args), in the order CPython's Formatter calls them.
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is False once a field was numbered by hand: the two styles do not mix.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if _sys.version_info >= (3, 14):
                # 3.14 numbers '{.attr}' and '{[0]}' too, and names the switch the right way round.
                first, _ = _string.formatter_field_name_split(field_name)
                automatic = first == ''
                manual = isinstance(first, int)
                to_manual = 'cannot switch from automatic field numbering to manual field specification'
            else:
                automatic = field_name == ''
                manual = field_name.isdigit()
                to_manual = 'cannot switch from manual field specification to automatic field numbering'
            if automatic:
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif manual:
                if auto_arg_index:
                    raise ValueError(to_manual)
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
