nan = float("nan")
inf = float("inf")
big = 10 ** 30
vals = [0, 1, -7, 7, 3, 2.5, -0.0, 0.0, nan, inf, big, -big, True, 2 ** 53 + 1, float(2 ** 53)]
rows = []
for a in vals:
    for b in vals:
        r = []
        for name, fn in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b),
                         ("//", lambda: a // b), ("%", lambda: a % b), ("<", lambda: a < b), ("<=", lambda: a <= b),
                         (">", lambda: a > b), (">=", lambda: a >= b), ("==", lambda: a == b), ("!=", lambda: a != b)):
            try:
                v = fn()
                r.append(f"{type(v).__name__}:{v!r}")
            except (ZeroDivisionError, OverflowError) as e:
                r.append(f"{type(e).__name__}:{e}")
        rows.append(" ".join(r))
for row in rows:
    print(row)
print(-(-7), -2.5, -True, -0.0, -big)
x = 1.5
x += 2.25
x -= 0.5
x *= 2.0
print(x, "a" == "a", "a" != "b", "é" == "é", 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53))
