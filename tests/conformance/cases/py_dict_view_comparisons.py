# Keys and items views compare with sets and with each other as sets do (subset, superset); values views do not.
d = {"a": 1, "b": 2}
e = {"a": 1, "b": 2, "c": 3}
print(d.keys() <= e.keys(), d.keys() < e.keys(), e.keys() > {"a"}, d.keys() >= {"a", "b"}, d.keys() > {"a", "b"}, {"a"} < d.keys())
print(d.items() <= e.items(), {("a", 1)} <= d.items(), d.items() >= {("a", 2)}, d.keys() != {"a", "b"}, d.keys() == {"a", "b"})
try:
    d.keys() < [1]
except TypeError as exc:
    print(exc)
try:
    d.values() < d.values()
except TypeError as exc:
    print(exc)
