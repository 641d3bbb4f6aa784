# `mimetypes`: a file's type from its name or URL, and the extensions of a type. The tables are
# what CPython starts from (each version's defaults) and what its init() adds reading the machine's
# mime.types: the recording machines' /etc/mime.types for 3.11-3.13 (recorded with CPython's own
# reading of it), none in Pyodide's 3.14: the defaults from _mimetypes_tables.py, the machine's file
# from _mimetypes_machine.py, a chunk fetched for programs that mention mimetypes (both written by
# scripts/mimetypes-tables.mjs). Files a program names (MimeTypes(files),
# init(files), read, read_mime_types) are read from the run's file system; /etc/mime.types itself is
# not on it, so os.path.isfile() says False there although init() reads it.
# Per version: 3.11 and 3.12 split a URL's scheme off with a 'scheme:' match and look at all the
# rest; 3.13 parses it (urlparse) and sends a name with no scheme (or a one-letter one) to
# guess_file_type, new there; 3.14's add_type warns of an extension without its dot and ignores an
# empty type.

import os
import posixpath
import sys

_MINOR = sys.version_info[1]

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type"]
if _MINOR >= 13:
    __all__.append("guess_file_type")
__all__ += ["guess_all_extensions", "guess_extension", "add_type", "init", "read_mime_types",
            "suffix_map", "encodings_map", "types_map", "common_types"]

# Facts: where CPython looks for mime.types files, in its order.
knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None
_mimetypes_read_windows_registry = None
_winreg = None


def _default_table(name):
    import _mimetypes_tables as tables
    words = getattr(tables, name.upper())
    change = tables.DIFFS[name].get(_MINOR)
    if isinstance(change, str):
        words, change = change, None
    table = dict(word.split('=', 1) for word in words.split())
    if change is not None:
        changed, removed = change
        for ext in removed.split():
            del table[ext]
        table.update(word.split('=', 1) for word in changed.split())
    return table


def _machine_lines(filename):
    """What the machine's own mime.types file `filename` holds (as add_type's arguments), or None."""
    if filename != knownfiles[0]:
        return None
    import _mimetypes_machine as machine
    if _MINOR not in machine.VERSIONS:
        return None
    return [line.split() for line in machine.MACHINE.splitlines()]


def _splittype(url):
    # 3.11/3.12: 'scheme:rest' when the text before the first ':' has no '/' (the scheme lowercased).
    head, colon, rest = url.partition(':')
    if colon and head and '/' not in head:
        return head.lower(), rest
    return None, url


def _data_url_type(rest):
    comma = rest.find(',')
    if comma < 0:
        return None, None
    semi = rest.find(';', 0, comma)
    declared = rest[:semi] if semi >= 0 else rest[:comma]
    if '=' in declared or '/' not in declared:
        declared = 'text/plain'
    return declared, None


_warn_line = {14: 402}
# Whether MimeTypes.add_type was called by the module's add_type (3.14's warning names its line then).
_through_module = False


