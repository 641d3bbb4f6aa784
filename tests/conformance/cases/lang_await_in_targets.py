"""An `await` in an assignment target (`cache[await key()] = value`, unpacking into such
targets), in a `del` target, in a match guard and in an f-string's format spec runs in CPython's
order (the value first, then each target's parts left to right). These were refused as
"'await' in a context that cannot suspend" or "not simulated"."""
import asyncio


async def key(name, delay=0.1):
    await asyncio.sleep(delay)
    print('  key', name)
    return name


async def value(v):
    await asyncio.sleep(0.05)
    print('  value', v)
    return v


async def allowed(user):
    await asyncio.sleep(0.01)
    return user != 'guest'


class Store:
    def __init__(self):
        self.data = {}
        self.last = None


async def handle(store, msg):
    match msg:
        case {'op': 'put', 'user': user} if await allowed(user):
            store.data[await key(msg['k'])] = await value(msg['v'])
            return 'stored'
        case {'op': 'put'}:
            return 'denied'
        case {'op': 'del'} if await allowed(msg.get('user', 'guest')):
            del store.data[await key(msg['k'], 0)]
            return 'deleted'
        case _:
            return 'ignored'


async def main():
    s = Store()
    s.data[await key('a')], s.last = await value(1), await value('x')
    [s.data[await key('b')], *rest] = await value((2, 3, 4))
    print(s.data, s.last, rest)
    for msg in [{'op': 'put', 'user': 'kim', 'k': 'c', 'v': 9}, {'op': 'put', 'user': 'guest', 'k': 'd', 'v': 0},
                {'op': 'del', 'user': 'kim', 'k': 'a'}, {'op': 'del', 'k': 'b'}, {'op': 'get'}]:
        print(await handle(s, msg), sorted(s.data.items()))
    width = 8
    print(f'[{await value("name"):>{await value(width)}}|{3.14159:.{await value(2)}f}]')
    try:
        s.missing_dict[await key('z')] = 1
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        (await value(None))[await key('q')] = 1
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
