# Permission bits: os.umask on new files' and directories' modes (open, os.open, os.mkdir,
# Path.touch/mkdir), os.chmod and Path.chmod, st_mode through stat.S_IMODE/S_IFMT/S_ISDIR/filemode,
# shutil.copymode/copy/copy2 (copyfile keeps the new file's own mode), os.access. The program runs
# as root, as python3 does under the recorder: the read and write bits do not stop it.
import os
import shutil
import stat
from pathlib import Path

os.makedirs('perm_demo', exist_ok=True)
os.chdir('perm_demo')


def mode(p):
    st = os.stat(p)
    return f'{oct(stat.S_IMODE(st.st_mode))} {stat.filemode(st.st_mode)} dir={stat.S_ISDIR(st.st_mode)} reg={stat.S_ISREG(st.st_mode)}'


def access(p):
    return ''.join(c if os.access(p, m) else '-' for c, m in (('e', os.F_OK), ('r', os.R_OK), ('w', os.W_OK), ('x', os.X_OK)))


old = os.umask(0o022)
print('umask was', oct(old))
with open('a.txt', 'w') as f:
    f.write('data\n')
print('new file', mode('a.txt'), access('a.txt'))
os.mkdir('d')
print('new dir', mode('d'), access('d'))
os.chmod('a.txt', 0o600)
print('chmod 600', mode('a.txt'), access('a.txt'))
os.chmod('a.txt', 0o755)
print('chmod 755', mode('a.txt'), access('a.txt'))
os.chmod('a.txt', 0)
print('chmod 0', mode('a.txt'), access('a.txt'))
try:
    with open('a.txt') as f:
        print('read without bits (as root):', f.read().strip())
    with open('a.txt', 'a') as f:
        f.write('more\n')
    print('appended without bits')
except PermissionError as e:
    print('PermissionError', e)
os.chmod('a.txt', stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
print('chmod S_IRUSR|S_IWUSR|S_IRGRP', mode('a.txt'))
os.chmod('a.txt', 0o4755 | 0o2000 | 0o1000)
print('setuid/setgid/sticky', mode('a.txt'))
os.umask(0o077)
with open('b.txt', 'w'):
    pass
os.mkdir('e')
fd = os.open('c.txt', os.O_CREAT | os.O_WRONLY, 0o666)
os.close(fd)
print('umask 077:', mode('b.txt'), mode('e'), mode('c.txt'))
print('umask returns', oct(os.umask(0o002)))
os.mkdir('g', 0o700)
Path('h.txt').touch()
Path('i.txt').touch(mode=0o600)
print('umask 002:', mode('g'), mode('h.txt'), mode('i.txt'))
os.umask(0o022)
p = Path('a.txt')
p.chmod(0o640)
print('Path.chmod', mode(p), oct(p.stat().st_mode))
shutil.copymode('a.txt', 'b.txt')
print('copymode', mode('b.txt'))
shutil.copy('a.txt', 'j.txt')
shutil.copyfile('a.txt', 'k.txt')
shutil.copy2('a.txt', 'l.txt')
print('copy/copyfile/copy2', mode('j.txt'), mode('k.txt'), mode('l.txt'))
os.chmod('d', 0o500)
print('dir 500', mode('d'), access('d'))
os.chmod('d', 0o755)
print(stat.filemode(0o140755), stat.filemode(0o010644), stat.filemode(0o020600), stat.filemode(0o060660), stat.filemode(0o120777))
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.S_IMODE(0o104755), stat.S_ISLNK(0o120777), stat.S_ISSOCK(0o140755), stat.S_ISFIFO(0o010644))
print(stat.ST_MODE, stat.ST_SIZE, stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.UF_HIDDEN, stat.SF_IMMUTABLE)
for bad in (lambda: os.chmod('missing.txt', 0o644), lambda: os.chmod('a.txt', 'rw'), lambda: os.access('missing', os.R_OK)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('access mode', os.access('a.txt', os.R_OK | os.X_OK))
os.chdir('..')
shutil.rmtree('perm_demo')
