# `stat`: the constants and tests of a file's mode (os.stat().st_mode) as Linux defines them: its
# type (the S_IFMT bits) and its permission bits (S_IMODE), and ls -l's picture of it (filemode).

import sys as _sys

# Indices into the tuple form of os.stat()'s result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris's and BSD's types, none on Linux.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD's file flags (chflags), and Windows' file attributes: names only, on every platform.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000
if _sys.version_info >= (3, 13):
    UF_SETTABLE = 0x0000FFFF
    UF_TRACKED = 0x00000040
    UF_DATAVAULT = 0x00000080
    SF_SETTABLE = 0xFFFF0000
    SF_RESTRICTED = 0x00080000
    SF_FIRMLINK = 0x00800000
    SF_DATALESS = 0x40000000

# Windows' attributes, one bit each, by bit.
FILE_ATTRIBUTE_READONLY = 1 << 0
FILE_ATTRIBUTE_HIDDEN = 1 << 1
FILE_ATTRIBUTE_SYSTEM = 1 << 2
FILE_ATTRIBUTE_DIRECTORY = 1 << 4
FILE_ATTRIBUTE_ARCHIVE = 1 << 5
FILE_ATTRIBUTE_DEVICE = 1 << 6
FILE_ATTRIBUTE_NORMAL = 1 << 7
FILE_ATTRIBUTE_TEMPORARY = 1 << 8
FILE_ATTRIBUTE_SPARSE_FILE = 1 << 9
FILE_ATTRIBUTE_REPARSE_POINT = 1 << 10
FILE_ATTRIBUTE_COMPRESSED = 1 << 11
FILE_ATTRIBUTE_OFFLINE = 1 << 12
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 1 << 13
FILE_ATTRIBUTE_ENCRYPTED = 1 << 14
FILE_ATTRIBUTE_INTEGRITY_STREAM = 1 << 15
FILE_ATTRIBUTE_VIRTUAL = 1 << 16
FILE_ATTRIBUTE_NO_SCRUB_DATA = 1 << 17


def _mode(mode):
    # The C module takes an int (or what has __index__) and nothing else.
    if not hasattr(type(mode), '__index__'):
        raise TypeError('an integer is required')
    return mode.__index__()


def S_IMODE(mode):
    """The permission bits of mode (what os.chmod sets)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return _mode(mode) & 0o170000


# One test per file type: does mode's type field name it?
def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return (_mode(mode) & 0o170000) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return (_mode(mode) & 0o170000) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return (_mode(mode) & 0o170000) == S_IFBLK


def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return (_mode(mode) & 0o170000) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode is a named pipe's."""
    return (_mode(mode) & 0o170000) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return (_mode(mode) & 0o170000) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return (_mode(mode) & 0o170000) == S_IFSOCK


# Solaris's doors and event ports and BSD's whiteouts: never, on Linux (the mode is still checked).
def S_ISDOOR(mode):
    _mode(mode)
    return False


def S_ISPORT(mode):
    _mode(mode)
    return False


def S_ISWHT(mode):
    _mode(mode)
    return False


# ls -l's letters: for each of the ten places, the bits to test and the letter when they are set
# (the first matching pair wins; '-' when none does).
_filemode_table = (
    ((S_IFLNK, "l"),
     (S_IFSOCK, "s"),
     (S_IFREG, "-"),
     (S_IFBLK, "b"),
     (S_IFDIR, "d"),
     (S_IFCHR, "c"),
     (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"),
     (S_ISUID, "S"),
     (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"),
     (S_ISGID, "S"),
     (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"),
     (S_ISVTX, "T"),
     (S_IXOTH, "x")),
)


def filemode(mode):
    """ls -l's ten letters for mode: its type, then rwx for owner, group and others."""
    mode = _mode(mode)
    # The C version's type letter comes from the S_IFMT bits alone ('?' for an unknown type).
    kind = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd', S_IFCHR: 'c',
            S_IFIFO: 'p'}.get(mode & 0o170000, '?')
    out = [kind]
    for table in _filemode_table[1:]:
        for bits, char in table:
            if mode & bits == bits:
                out.append(char)
                break
        else:
            out.append('-')
    return ''.join(out)

# The C module _stat's: `<built-in function S_ISDIR>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_stat', globals(), '''S_IMODE S_IFMT S_ISDIR S_ISCHR S_ISBLK S_ISREG S_ISFIFO S_ISLNK S_ISSOCK S_ISDOOR S_ISPORT S_ISWHT
    filemode''')
del _c_functions
