# A future's done callbacks keep their order through adds and removes: one callback, several, all
# of a kind removed at once, down to none and back; then they run in that order, and one added
# after the result runs at the next iteration. (Loopline holds a lone callback without a list.)
import asyncio

def a(f): print("a", f.result())
def b(f): print("b", f.result())
def c(f): print("c", f.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(a)
    print(len(f._callbacks), f._callbacks[0][0] is a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(a)
    print([cb.__name__ for cb, _ in f._callbacks])
    print(f.remove_done_callback(a), [cb.__name__ for cb, _ in f._callbacks])
    print(f.remove_done_callback(b), [cb.__name__ for cb, _ in f._callbacks])
    print(f.remove_done_callback(c), bool(f._callbacks))
    print(f.remove_done_callback(c), bool(f._callbacks))
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.set_result(1)
    print(bool(f._callbacks))
    await asyncio.sleep(0)
    f.add_done_callback(a)
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(c)
    print(g.remove_done_callback(c), bool(g._callbacks))
    g.set_result(2)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
