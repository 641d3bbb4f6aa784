# `getpass`: the user's name, and a password read from standard input. The simulated machine, like
# the recorders' own, has no terminal: `/dev/tty` cannot be opened and standard input (a file, a
# pipe or nothing) is no terminal whose echo could be switched off. So getpass() does what CPython
# falls back to there: a GetPassWarning (attributed, as CPython's is, to the line of its unix_getpass
# that called the fallback: one line when sys.stdin has a file descriptor, another when it has
# none, e.g. an io.StringIO put in its place), "Warning: Password input may be echoed." and the
# prompt on the stream (sys.stderr by default), one line read from sys.stdin, and a newline.
# getuser() reads LOGNAME, USER, LNAME and USERNAME, the first set and non-empty winning, and then
# the password database, whose entry for the process (uid 0) is root's, as the recorders run.

import os as _os
import sys as _sys

__all__ = ['getpass', 'getuser', 'GetPassWarning']

_V314 = _sys.version_info >= (3, 14)


class GetPassWarning(UserWarning):
    pass


# unix_getpass's calls of fallback_getpass in CPython's getpass.py (3.11, 3.12, 3.13, 3.14): when
# sys.stdin has no file descriptor, and when its descriptor is no terminal.
_NO_FILENO_LINE = {11: 62, 12: 62, 13: 61, 14: 66}
_NOT_A_TTY_LINE = {11: 91, 12: 91, 13: 90, 14: 99}


def _validate_echo_char(echo_char):
    # 3.14's mask character: one printable ASCII character, or None.
    if echo_char is None:
        return
    if not isinstance(echo_char, str):
        raise TypeError(f"'echo_char' must be a str or None, not {type(echo_char).__name__}")
    if len(echo_char) != 1 or not echo_char.isascii() or not echo_char.isprintable():
        raise ValueError(f"'echo_char' must be a single printable ASCII character, got: {echo_char!r}")


def _warn_echo(line):
    import warnings
    if line is None:
        # fallback_getpass called by the program: the warning is the caller's (past _echoing_read
        # and fallback_getpass).
        warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=4)
        return
    registry = globals().setdefault('__warningregistry__', {})
    where = _os.path.join(_os.path.dirname(_os.__file__), 'getpass.py')
    warnings.warn_explicit('Can not control echo on the terminal.', GetPassWarning, where, line,
                           'getpass', registry)


def _prompt_and_read(prompt, stream):
    text = str(prompt)
    if text:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            # What the stream's encoding cannot show is shown replaced.
            stream.write(text.encode(stream.encoding, 'replace').decode(stream.encoding))
        stream.flush()
    answer = _sys.stdin.readline()
    if not answer:
        raise EOFError
    return answer[:-1] if answer[-1] == '\n' else answer


def _echoing_read(prompt, stream, line):
    # CPython's fallback_getpass, called from the given line of unix_getpass (None: by the program).
    _warn_echo(line)
    if not stream:
        stream = _sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _prompt_and_read(prompt, stream)


def _getpass(prompt, stream):
    minor = _sys.version_info[1]
    try:
        _sys.stdin.fileno()
    except (AttributeError, ValueError):
        answer = _echoing_read(prompt, stream, _NO_FILENO_LINE[minor])
        if not stream:
            stream = _sys.stderr
    else:
        if not stream:
            stream = _sys.stderr
        answer = _echoing_read(prompt, stream, _NOT_A_TTY_LINE[minor])
    stream.write('\n')
    return answer


if _V314:
    def unix_getpass(prompt='Password: ', stream=None, *, echo_char=None):
        _validate_echo_char(echo_char)
        return _getpass(prompt, stream)

    def fallback_getpass(prompt='Password: ', stream=None, *, echo_char=None):
        _validate_echo_char(echo_char)
        return _echoing_read(prompt, stream, None)
else:
    def unix_getpass(prompt='Password: ', stream=None):
        return _getpass(prompt, stream)

    def fallback_getpass(prompt='Password: ', stream=None):
        return _echoing_read(prompt, stream, None)


getpass = unix_getpass


def getuser():
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = _os.environ.get(variable)
        if name:
            return name
    return 'root'
