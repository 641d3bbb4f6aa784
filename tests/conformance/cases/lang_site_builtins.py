# The builtins site.py adds are objects of _sitebuiltins' classes, not functions: exit and quit
# (Quitter: calling one raises SystemExit), copyright, credits, license (_Printer: the repr is the
# text, and calling copyright() or credits() prints it), help (_Helper).
import sys

for o in (copyright, credits, license, help, exit, quit):
    print(type(o), type(o).__name__, type(o).__module__, callable(o))
    print(repr(o))
    print(str(o) == repr(o))
print(type(exit).__mro__, type(copyright).__mro__)
print(sorted(vars(exit)), exit.name, exit.eof, quit.name)
print(sys.copyright == repr(copyright), sys.copyright.count("\n"))
copyright()
credits()
attempts = [
    ('exit()', lambda: exit()),
    ('exit(5)', lambda: exit(5)),
    ("quit('bye')", lambda: quit('bye')),
    ('exit(code=4)', lambda: exit(code=4)),
    ('exit(1, code=2)', lambda: exit(1, code=2)),
    ('quit(x=1)', lambda: quit(x=1)),
    ('exit(1, 2)', lambda: exit(1, 2)),
]
for what, f in attempts:
    try:
        f()
    except SystemExit as e:
        print(what, 'SystemExit', repr(e.code), e.args)
    except TypeError as e:
        print(what, 'TypeError', e)
print(isinstance(exit, type(quit)), type(exit) is type(copyright))
exit(3)
