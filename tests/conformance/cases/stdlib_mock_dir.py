# What unittest.mock holds, per version: the module's names (3.11's _MOCK_SIG, 3.12's deny list and
# code-object tables, 3.13's ThreadingMock and _set_async_signature, 3.14's dataclasses helpers;
# pkgutil, a module Loopline does not simulate, and the module's dunders are left out), __all__,
# the names of each mock class, dir() of mock instances (what FILTER_DIR shows: the assert_*
# methods, attributes set, children made), and a dataclass specced by create_autospec (3.14 gives
# the instance mock its fields).
import dataclasses
import unittest
from unittest import mock

names = [n for n in dir(mock) if not (n.startswith('__') and n.endswith('__')) and n != 'pkgutil']
print(len(names), names)
print(type(mock.__all__).__name__, mock.__all__)
print('ThreadingMock' in dir(mock), hasattr(mock, '_ATTRIB_DENY_LIST'), hasattr(mock, '_MOCK_SIG'))
for cls in (mock.Base, mock.NonCallableMock, mock.CallableMixin, mock.Mock, mock.MagicMixin, mock.MagicMock,
            mock.NonCallableMagicMock, mock.AsyncMockMixin, mock.AsyncMock, mock.PropertyMock, mock.MagicProxy):
    print(cls.__name__, cls.__module__, [n for n in dir(cls) if not n.startswith('__')])
m = mock.Mock()
m.configured = 1
m.child.grandchild
m.__dict__['_private'] = 2
print(dir(m))
mm = mock.MagicMock(spec=['read', 'close'])
print(dir(mm))
print(dir(mock.AsyncMock())[-12:])
mock.FILTER_DIR = False
print('assert_called' in dir(mock.Mock()), '_mock_children' in dir(mock.Mock()))
mock.FILTER_DIR = True
print(unittest.mock is mock, 'mock' in dir(unittest))


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = mock.create_autospec(Point, instance=True)
try:
    print(type(p.x).__name__)
except AttributeError as exc:
    print('AttributeError:', exc)
print(type(p.norm).__name__, type(p).__name__)
