# io.open is the built-in open (one object), named as io's C half names it ('io' in 3.11, '_io'
# after); io.BlockingIOError is the built-in exception; 3.11 still answers io.OpenWrapper with a
# DeprecationWarning. type.__prepare__ is a built-in method giving a fresh dict.
import builtins
import io
import warnings

print(sorted(n for n in dir(io) if hasattr(builtins, n) and getattr(builtins, n) is getattr(io, n)))
print(io.open is open, io.open is builtins.open, repr(io.open), io.open.__module__, open.__qualname__)
print(type(io.open).__name__, io.BlockingIOError is BlockingIOError, 'open' in io.__all__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    wrapper = getattr(io, 'OpenWrapper', None)
print(wrapper is open, [(w.category.__name__, str(w.message)) for w in caught])
print(type(type.__prepare__).__name__, type.__prepare__.__qualname__, type.__prepare__('X', ()))


class Meta(type):
    pass


print(Meta.__prepare__('A', (), flag=1), Meta.__prepare__ == type.__prepare__)
