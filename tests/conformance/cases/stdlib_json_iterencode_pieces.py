# JSONEncoder.iterencode's pieces: without _one_shot CPython runs its encoder written in Python, a
# generator whose pieces join a primitive item to the bracket or separator before it and hand out an
# object's keys, key separators and newlines on their own; with _one_shot its C encoder gives the
# whole text as one piece (a list on 3.11, a tuple after; 3.11 and 3.12 use the Python one when
# there is an indent). json.dump writes each piece as it is made; an overridden iterencode is used.
import io
import json
import sys

data = {"a": [1, 2.5, None, True, "s"], "b": {"c": "x", "d": [[]]}, "e": [], "f": {}, "g": [{"h": 1}]}
for kwargs in [{}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")},
               {"indent": 0}]:
    enc = json.JSONEncoder(**kwargs)
    pieces = enc.iterencode(data)
    print(kwargs, type(pieces).__name__)
    print(list(pieces))
    one = enc.iterencode(data, _one_shot=True)
    print(type(one).__name__, list(one) if len(one) > 1 else len(one[0]))
print(list(json.JSONEncoder().iterencode([[1, [2, [3]]], {"k": {"l": [4]}}])))
print(list(json.JSONEncoder().iterencode({1: 2, 2.5: 3, None: 4, False: 5, "t": True})))
print(list(json.JSONEncoder().iterencode("top")), list(json.JSONEncoder().iterencode(7)))


class Sets(json.JSONEncoder):
    def default(self, o):
        print("default", sorted(o))
        return sorted(o)


print(list(Sets().iterencode({"s": {3, 1}, "t": [{2}]})))


class Writer:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)


w = Writer()
json.dump({"a": [1, {"b": None}], "c": "d"}, w, indent=1)
print(w.calls)
w = Writer()
try:
    json.dump([1, 2.5, object()], w)
except TypeError as e:
    print(e, w.calls)
w = Writer()
try:
    json.dump({"x": [1, float("nan")]}, w, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, w.calls)


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.upper()


w = Writer()
json.dump({"a": "b"}, w, cls=Upper)
print(w.calls, json.dumps({"a": "b"}, cls=Upper), json.dumps([1], cls=Upper, indent=1))
gen = json.JSONEncoder().iterencode([1, object()])
print(next(gen))
try:
    next(gen)
except TypeError as e:
    print("later:", e)
sys.stdout.write("done\n")
