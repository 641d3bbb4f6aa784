# shlex as command-line tools use it: split (POSIX and not, comments), quote and join round trips,
# and the shlex lexer: punctuation_chars, whitespace_split, commenters, wordchars, push_token,
# lineno, error_leader, the "No closing quotation"/"No escaped character" errors, and quote() of a
# non-string in each version's words.
import shlex

for s in ['ls -l "my file.txt"', "echo 'it''s' \"a \\\"b\\\"\" c\\ d", 'a#b # comment', 'x="1 2" y=\'3\'',
          '  lead  trail  ', '', '"" \'\'', 'a\\\nb', "don't\\'", 'cmd && other || third; fourth | fifth',
          'über straße', 'a"b"c \'d\'e', 'tab\there\nnewline']:
    print(repr(s))
    print('  posix', shlex.split(s))
    print('  comments', shlex.split(s, comments=True))
    try:
        print('  non-posix', shlex.split(s, posix=False))
    except ValueError as e:
        print('  non-posix ValueError', e)

for s in ['', 'simple', 'with space', "it's", '$HOME', 'a"b', 'tab\t', 'ok-._/:=,+@%', 'é', '*.py', '\n']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['ssh', 'host', 'cat /etc/hosts | grep "x y"']))
for bad in ['"open', "'open", 'trail\\', 'a "b']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for arg in [5, None, b'abc', b'', 0]:
    try:
        print(repr(arg), repr(shlex.quote(arg)))
    except TypeError as e:
        print(repr(arg), 'TypeError', e)

lex = shlex.shlex('a && b || c; (d) > out.txt 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b', posix=True, punctuation_chars='&')
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars, '&' in lex.wordchars, '~' in lex.wordchars)
lex = shlex.shlex('first second\n# note\nthird "quoted word" fourth')
print(lex.get_token(), lex.lineno, lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader('cfg.txt'), lex.error_leader())
print(list(lex), repr(lex.get_token()), lex.eof, lex.token, lex.state)
lex = shlex.shlex('key=value other:thing', posix=True)
print(list(lex))
lex = shlex.shlex('key=value other:thing', posix=True)
lex.wordchars += '=:'
print(list(lex))
lex = shlex.shlex("a 'b c' \"d\\\"e\"", posix=True)
print(list(lex), lex.eof)
lex = shlex.shlex('one;two', posix=False)
lex.commenters = ';'
print(list(lex))
lex = shlex.shlex('x y', infile='input.cfg')
print(lex.infile, lex.error_leader(), lex.posix, lex.whitespace, lex.quotes, lex.escape, lex.escapedquotes)
print(len(shlex.shlex(posix=True).wordchars), len(shlex.shlex().wordchars))
