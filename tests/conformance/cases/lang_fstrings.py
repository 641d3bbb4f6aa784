import asyncio

async def main():
    x, n, s, v = 3.14159, 42, "hi", "right"
    print(f"{x:.2f}|{n:5d}|{s!r}|{v:>8}|{v:<8}|{v:^9}|")
    print(f"{n:08.3f} {n:x} {n:#o} {n:,} {1234567.891:,.2f} {0.25:%} {0.256:.1%}")
    print(f"{n=} {x + 1=:.1f} {'nested ' + s!s:>10}")
    print(f"{-5:+d} {5:+d} {5: d} {1e-7:g} {123456789:e} {1.5e300:.3g}")
    print(f"{'x':*^7} {3:03d} {[1, 2]!r} {s.upper()} {{braces}}")
    width, prec = 10, 3
    print(f"[{x:{width}.{prec}f}]")

asyncio.run(main())
