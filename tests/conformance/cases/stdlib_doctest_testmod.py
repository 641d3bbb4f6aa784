"""A module with doctests.

>>> 1 + 1
2
"""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(2, 2)
    5
    """
    return a + b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    >>> s.pop()
    Traceback (most recent call last):
        ...
    IndexError: pop from empty list
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def boom(n):
    """
    >>> boom(0)
    1
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    """
    return 1 / n


def nodoc():
    pass


def _checks():
    import doctest
    r = doctest.testmod()
    print(r)
    print(r.failed, r.attempted)
    # Verbose when -v is among the arguments, as `python3 prog.py -v` runs it.
    import sys
    sys.argv.append('-v')
    print(doctest.testmod())
    sys.argv.remove('-v')
    print(doctest.testmod(verbose=False, report=False))
    print(doctest.master.failures, doctest.master.tries)


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
