# Tuple and frozenset keys whose strings hold commas, parentheses or a NUL: each key equals only
# an equal tuple, however its strings would read when joined.
d = {("a,sb",): 1, ("a", "b"): 2, ("x", ("y,sz",)): 3, ("x", ("y", "z")): 4}
print(len(d), d[("a,sb",)], d[("a", "b")], d[("x", ("y,sz",))], d[("x", ("y", "z"))])
print(("a,sb",) in d, ("a", "b") in d, ("a,", "sb") in d, ("a,s", "b") in d)

s = {("p)", "q"), ("p", ")q"), ("p", "),sq"), ("\x00sa",), ("\x00", "a"), ("", "")}
print(len(s), ("p)", "q") in s, ("p", "),sq") in s, ("\x00sa",) in s, ("\x00s", "a") in s)

f = {frozenset({"a,sb"}): "one", frozenset({"a", "b"}): "two", frozenset({"1", 1}): "mixed"}
print(len(f), f[frozenset({"b", "a"})], f[frozenset({"a,sb"})], f[frozenset({1, "1"})])
print(frozenset({"a,sb"}) == frozenset({"a", "b"}), {("a,sb",): 0} == {("a", "b"): 0})

counts = {}
for key in [("k,", "v"), ("k", ",v"), ("k,", "v"), ("k", ",", "v"), (1, "2"), (1, 2), ("1", 2)]:
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items(), key=repr))
