"""The module's docstring.

    Indented second paragraph.
"""
import inspect
import sys


def documented():
    """First line.

    Indented body line.
        Deeper line.
    """


class Shape:
    """A class docstring.

    With an indented line.
    """

    def area(self):
        '''Tab\tand    spaces.
        Continued.'''
        return 0


async def fetch():
    """Coroutine docstring.
          Ragged indent.
    """


print(repr(__doc__))
print(repr(sys.modules['__main__'].__doc__))
print(repr(documented.__doc__))
print(repr(Shape.__doc__))
print(repr(Shape.area.__doc__))
print(repr(Shape().area.__doc__))
print(repr(fetch.__doc__))
print(repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(Shape)))

namespace = {}
exec('"""Exec\'d docstring.\n   indented."""\nvalue = 1\n', namespace)
print(repr(namespace['__doc__']), namespace['value'])
local_ns = {}
exec('"""In locals."""\n', {}, local_ns)
print(local_ns)
exec('"""no doc for single"""\n', namespace := {})
print('__doc__' in namespace)
lam = lambda: None
print(lam.__doc__)
documented.__doc__ = 'replaced'
print(documented.__doc__)
