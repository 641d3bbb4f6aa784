# asyncio's TimerHandle hashes as its time: handles equal by __eq__ (same time, callback and
# arguments, or both cancelled) are one key of a set or dict; a plain Handle hashes by identity.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = loop.time() + 5
    a = loop.call_at(t, print, "a")
    b = loop.call_at(t, print, "b")
    c = loop.call_at(t + 1, print, "a")
    same = loop.call_at(t, print, "a")
    print(hash(a) == hash(b), hash(a) == hash(t), a.__hash__() == hash(c.when() - 1), hash(a) == hash(c))
    print(len({a, b, c}), len({a, same}), same in {a}, {a: 1, same: 2}[a])
    for x in (a, b, c, same):
        x.cancel()
    print(a == b, len({a, b, c}), a in {b}, c in {a, b}, list({a: 1, b: 2}.values()))
    h = loop.call_soon(print, "h")
    h2 = loop.call_soon(print, "h")
    print(hash(h) == hash(h), len({h, h2}), h in {h2})
    await asyncio.sleep(0)


asyncio.run(main())
