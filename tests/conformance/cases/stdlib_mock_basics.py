# unittest.mock's objects on their own: Mock and MagicMock recording calls (call_args,
# call_args_list, mock_calls, method_calls, call.x chains), every assert_* with its message (the
# wording changes between versions: 3.11/3.12 leave out the Actual line of assert_has_calls when
# nothing was called, 3.12 adds names like called_once to the misspelt-assertion list), reprs
# with names (ids masked), MagicMock's magic-method defaults, side_effect as a function, an
# exception and a sequence, return_value, wraps, spec/spec_set, configure_mock, reset_mock,
# attach_mock, seal, sentinel/DEFAULT/ANY, PropertyMock, create_autospec's signature checks,
# NonCallableMock and mock_open; an AsyncMock and a bound async method count as coroutine functions.
import re
import unittest.mock
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMagicMock, NonCallableMock, PropertyMock,
                           call, create_autospec, mock_open, seal, sentinel)


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:
        text = re.sub(r"id='\d+'", "id=...", str(exc))
        print(f'{label}: {type(exc).__name__}: {text}')
    else:
        shown = re.sub(r"id='\d+'", 'id=...', repr(result))
        print(f'{label}: ok {shown}' if result is not None else f'{label}: ok')


print('same module:', unittest.mock is mock)

# ---- calls recorded
m = Mock(name='api')
m.users.get(7, fields=['name'])
m.users.list()
m(1)
m.ping()
print(m.mock_calls)
print(m.method_calls)
print(m.users.get.call_args, m.users.get.call_args.args, m.users.get.call_args.kwargs)
print(m.call_args_list, m.call_count, m.called, m.users.list.called, m.users.delete.called)
print(m.mock_calls[0] == call.users.get(7, fields=['name']), call(1) in m.mock_calls)
print(call.a.b(1, k=2), call(1).call_list(), call.x().y(2).call_list())
print(call.count, call.index(3), call(ANY) == call(object()))
show(m)
show(m.users.get)
show(m.users.get())
show(MagicMock(name='api').users.get().items[0])
show(Mock())
show(MagicMock().x().y)
show(Mock(spec=list))
show(Mock(spec_set=dict, name='d'))

# ---- the assertions
c = Mock(name='client', return_value=None)
attempt('assert_called (never)', c.assert_called)
attempt('assert_called_with (never)', c.assert_called_with, 1)
attempt('assert_has_calls (never)', c.assert_has_calls, [call(1)])
attempt('assert_not_called (never)', c.assert_not_called)
c(1)
c(2, key='v')
attempt('assert_called', c.assert_called)
attempt('assert_called_once', c.assert_called_once)
attempt('assert_not_called', c.assert_not_called)
attempt('assert_called_with', c.assert_called_with, 2, key='x')
attempt('assert_called_with ok', c.assert_called_with, 2, key='v')
attempt('assert_called_once_with', c.assert_called_once_with, 2, key='v')
attempt('assert_any_call', c.assert_any_call, 3)
attempt('assert_any_call ok', c.assert_any_call, 1)
attempt('assert_has_calls order', c.assert_has_calls, [call(2, key='v'), call(1)])
attempt('assert_has_calls ok', c.assert_has_calls, [call(1), call(2, key=ANY)])
attempt('assert_has_calls any_order', c.assert_has_calls, [call(3), call(1)], any_order=True)
attempt('assert_has_calls any_order ok', c.assert_has_calls, [call(2, key='v'), call(1)], any_order=True)
anon = Mock()
anon(5)
attempt('anonymous', anon.assert_called_once_with, 6)
attempt('misspelt', getattr, anon, 'assret_called_once')
attempt('deny list', getattr, anon, 'called_once_with')
attempt('unsafe', lambda: Mock(unsafe=True).assert_foo)

# ---- side effects and return values
seq = Mock(side_effect=[1, KeyError('gone'), 3])
attempt('seq 1', seq)
attempt('seq 2', seq)
attempt('seq 3', seq)
attempt('seq 4', seq)
fn = Mock(side_effect=lambda x: x * 2 if x else DEFAULT, return_value='default')
print(fn(4), fn(0))
boom = Mock(side_effect=ValueError)
attempt('exception class', boom, 1)
rv = Mock(return_value=sentinel.result)
print(rv(), rv() is sentinel.result, sentinel.result, DEFAULT, ANY)
wrapped = Mock(wraps=lambda a, b: a - b)
print(wrapped(10, 3), wrapped.call_args)

