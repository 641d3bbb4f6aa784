# A Barrier of no parties: asyncio's says "parties must be > 0" on 3.11-3.13 and ">= 1" on 3.14;
# threading's has no check before 3.13 (a Barrier(0) is made and keeps its count).
import asyncio
import threading


async def main():
    for n in (0, -2):
        try:
            b = asyncio.Barrier(n)
            print("asyncio made", b.parties)
        except ValueError as e:
            print("asyncio", n, e)
        try:
            b = threading.Barrier(n)
            print("threading made", b.parties, b.n_waiting, b.broken)
        except ValueError as e:
            print("threading", n, e)
    one = asyncio.Barrier(1)
    print("one party passes at once:", await one.wait())


asyncio.run(main())