class MimeTypes:
    """A table of MIME types and file extensions: the defaults, what files add to them, and the
    guesses made from them."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        # Its own copies of the defaults (vars() lists them in CPython's order).
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mimetype in _types_map_default.items():
            self.add_type(mimetype, ext, True)
        for ext, mimetype in _common_types_default.items():
            self.add_type(mimetype, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps `ext` to `type` (replacing what it mapped to) and adds `ext` to the type's
        extensions; `strict`: in the standard table, else in the common non-standard one."""
        if _MINOR >= 14:
            if ext and not ext.startswith('.'):
                _undotted_warning(_through_module)
            if not type:
                return
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a URL or path, from its extension; None for what is not known."""
        url = os.fspath(url)
        if isinstance(url, bytes):
            return self._guess_bytes(url, strict)
        if _MINOR >= 13:
            import urllib.parse
            parts = urllib.parse.urlparse(url)
            if not (parts.scheme and len(parts.scheme) > 1):
                return self.guess_file_type(url, strict=strict)
            scheme, url = parts.scheme, parts.path
        else:
            scheme, url = _splittype(url)
        if scheme == 'data':
            return _data_url_type(url)
        return self._by_extension(url, strict, posixpath.splitext)

    def _guess_bytes(self, url, strict):
        if _MINOR < 13:
            # 3.11/3.12 match a text pattern against it.
            raise TypeError('cannot use a string pattern on a bytes-like object')
        # 3.13 parses it as ASCII text; with a scheme, its bytes path matches no extension of the
        # tables (all text), else it is a file name.
        import urllib.parse
        parts = urllib.parse.urlparse(url.decode('ascii'))
        if parts.scheme and len(parts.scheme) > 1:
            return None, None
        return self.guess_file_type(url, strict=strict)

    if _MINOR >= 13:
        def guess_file_type(self, path, *, strict=True):
            """(type, encoding) of a file from its path's extension."""
            path = os.path.splitdrive(os.fsdecode(path))[1]
            return self._by_extension(path, strict, os.path.splitext)

    def _by_extension(self, path, strict, splitext):
        stem, ext = splitext(path)
        # .tgz and the like stand for two extensions; then a compression's extension (matched
        # exactly), then the type's (in lower case), the standard table first.
        while ext.lower() in self.suffix_map:
            stem, ext = splitext(stem + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            stem, ext = splitext(stem)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions known for `type`, the standard table's first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, []) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file, read by its name."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of a mime.types file already open: each line a type and its extensions
        (without dots), '#' starting a comment."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = []
            for w in line.split():
                if w[0] == '#':
                    break
                words.append(w)
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Adds the types Windows' registry knows (there is no registry here)."""
        if not _mimetypes_read_windows_registry and not _winreg:
            return


def _undotted_warning(through_module):
    import warnings
    message = 'Using undotted extensions is deprecated and will raise a ValueError in Python 3.16'
    if through_module:
        # Called through the module's add_type: CPython names that function's line in mimetypes.py.
        where = os.path.join(os.path.dirname(os.__file__), 'mimetypes.py')
        registry = globals().setdefault('__warningregistry__', {})
        warnings.warn_explicit(message, DeprecationWarning, where, _warn_line[_MINOR], 'mimetypes', registry)
    else:
        warnings.warn(message, DeprecationWarning, stacklevel=3)


def _database():
    """The module's database, built on first use."""
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a URL or path, from its extension; None for what is not known."""
    return _database().guess_type(url, strict)


if _MINOR >= 13:
    def guess_file_type(path, *, strict=True):
        """(type, encoding) of a file from its path's extension."""
        return _database().guess_file_type(path, strict=strict)


def guess_all_extensions(type, strict=True):
    """The extensions known for `type`, the standard table's first."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for `type`, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Maps `ext` to `type` in the module's table (see MimeTypes.add_type)."""
    global _through_module
    db = _database()
    _through_module = True
    try:
        return db.add_type(type, ext, strict)
    finally:
        _through_module = False


def init(files=None):
    """Builds the module's table: the defaults and the machine's mime.types files (and `files`);
    with `files` once it is built, only adds theirs."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is not None and _db is not None:
        db = _db
    else:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    for name in files:
        if os.path.isfile(name):
            db.read(name)
            continue
        lines = _machine_lines(name)
        for words in lines or ():
            for ext in words[1:]:
                db.add_type(words[0], '.' + ext, True)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The types of one mime.types file as {extension: type}, or None when it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


# Before init(), the module's tables are the defaults themselves (the same dicts MimeTypes copies).
suffix_map = _suffix_map_default = _default_table('suffixes')
encodings_map = _encodings_map_default = _default_table('encodings')
types_map = _types_map_default = _default_table('types')
common_types = _common_types_default = _default_table('common')
