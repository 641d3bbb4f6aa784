import textwrap
from textwrap import wrap, fill, dedent, indent, shorten, TextWrapper

text = ('The event loop runs one task at a time; when a coroutine awaits a future that is not '
        'done, the loop switches to another ready task. Look, goof-ball -- use the -b option! '
        'Well-known self-explanatory e-mail addresses, twenty-first-century state-of-the-art.')
for width in (10, 20, 33, 50, 70):
    print(width, wrap(text, width))
print(fill(text, 40))
print(fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(wrap(text, 25, break_on_hyphens=False))
print(wrap('supercalifragilisticexpialidocious is long', 10))
print(wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(wrap('a-very-long-hyphenated-identifier-name here', 12))
print(wrap('----------- dashes', 5), wrap('x--y a---b c-d ab-cd abc-de a-b-c', 4))
print(wrap('  leading and   inner\tspaces\nnewline  ', 12))
print(wrap('  leading and   inner\tspaces\nnewline  ', 12, drop_whitespace=False))
print(wrap('tab\there', 40, expand_tabs=False), wrap('tab\there', 40, tabsize=4), wrap('a\tb\nc', 40, replace_whitespace=False))
print(wrap('Hello there. How are you? Fine.  "Yes." ok', 80, fix_sentence_endings=True))
print(wrap('Mr. Smith went.\nHe left! "Quoted." end', 80, fix_sentence_endings=True))
print(wrap(text, 30, max_lines=3), wrap(text, 30, max_lines=2, placeholder='...'))
print(wrap('one two three four five six', 12, max_lines=2), wrap('one two', 12, max_lines=1))
print(wrap('', 10), wrap('   ', 10), wrap('word', 1), fill('x y z', 3))
print(wrap('caf\u00e9 na\u00efve-r\u00e9sum\u00e9 d\u00e9j\u00e0 vu', 9), wrap('123-456 ab-12 12-ab', 4))
print(wrap('end--\u2014dash -- spaced--dash x--', 6))

print(shorten('Hello  world!', width=12), '|', shorten('Hello  world!', width=11), '|', shorten('Hello world!', 7, placeholder='...'))
print(shorten(text, 50), '|', shorten('  lots   of\n\nspace  ', 100))

code = '''
    def f():
        return 1

      \t
    print(f())
'''
print(repr(dedent(code)))
print(repr(dedent('  a\n\tb\n')), repr(dedent('\ta\n\t  b\n\t c')), repr(dedent('    x\n  y\n   z')), repr(dedent('no indent\n  here')))
print(repr(dedent('   \n  only\n   ')), repr(dedent('')), repr(dedent('  a\r\n  b')))
print(repr(indent('a\nb\n\n  \nc', '> ')), repr(indent('a\r\nb\n', '+', lambda line: True)))
print(repr(indent('one\ntwo', '# ', lambda line: 'o' in line[:2])))
w = TextWrapper(width=15, initial_indent='- ', subsequent_indent='  ')
print(w.wrap('asyncio gathers the results of many tasks'), w.width, w.placeholder, w.break_on_hyphens)
w.width = 25
print(w.fill('asyncio gathers the results of many tasks'))
print(TextWrapper(width=20).wrap('x ' * 5))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: wrap('abc', 0))
show(lambda: wrap('abc def', 5, max_lines=1, placeholder=' [.....]'))
show(lambda: shorten('abc', 3))
show(lambda: wrap(5))
show(lambda: indent(None, '>'))
show(lambda: wrap('a', 5, bogus=1))
fill('text', width=-1)
