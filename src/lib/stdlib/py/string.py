# `string`: the character constants, capwords and Template.

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
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
