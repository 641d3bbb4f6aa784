# stat: every upper-case name's count and Windows' attribute bits, filemode/S_IMODE/S_IFMT and the S_IS* tests over each
# file type with setuid/setgid/sticky bits, and the refusal of a non-integer mode.
import stat
names = sorted(n for n in dir(stat) if n.isupper())
print(len(names), [(n, getattr(stat, n)) for n in names if n.startswith('FILE_ATTRIBUTE')])
for m in (0o040755, 0o100644, 0o120777, 0o020600, 0o060660, 0o010644, 0o140755, 0o104755, 0o102755, 0o041777, 0o041776, 0o000000, True):
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(m)])
for bad in (1.5, '7', None):
    try:
        stat.S_ISDIR(bad)
    except TypeError as e:
        print(type(e).__name__)
