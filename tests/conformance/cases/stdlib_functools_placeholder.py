# functools.Placeholder (3.14): a singleton that reserves a positional slot of a partial, filled by
# the call's first arguments; trailing or keyword Placeholders are refused; a partial of a partial
# fills the inner one's. Before 3.14 functools has no Placeholder.
import copy
import functools
import pickle
from functools import partial, partialmethod


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, f'{type(e).__name__}: {e}')


def f(a, b, c):
    return (a, b, c)


print(hasattr(functools, 'Placeholder'), partialmethod._make_unbound_method.__qualname__)
if hasattr(functools, 'Placeholder'):
    _ = functools.Placeholder
    T = type(_)
    print(repr(_), str(_), T.__name__, T.__module__, repr(T), T() is _, T.__mro__)
    print(copy.copy(_) is _, copy.deepcopy(_) is _, pickle.loads(pickle.dumps(_)) is _, _.__reduce__())
    show('call type', lambda: T(1))
    show('call type kw', lambda: T(x=1))
    show('setattr', lambda: setattr(_, 'x', 1))
    show('subclass', lambda: type('S', (T,), {}))
    p = partial(f, _, 2)
    print(repr(p).replace(repr(f), 'f'), p.args, p(1, 3))
    show('missing', lambda: p())
    show('missing 2', lambda: partial(f, _, _, 3)(1))
    show('trailing', lambda: partial(f, 1, _))
    show('only', lambda: partial(f, _))
    show('keyword', lambda: partial(f, 1, c=_))
    q = partial(f, _, _, 3)
    show('fill one', lambda: (partial(q, 1).args, partial(q, 1)(2)))
    show('fill with placeholder', lambda: (partial(q, _, 5).args, partial(q, _, 5)(4)))
    show('fill and extend', lambda: partial(partial(f, _, 2), 1, 3).args)
    show('outer trailing', lambda: partial(partial(f, _, 2), _))

    class P(partial):
        pass

    show('subclass missing', lambda: P(f, _, 2)())
    show('subclass', lambda: (P(f, _, 2).args, P(f, _, 2)(1, 3)))
    state = p.__reduce__()
    print(state[0].__name__, state[1][0].__name__, state[2][1])
    r = partial(f)
    r.__setstate__((f, (_, 1), None, None))
    show('setstate', lambda: r(0, 2))
    show('setstate trailing', lambda: r.__setstate__((f, (1, _), None, None)))

    class K:
        m = partial(f, _, 2)
        pm = partialmethod(f, _, 7)

    show('method', lambda: K().m(3)[1:])
    show('partialmethod', lambda: K().pm(8)[1:])
    show('partialmethod trailing', lambda: partialmethod(f, 1, _))
    show('partialmethod keyword', lambda: partialmethod(f, c=_))
