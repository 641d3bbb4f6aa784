# functools.cmp_to_key gives CPython's C key object, functools.KeyWrapper: calling it wraps a value;
# two wrapped values compare by the function's result against 0; anything else is a TypeError.
import functools
def cmp(a, b):
    return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
print(type(K).__name__, type(K).__module__, type(K).__qualname__, repr(K).split(" at ")[0])
print(sorted([3, 1, 2], key=K), sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())), reverse=True))
a, b = K(1), K(2)
print(type(a).__name__, a.obj, a < b, a > b, a == K(1), a != b, a <= b, b >= a, type(a) is type(K))
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(max([K(5), K(9), K(1)]).obj, min(map(K, "zya")).obj)
