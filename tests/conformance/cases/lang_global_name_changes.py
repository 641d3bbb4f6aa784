# A function reads global and builtin names many times (the source tier keeps what it read):
# every way of changing them shows at the next read, in the main program and in a task.
import asyncio
import builtins


def f():
    return len([1, 2]), g()


def g():
    return 1


def h():
    return undefined_name


for i in range(3):
    print(f())


def len(x):
    return 99


print(f())
del len
print(f())
globals()["g"] = lambda: 7
print(f())
globals().update(g=lambda: 8)
print(f())
saved_len = builtins.len
builtins.len = lambda x: -1
print(f())
builtins.len = saved_len
print(f())
try:
    h()
except NameError as e:
    print("NameError:", e)
undefined_name = 5
print(h())
del globals()["undefined_name"]
try:
    h()
except NameError as e:
    print("NameError:", e)


def counter():
    global total
    total += 1
    return total


async def worker(n):
    global g
    for _ in range(n):
        counter()
        await asyncio.sleep(0)
    g = lambda: n
    return f()


async def main():
    global total
    total = 0
    print(await asyncio.gather(worker(2), worker(3)))
    print(total, g(), counter(), total)


asyncio.run(main())
