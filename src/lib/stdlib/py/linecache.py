# `linecache`: the lines of a source file by number, read once and then kept by file name until
# cleared or found out of date. Files are those of the in-memory file system and the program's own
# file (under its path or its bare name, as CPython finds it through sys.path[0]), whose text is the
# one the simulator runs; names in angle brackets ("<string>") have none. A cache entry is
# (size, mtime, lines, full name), or a 1-tuple holding a function that will fetch the source from a
# module's loader (lazycache). Files of CPython's own library are not on this machine: a line a
# Loopline traceback shows from one is known, the rest are refused as not simulated.

import os as _os
import sys as _sys
import _source
import _stdlib_native

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

_V313 = _sys.version_info >= (3, 13)
_V314 = _sys.version_info >= (3, 14)

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    if filename not in cache and _in_library(filename):
        return _library_line(filename, lineno)
    found = getlines(filename, module_globals)
    return found[lineno - 1] if 1 <= lineno <= len(found) else ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        found = updatecache(filename, module_globals)
    except MemoryError:
        # Out of memory: let go of everything kept.
        cache.clear()
        found = []
    return found


def checkcache(filename=None):
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue  # still lazy: nothing read that could be stale
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # given by a loader, not read from a file
        try:
            now = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != now[0] or mtime != now[1]:
            cache.pop(name, None)


def _nameless(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    # 3.14 reads a frozen module's source from the file its globals name.
    frozen = _V314 and filename and filename.startswith('<frozen ')
    if _nameless(filename) and not frozen:
        return []
    if frozen:
        fullname = module_globals.get('__file__') if module_globals is not None else None
        if fullname is None:
            return []
    else:
        fullname = filename
    if _in_library(fullname):
        _stdlib_native.refuse(f"linecache: the source of CPython's library file {fullname} "
                              'is not simulated in Loopline')
    try:
        size, mtime = _stat(fullname)
    except OSError:
        loaded = _from_loader(filename, module_globals)
        if loaded is not None:
            return loaded
        # A relative name may be found in one of the import path's folders.
        if _os.path.isabs(filename):
            return []
        for folder in _sys.path:
            try:
                fullname = _os.path.join(folder, filename)
            except (TypeError, AttributeError):
                continue
            try:
                size, mtime = _stat(fullname)
                break
            except (OSError, ValueError) if _V313 else OSError:
                pass
        else:
            return []
    except ValueError:
        if not _V313:
            raise
        return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if not lines:
        if _V313:
            lines = ['\n']  # 3.13 gives an empty file one empty line
    elif lines[-1][-1:] != '\n':
        lines[-1] = lines[-1] + '\n'
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def _from_loader(filename, module_globals):
    # The lines a module's loader gives (through lazycache), None when there is no such loader or it
    # could not be asked; [] when it has no source for the module.
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + '\n' for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    if filename in cache:
        return len(cache[filename]) == 1
    if _nameless(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    module_spec = module_globals.get('__spec__')
    if _V313:
        # 3.13 asks the spec first, for the module's name and its loader.
        module_name = getattr(module_spec, 'name', None) or module_globals['__name__']
        source_loader = getattr(module_spec, 'loader', None)
        if source_loader is None:
            source_loader = module_globals.get('__loader__')
    else:
        module_name = module_globals['__name__']
        source_loader = module_globals.get('__loader__')
        if source_loader is None and module_spec:
            try:
                source_loader = module_spec.loader
            except AttributeError:
                pass
    fetch = getattr(source_loader, 'get_source', None)
    if not module_name or not fetch:
        return False
    if _V313:
        def get_lines(name=module_name, *args, **kwargs):
            return fetch(name, *args, **kwargs)
    else:
        import functools
        get_lines = functools.partial(fetch, module_name)
    cache[filename] = (get_lines,)
    return True


# The machine's files, with the program's own among them.

def _is_program(path):
    return path == _source.file or path == _os.path.basename(_source.file)


def _stat(path):
    if _is_program(path):
        # Written before the run began: at time 0 of the virtual clock, as the file system's files are dated.
        return len(''.join(_source.lines()).encode('utf-8')), 0.0
    st = _os.stat(path)
    return st.st_size, st.st_mtime


def _in_library(filename):
    if not isinstance(filename, str):
        return False
    return filename.startswith(_os.path.dirname(_os.__file__) + '/')


def _library_line(filename, lineno):
    line = _stdlib_native.source_line(filename, lineno) if isinstance(lineno, int) else ''
    if not line:
        _stdlib_native.refuse(f"linecache: the source of CPython's library file {filename} "
                              'is not simulated in Loopline')
    return line


def _read_source(path):
    # As Python reads a source file: the encoding its byte order mark or coding comment names (UTF-8
    # by default), and universal newlines.
    if _is_program(path):
        return _source.lines()
    with open(path, 'rb') as f:
        data = f.read()
    encoding = _source_encoding(data)
    text = data.decode(encoding)
    # Only newlines end lines here (a form feed or a line separator does not, as in a text file).
    pieces = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    lines = [piece + '\n' for piece in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines


def _declared(line):
    # The encoding a coding comment on this line names (normalized as Python does), or None.
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError('invalid or missing encoding declaration') from None
    head = text.lstrip(' \t\f')
    if not head.startswith('#'):
        return None
    import re
    found = re.search(r'coding[:=][ \t]*([-\w.]+)', head, re.ASCII)
    if found is None:
        return None
    name = found.group(1)
    short = name[:12].lower().replace('_', '-')
    for canonical, spellings in (('utf-8', ('utf-8',)), ('iso-8859-1', ('latin-1', 'iso-8859-1', 'iso-latin-1'))):
        if any(short == s or short.startswith(s + '-') for s in spellings):
            name = canonical
    import codecs
    try:
        codecs.lookup(name)
    except LookupError:
        raise SyntaxError('unknown encoding: ' + name) from None
    return name


def _source_encoding(data):
    # A coding comment counts on the first line, or on the second when the first is blank or a
    # comment; a UTF-8 byte order mark allows only a UTF-8 one.
    bom = data.startswith(b'\xef\xbb\xbf')
    rest = data[3:] if bom else data
    for _ in range(2):
        if not rest:
            break
        line, newline, rest = rest.partition(b'\n')
        line += newline
        name = _declared(line)
        if name is not None:
            if bom and name != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            return name + '-sig' if bom else name
        if line.lstrip(b' \t\f')[:1] not in (b'#', b'\r', b'\n', b''):
            break
    return 'utf-8-sig' if bom else 'utf-8'
