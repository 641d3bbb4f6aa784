# `platform`: what the simulated interpreter and machine say about themselves. Loopline simulates
# CPython on 64-bit Linux for every version (as sys.platform and sys.version do, 3.14 included,
# though the recorded 3.14 is Pyodide's Emscripten build): the Python version and build come from
# sys.version; system, machine, architecture and processor are what these machines' python3 says
# (Linux, x86_64, 64bit ELF, ''). The host's own details (node, release, version, uname, platform,
# libc_ver) are not simulated.

import sys as _sys

__version__ = '1.0.8' if _sys.version_info < (3, 14) else '1.0.9'


def _build_parts():
    # sys.version: '3.13.0 (main, Oct  7 2024, 00:00:00) [GCC 13.2.0]'
    head, _, compiler = _sys.version.partition('[')
    inside = head[head.index('(') + 1:head.rindex(')')]
    branch, date, time = [p.strip() for p in inside.split(',')]
    return branch, date + ' ' + time, compiler.rstrip(']')


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % _sys.version_info[:3]


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(str(n) for n in _sys.version_info[:3])


def python_implementation():
    return 'CPython'


def python_build():
    """(build number, build date) as sys.version has them."""
    branch, date, _ = _build_parts()
    return branch, date


def python_compiler():
    return _build_parts()[2]


def python_branch():
    return ''


def python_revision():
    return ''


def system():
    return 'Linux'


def machine():
    return 'x86_64'


def processor():
    return ''


def architecture(executable=None, bits="", linkage=""):
    """The bit architecture and linkage format of the interpreter."""
    return '64bit', 'ELF'
