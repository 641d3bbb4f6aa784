# A subscript's items may mix slices and starred iterables (3.11+): a[1:2, *b] is
# a[(slice(1, 2), *b)], read, assigned and deleted alike. A starred item that is not iterable
# fails as in a tuple display ("Value after * must be an iterable"), located at the items;
# a list display says the same, a set display iter()'s message.
class Grid:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


g = Grid()
b = [3, 4]
print(g[1:2, *b])
print(g[*b, ::-1], g[:, *b, *b, 1:])
g[1:2, *b] = "v"
del g[::2, *b]
print(g[1:2, *(x * 2 for x in b)], g[1:2, *b,])


def window(rows):
    return g[0:rows, *range(2)]


print(window(3))
for make in [lambda: g[1:2, *None], lambda: g[1, *None], lambda: (1, *None), lambda: [1, *3], lambda: {1, *None}]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
g[1:2, *None]
