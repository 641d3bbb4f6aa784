# Random.setstate checks a state as CPython does: random.py unpacks (version, words, gauss_next)
# (version 2 reduces each word % 2**32; 3.0 counts as version 3), then _random wants a tuple of 624
# ints and an index: a whole float is refused as a word ('an integer is required') and as the index
# (__index__), negative and too large words and indexes are errors; gauss_next is kept as given.
import random

state = random.Random(5).getstate()
words = state[1]
cases = [
    (3, tuple(float(w) for w in words), None),
    (3, (1.0,) + words[1:], None),
    (3, words[:-1] + (624.0,), None),
    (3, (-1,) + words[1:], None),
    (3, (2**64,) + words[1:], None),
    (3, ("1",) + words[1:], None),
    (3, words[:-1] + (2**63,), None),
    (3, words[:-1] + ("1",), None),
    (3, words[:-1] + (-1,), None),
    (3, words[:-1] + (625,), None),
    (3, words[:-1] + (True,), None),
    (2, [w + 2**32 for w in words], None),
    (2, ("a",) + words[1:], None),
    (2, (1.0,) + words[1:], None),
    (3.0, words, 7),
    (1, words, None),
    ("3", words, None),
    (3, list(words), None),
    (3, words[:-1], None),
    (3, words),
    (3, words, 2),
]
for bad in cases:
    r = random.Random()
    try:
        r.setstate(bad)
        print("ok", r.getstate()[1][0], r.getstate()[2], r.gauss())
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random()
r.setstate(state)
print(r.random() == random.Random(5).random())
