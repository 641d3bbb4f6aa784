sales = [
    ("Seoul", 1234567.891, 0.1234, 42),
    ("Busan", 98765.4, -0.05, 7),
    ("Incheon", 5000000, 0.0, 1300),
    ("Daegu", 0.5, 1.5, 0),
]

header = f"{'city':<10}|{'revenue':>16}|{'growth':>8}|{'units':^7}|"
print(header)
print("-" * len(header))
for city, rev, growth, units in sales:
    print(f"{city:<10}|{rev:>16,.2f}|{growth:>+8.1%}|{units:^7d}|")
total = sum(r for _, r, _, _ in sales)
print(f"{'TOTAL':<10}|{total:>16,.2f}|{'':>8}|{sum(u for *_, u in sales):^7,}|")
print("=" * len(header))

for n in [0, 7, 255, 4096, -42]:
    print(f"{n:>6} {n:#06x} {n:#o} {n:08b} {n:_} {n:+}")
for x in [3.14159, 1e-7, 123456789.0, -0.0, float("inf")]:
    print(f"{x:10.3f}|{x:10.3e}|{x:10.4g}|{x:%}|{x!r}")
w, p = 12, 3
print(f"[{'nested':*^{w}}] [{3.14159:.{p}f}] [{42:{'>'}{w}}]")
name, score = "Kim", 97.456
print(f"{name=} {score=:.1f} {score = }")
print(f"{name!r:>8}|{name!s:<6}|{'é'!a}")
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d} {d:%A %d %B} {d!s}")
print(f"{1234567:,d} {1234567.5:_.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'abc':.2} {'x'*3:~<6} {10:=+7} {-10:=7}")
rows = [["id", "name", "note"], [1, "alpha", "first"], [22, "beta-long-name", ""], [333, "g", "last"]]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(f"{str(c):{'>' if isinstance(c, int) else '<'}{w}}" for c, w in zip(r, widths)))
