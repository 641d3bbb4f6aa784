# shlex's source stack and debug output: push_source with a string and with a stream and a file
# name, pop_source at the end of each, a 'source' keyword read through sourcehook (a quoted
# relative name joined to the including file's directory), error_leader with and without
# arguments, and the debug prints at levels 1-3 (pushing/popping tokens and sources, raw tokens).
import io
import os
import shlex
import tempfile

lex = shlex.shlex('outer1 outer2 outer3')
lex.push_source('inner1 inner2')
print(list(lex), lex.lineno, lex.infile)

lex = shlex.shlex('a b', infile='top.cfg')
lex.push_source(io.StringIO('x\ny\nz'), 'pushed.cfg')
print(lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader(), lex.error_leader('other', 9))
print(lex.get_token(), lex.get_token(), lex.infile, lex.lineno, repr(lex.get_token()))

d = tempfile.mkdtemp()
with open(os.path.join(d, 'inc.txt'), 'w') as f:
    f.write('from_file1 from_file2\n')
main_path = os.path.join(d, 'main.txt')
lex = shlex.shlex('start include "inc.txt" end', infile=main_path)
lex.source = 'include'
toks = list(lex)
print(toks, lex.infile == main_path)
name, stream = lex.sourcehook('"inc.txt"')
print(os.path.relpath(name, d), stream.read().split())
stream.close()
name, stream = shlex.shlex('', infile=None).sourcehook(os.path.join(d, 'inc.txt'))
print(os.path.basename(name), stream.readline().strip())
stream.close()

for level in (1, 2, 3):
    print('-- debug', level)
    lex = shlex.shlex('w1 "q s" ;', posix=level == 2)
    lex.debug = level
    lex.push_token('pre')
    print(list(lex))
class Named(io.StringIO):
    def __init__(self, text, label):
        super().__init__(text)
        self.label = label

    def __repr__(self):
        return '<stream %s>' % self.label


lex = shlex.shlex(Named('alpha', 'outer'))
lex.debug = 1
lex.push_source(Named('beta', 'middle'), 'b.cfg')
lex.push_source(Named('gamma', 'inner'))
print(list(lex))
for bad in ['"unterminated', 'esc\\']:
    try:
        print(shlex.shlex(bad, posix=True).get_token())
    except ValueError as e:
        print('ValueError', e)
    lx = shlex.shlex(bad, posix=True)
    lx.debug = 2
    try:
        lx.get_token()
    except ValueError as e:
        print('ValueError', e)