# ---- MagicMock's magic methods
mm = MagicMock(name='box')
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), 3 in mm, mm.__index__())
print(mm == mm, mm == 1, mm != mm, mm != 1, mm < 1 if False else 'cmp', hash(mm) == hash(mm))
with mm as entered:
    print('enter is its own mock:', entered is mm.__enter__.return_value)
mm.__len__.return_value = 3
mm.__iter__.return_value = iter('ab')
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__contains__.return_value = True
print(len(mm), list(mm), mm['key'], 'x' in mm)
print(mm.mock_calls[-4:])
try:
    mm < 1
except TypeError as exc:
    print('TypeError:', exc)
mm.__str__ = lambda self: 'custom str'
print(str(mm))
attempt('unsupported magic', setattr, mm, '__getattr__', lambda s, n: 1)
nc = NonCallableMock()
attempt('non-callable', nc)
ncm = NonCallableMagicMock()
print(len(ncm), type(ncm.method).__name__)

# ---- spec, configure, reset, attach, seal


class Repo:
    limit = 3

    def get(self, key):
        return key

    async def aget(self, key):
        return key

    @property
    def size(self):
        return 10


sm = Mock(spec=Repo)
print(isinstance(sm, Repo), type(sm.get).__name__, type(sm.aget).__name__)
attempt('spec missing', getattr, sm, 'nope')
ss = Mock(spec_set=['a'])
attempt('spec_set', setattr, ss, 'b', 1)
cfg = Mock()
cfg.configure_mock(**{'method.return_value': 3, 'other.side_effect': KeyError('k'), 'name_': 'x'})
print(cfg.method(), cfg.name_)
attempt('configured side effect', cfg.other)
cfg.method(9)
cfg.reset_mock()
print(cfg.method.call_count, cfg.method(), cfg.mock_calls)
cfg.reset_mock(return_value=True)
show(cfg.method())
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, 'child')
child(1)
print(parent.mock_calls, parent.method_calls)
sealed = Mock()
sealed.a.b.return_value = 5
seal(sealed)
print(sealed.a.b())
attempt('sealed get', getattr, sealed, 'c')
attempt('sealed call', lambda: sealed.a.c())
print(sorted(n for n in dir(Mock()) if not n.startswith('_'))[:6])

# ---- PropertyMock and create_autospec
with mock.patch.object(Repo, 'size', new_callable=PropertyMock) as size:
    size.return_value = 99
    print(Repo().size)
    Repo().size = 5
    print(size.mock_calls)
print(Repo().size)


def add(a, b, *, scale=1):
    return (a + b) * scale


spec_add = create_autospec(add, return_value=0)
print(spec_add(1, 2), spec_add(b=1, a=2, scale=3))
attempt('autospec wrong call', spec_add, 1)
attempt('autospec keyword', spec_add, 1, 2, 3)
attempt('autospec match by name', spec_add.assert_any_call, a=1, b=2)
attempt('autospec mismatch', spec_add.assert_called_with, 1, 2)
RepoMock = create_autospec(Repo)
repo = RepoMock()
repo.get('k')
attempt('autospec method', repo.get)
attempt('autospec attribute', getattr, repo, 'missing')
print(isinstance(repo, Repo), RepoMock.mock_calls, type(repo.aget).__name__)

# ---- mock_open
opened = mock_open(read_data='one\ntwo\n')
with mock.patch('builtins.open', opened):
    with open('data.txt') as fh:
        print(fh.readline(), fh.read())
    with open('data.txt', 'w') as fh:
        fh.write('x')
print(opened.mock_calls[:3])
opened.assert_called_with('data.txt', 'w')
opened().write.assert_called_once_with('x')

# ---- an AsyncMock passes for a coroutine function (inspect's and asyncio's checks, as a bound async method does)
import asyncio
import inspect

print(inspect.iscoroutinefunction(mock.AsyncMock()), inspect.iscoroutinefunction(Mock()),
      asyncio.iscoroutinefunction(mock.AsyncMock()), asyncio.iscoroutinefunction(Repo().aget),
      asyncio.iscoroutinefunction(Repo().get))
