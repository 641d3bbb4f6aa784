def table(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return d


odd = ["", "\x00", "\x00s", "\x00None", "None", "s", "sNone", "i1", "f1.5", "t(", "\x00t(n1,)", "h3"]
print(table(odd + [None, 1, 1.5, True, (1,), ("a,b",), ("a", "b"), frozenset({"a"}), 2**70]))
print(table(odd + odd[::2]))
s = set(odd) | {None, (1,), ("\x00",), frozenset({"\x00s"})}
print(len(s), "\x00" in s, "\x00s" in s, ("\x00",) in s, frozenset({"\x00s"}) in s, frozenset({"\x00"}) in s)
print(hash("abc") == hash("ab" + "c"), {("a", 1): 2}[("a", 1)], dict(a=1, b=2), dict(**{"\x00x": 1}))
