# `shlex`: shell-like splitting (split, quote, join) and the shlex lexer class, read one character
# at a time through the same states as CPython's (' ' between tokens, 'a' in a word, 'c' in a run
# of punctuation, a quote character inside quotes, the escape character after it).

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_V312 = sys.version_info >= (3, 12)
_V314 = sys.version_info >= (3, 14)


class _Stdin:
    # The program's standard input, looked up only when the lexer reads from it.
    def read(self, n=-1):
        return sys.stdin.read(n)

    def readline(self):
        return sys.stdin.readline()

    def close(self):
        pass


_stdin = _Stdin()


_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode adds the Latin-1 letters: lower case (with sharp s) first, then upper case;
# the multiplication and division signs are not letters.
_LATIN1_WORD = ''.join(chr(n) for n in range(0xDF, 0x100) if n != 0xF7) + \
    ''.join(chr(n) for n in range(0xC0, 0xDF) if n != 0xD7)


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source


class shlex:

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            instream, infile = _stdin, None
        else:
            instream = _as_stream(instream)
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        # Where the reader stands.
        self.state = ' '
        self.token = ''
        self.lineno = 1
        self.debug = 0
        self.source = None
        self.pushback = deque()
        self.filestack = deque()
        # Character classes, all public and writable.
        self.commenters = '#'
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        word = _ASCII_WORD + _LATIN1_WORD if posix else _ASCII_WORD
        punct = '();<>|&' if punctuation_chars is True else (punctuation_chars or '')
        if punct:
            # Characters read past the end of a punctuation run, to be read again.
            self._pushback_chars = deque()
            word = ''.join(c for c in word + '~-./*?=' if c not in punct)
        self.wordchars = word
        self._punctuation_chars = punct

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_source(self, newstream, newfile=None):
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        newstream = _as_stream(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (newstream,))
            else:
                print('shlex: pushing to file %s' % (newfile,))

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def push_token(self, tok):
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def get_token(self):
        if self.pushback:
            queued = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(queued))
            return queued
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                pushed = self.sourcehook(self.read_token())
                if pushed:
                    self.push_source(pushed[1], pushed[0])
                raw = self.get_token()
        # The end of a pushed source goes back to the one below it.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw) if raw != self.eof else "shlex: token=EOF")
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        escapedstate = ' '
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, c))
            state = self.state
            # Whether a token (possibly an empty quoted one) is complete at a separator.
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in whitespace state")
                    if self.token or quoted and self.posix:
                        break
                    continue
                if c in self.commenters:
                    self._skip_comment()
                elif self.posix and c in self.escape:
                    escapedstate = 'a'
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = 'a'
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = 'c'
                elif c in self.quotes:
                    if not self.posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = 'a'
                else:
                    # Any other character is a token of its own.
                    self.token = c
                    if self.token or quoted and self.posix:
                        break
                    continue
            elif state in self.quotes:
                quoted = True
                if not c:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        self.token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # Inside quotes only the quote and the escape character itself are escaped.
                if escapedstate in self.quotes and c != state and c != escapedstate:
                    self.token += state
                self.token += c
                self.state = escapedstate
            elif state in ('a', 'c'):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in word state")
                    self.state = ' '
                    if self.token or quoted and self.posix:
                        break
                    continue
                if c in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or quoted and self.posix:
                            break
                        continue
                elif state == 'c':
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = ' '
                        break
                elif self.posix and c in self.quotes:
                    self.state = c
                elif self.posix and c in self.escape:
                    escapedstate = 'a'
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = ' '
                    if self.token or quoted and self.posix:
                        break
                    continue
        result, self.token = self.token, ''
        # In POSIX mode an empty, unquoted token means the input ran out.
        if result == '' and self.posix and not quoted:
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        base = self.infile
        if isinstance(base, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(base), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    if s is None:
        if _V312:
            raise ValueError("s argument must not be None")
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = '#' if comments else ''
    return list(lexer)


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('%+,-./0123456789:=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz')


def quote(s):
    if not s:
        return "''"
    if not isinstance(s, str):
        if _V314:
            raise TypeError(f"expected string object, got {type(s).__name__!r}")
        if isinstance(s, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got {type(s).__name__!r}")
    for c in s:
        if c not in _SAFE:
            # Single quotes around everything; a single quote itself goes in double quotes.
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s
