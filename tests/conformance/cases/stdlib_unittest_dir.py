# What dir() lists for unittest: its public classes and functions, the module's own __dir__, and
# IsolatedAsyncioTestCase (which CPython imports only when it is first read), but not the submodules
# (unittest.case, unittest.loader, ...), which Loopline does not simulate.
import types
import unittest

names = [n for n in dir(unittest) if not isinstance(getattr(unittest, n, None), types.ModuleType)]
print([n for n in names if not n.startswith('__')])
print([n for n in names if n.startswith('__') and n in ('__all__', '__dir__', '__name__')])
print('IsolatedAsyncioTestCase' in dir(unittest), unittest.IsolatedAsyncioTestCase.__name__)
print(sorted(unittest.__all__) == sorted(n for n in unittest.__all__ if n in dir(unittest)))
