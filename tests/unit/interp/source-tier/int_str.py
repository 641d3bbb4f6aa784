# Ints written in decimal: str(), repr(), f-strings, format() and %, around the fast path's bounds.
class MyInt(int):
    pass


class LoudInt(int):
    def __repr__(self):
        return "LoudInt!"


def show(xs):
    for x in xs:
        print(str(x), repr(x), f"{x}", f"{x!r}", format(x), "%d" % x, "%s" % x, [x], (x,), {x: x})


safe = 2**53 - 1
show([0, -0, 1, -1, 7, -42, 10**15, -(10**15), safe, -safe, safe + 1, -safe - 1, safe + 2, -safe - 2])
show([2**63, -(2**63), 2**64 + 1, 10**30, -(10**30) - 7])
for x in (10**4299, -(10**4299), 10**4300 - 1):
    print(len(str(x)), len(repr(x)), len(f"{x}"), len("%d" % x), str(x)[:3], repr(x)[-3:])
show([MyInt(5), MyInt(-(2**70)), LoudInt(3), True, False])
print(f"{7:5}|{-7:+d}|{2**60:,}|{12:x}|{-3:03}")
for x in (10**4300, -(10**4300), 10**5000):
    for f in (str, repr, lambda v: f"{v}", format, lambda v: "%d" % v):
        try:
            f(x)
        except ValueError as e:
            print(type(e).__name__, str(e)[:40])
total = 0
for i in range(2000):
    total += len(str(i - 1000)) + len(f"w{i % 97}")
print(total)


class S(str):
    pass


print(S("%s|%d") % (LoudInt(3), LoudInt(4)), S("%s") % LoudInt(5), "%d" % LoudInt(6), "%x" % MyInt(255), "%s" % [LoudInt(1)])
