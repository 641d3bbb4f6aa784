# itertools.batched's arguments as its C parser takes them: 3.12 has (iterable, n) only, so
# strict=True is "takes at most 2 arguments"; 3.13 adds the keyword-only strict. Each version's
# wording for missing, surplus, duplicated and unknown arguments, and n must be an integer.
import itertools

calls = [
    (("abc", 2), {"strict": True}),
    (("abcd", 2), {"strict": True}),
    (("abc",), {}),
    ((), {}),
    (("abc", 2, True), {}),
    (("abc",), {"n": 2, "strict": True}),
    (("abc", 0), {}),
    (("abc", "2"), {}),
    (("abc", 2.0), {}),
    ((), {"iterable": "ab", "n": 1, "x": 1}),
    (("a",), {"x": 1}),
    (("a", 1), {"x": 1}),
    ((), {"iterable": "a", "n": 1, "strict": True, "y": 2}),
    (("a", 1), {"n": 1}),
    (("a",), {"iterable": "b", "n": 1}),
    (("a", 1, 2, 3), {}),
    ((), {"iterable": "abcde", "n": 2}),
]
for args, kwargs in calls:
    try:
        print(args, kwargs, list(itertools.batched(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(args, kwargs, type(e).__name__, e)
