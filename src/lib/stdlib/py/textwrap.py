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
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

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
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break just after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        # Taken from the end: the next chunk is chunks[-1].
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines
                            or (not chunks or self.drop_whitespace and len(chunks) == 1
                                and not chunks[0].strip()) and cur_len <= width)
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # max_lines reached with text left: end with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


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
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return not line.isspace()
    prefixed = []
    for line in text.splitlines(True):
        if predicate(line):
            prefixed.append(prefix)
        prefixed.append(line)
    return ''.join(prefixed)
