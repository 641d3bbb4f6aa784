"""Inventory helpers, checked with doctest.

>>> inv = Inventory()
>>> inv.add('apple', 3)
>>> inv
Inventory({'apple': 3})
"""
import asyncio
import functools
import doctest


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class Inventory:
    """Counts items.

    >>> Inventory().total
    0
    """

    def __init__(self):
        self.items = {}

    def __repr__(self):
        return f'Inventory({self.items!r})'

    def add(self, name, n=1):
        """Add items.

        >>> i = Inventory(); i.add('pear'); i.items
        {'pear': 1}
        >>> i.add('pear', -5)
        Traceback (most recent call last):
          ...
        ValueError: stock cannot go negative: pear
        """
        new = self.items.get(name, 0) + n
        if new < 0:
            raise ValueError(f'stock cannot go negative: {name}')
        self.items[name] = new

    @property
    def total(self):
        """Sum of counts.

        >>> inv = Inventory(); inv.add('a', 2); inv.add('b', 3); inv.total
        5
        """
        return sum(self.items.values())

    @staticmethod
    def parse(text):
        """
        >>> Inventory.parse('a=1, b=2')   # doctest: +NORMALIZE_WHITESPACE
        {'a': 1,
         'b': 2}
        """
        return {k.strip(): int(v) for k, v in (p.split('=') for p in text.split(','))}

    @classmethod
    def empty(cls):
        """
        >>> Inventory.empty()
        Inventory({})
        >>> Inventory.empty().items is not None
        1
        """
        return cls()

    class Shelf:
        """A shelf.

        >>> Inventory.Shelf().slots
        [None, None, None]
        """
        def __init__(self):
            self.slots = [None] * 3


@logged
def restock(inv, names):
    """Restock every name.

    >>> inv = Inventory()
    >>> restock(inv, ['x', 'y', 'x'])
    >>> sorted(inv.items.items())
    [('x', 2), ('y', 1)]
    >>> print(list(range(30)))   # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> 1/0   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ZeroDivisionError: something else
    >>> int('x')
    Traceback (most recent call last):
    ValueError: bad
    >>> this_is_skipped()  # doctest: +SKIP
    """
    for n in names:
        inv.add(n)


async def fetch(n):
    """Pretend to fetch.

    >>> asyncio.run(fetch(2))
    [0, 1]
    >>> print('no newline', end='')
    no newline
    >>> for i in range(2): print(i)
    0
    1
    >>> x = 5
    >>> x
    6
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_NDIFF
    one
    TWO
    three
    four
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_UDIFF
    one
    two
    3
    four
    >>> print('   ')
    >>> None
    >>> 'quoted'
    'quoted'
    """
    await asyncio.sleep(0.1)
    return list(range(n))


__test__ = {'extra': """
>>> 2 ** 10
1024
>>> undefined_name
""", 'fn': logged}


def helper():
    pass


def _checks():
    print(doctest.testmod(verbose=True))
    print(doctest.testmod())
    doctest.run_docstring_examples(restock, {'Inventory': Inventory, 'restock': restock}, name='RS')
    try:
        doctest.testmod(raise_on_error=True)
    except doctest.UnexpectedException as e:
        print('unexpected', type(e.exc_info[1]).__name__, e.example.source, e.test.name)
    except doctest.DocTestFailure as e:
        print('failure', e.example.source, repr(e.got), e.test.name)
    p = doctest.DocTestParser()
    for bad in ['>>>x', '  >>> a\n ... b', '>>> 1 # doctest: +NOPE', '>>> # doctest: +ELLIPSIS']:
        try:
            p.get_examples(bad, 'bad')
        except ValueError as e:
            print(e)
    ex = p.get_examples('>>> a = 1\n>>> a\n1\n')
    print([(e.source, e.want, e.lineno, e.indent, e.exc_msg) for e in ex])
    print(p.get_doctest('>>> 1\n1', {}, 'nm', 'fn.py', 3))
    print(doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))


if __name__ == '__main__':
    # The reports name this file and doctest's own by their paths: print them shortened.
    import contextlib
    import doctest
    import io
    import os
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        _checks()
    text = captured.getvalue().replace(__file__, os.path.basename(__file__))
    print(text.replace(os.path.dirname(doctest.__file__), 'LIB'), end='')
