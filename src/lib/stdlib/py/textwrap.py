# `textwrap`: wrap, fill, shorten, dedent, indent and TextWrapper. CPython splits text into chunks
# with a regular expression; the same chunks are found here by scanning, so lines break where
# CPython breaks them (after hyphens inside words, around em-dashes, at whitespace).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # A character of the regular expression class \w.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _hyphen_run(text, i):
    # The length of the run of '-' starting at i.
    n = 0
    while i + n < len(text) and text[i + n] == '-':
        n += 1
    return n


def _em_dash_at(text, i):
    # Two or more hyphens at i followed by a word character: the length of the run, else 0.
    n = _hyphen_run(text, i)
    return n if n >= 2 and _is_word(_at(text, i + n)) else 0


def _breaks_after_hyphen(text, h):
    # A hyphen at h ends a chunk when it joins letters: two letters (or letter-hyphen-letter)
    # before it and a letter, an optional hyphen and a letter after it.
    before = (_is_letter(_at(text, h - 1)) and _is_letter(_at(text, h - 2))) or (
        _is_letter(_at(text, h - 1)) and _at(text, h - 2) == '-' and _is_letter(_at(text, h - 3)))
    if not before or not _is_letter(_at(text, h + 1)):
        return False
    return _is_letter(_at(text, h + 2)) or (_at(text, h + 2) == '-' and _is_letter(_at(text, h + 3)))


def _word_end(text, start):
    # The end of the non-whitespace chunk starting at start: the shortest piece that is followed
    # by a breaking hyphen (taken with it), by whitespace or the end, or by an em-dash.
    k = start + 1
    while True:
        c = _at(text, k)
        if c == '-' and _breaks_after_hyphen(text, k):
            return k + 1
        if c == '' or c in _whitespace:
            return k
        if _is_word_punct(text[k - 1]) and _em_dash_at(text, k):
            return k
        k += 1


def _split_on_hyphens(text):
    chunks = []
    i = 0
    while i < len(text):
        if text[i] in _whitespace:
            j = i
            while j < len(text) and text[j] in _whitespace:
                j += 1
        elif text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
            j = i + _em_dash_at(text, i)
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    i = 0
    while i < len(text):
        space = text[i] in _whitespace
        j = i
        while j < len(text) and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then an optional closing quote, at the end of the chunk.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    __module__ = 'textwrap'

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.max_lines, self.placeholder = max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens

    def _munge_whitespace(self, text):
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        return out.translate(self.unicode_whitespace_trans) if self.replace_whitespace else out

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk alone is wider than a line: cut it, or put it whole on an empty line.
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Rather just after the last hyphen that fits, if something other than hyphens precedes it.
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        limit = self.max_lines
        tail = self.placeholder
        if limit is not None:
            last_prefix = self.initial_indent if limit <= 1 else self.subsequent_indent
            if len(last_prefix) + len(tail.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        drop = self.drop_whitespace
        out = []
        todo = chunks
        todo.reverse()  # the next chunk is todo[-1]
        while todo:
            prefix = self.subsequent_indent if out else self.initial_indent
            room = self.width - len(prefix)
            if out and drop and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                piece = todo.pop()
                line.append(piece)
                used += len(piece)
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(map(len, line))
            if drop and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if limit is None or len(out) + 1 < limit:
                out.append(prefix + ''.join(line))
                continue
            # The last line allowed: whole if nothing but dropped space follows, else with the tail.
            rest_empty = not todo or drop and len(todo) == 1 and not todo[0].strip()
            if rest_empty and used <= room:
                out.append(prefix + ''.join(line))
                continue
            while line:
                if line[-1].strip() and used + len(tail) <= room:
                    out.append(prefix + ''.join(line) + tail)
                    break
                used -= len(line.pop())
            else:
                shortened = out[-1].rstrip() if out else None
                if shortened is not None and len(shortened) + len(tail) <= self.width:
                    out[-1] = shortened + tail
                else:
                    out.append(prefix + tail.lstrip())
            break
        return out

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    words = text.strip().split()
    return one_line.fill(' '.join(words))


def dedent(text):
    # Lines of only spaces and tabs become empty; the margin is the longest run of spaces and
    # tabs that starts every other line, and is removed from them.
    lines = text.split('\n')
    margin = None
    for n, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[n] = ''
            continue
        indent = line[:len(line) - len(body)]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            k = 0
            while margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    parts = []
    for line in text.splitlines(True):
        if predicate(line) if predicate is not None else not line.isspace():
            parts.append(prefix)
        parts.append(line)
    return ''.join(parts)
