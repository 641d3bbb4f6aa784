# A StreamReader fed by hand (no sockets): its repr, read/readline/readuntil/readexactly and their errors,
# a limit that pauses and resumes a (fake) transport, two readers at once, set_exception, async for;
# and a StreamReaderProtocol given a fake transport: the handler's writer, its repr, the handler's error
# reported to the loop's exception handler, eof_received's answer (False when the transport has an
# 'sslcontext'), connection_lost with an error, wait_closed, drain.
import asyncio
import sys


class FakeTransport:
    def __init__(self, name):
        self.name = name
        self.closing = False

    def __repr__(self):
        return f'<FakeTransport {self.name}>'

    def pause_reading(self):
        print(self.name, 'pause_reading')

    def resume_reading(self):
        print(self.name, 'resume_reading')

    def write(self, data):
        print(self.name, 'write', data)

    def writelines(self, lines):
        print(self.name, 'writelines', list(lines))

    def write_eof(self):
        print(self.name, 'write_eof')

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self.closing

    def close(self):
        print(self.name, 'close')
        self.closing = True

    def get_extra_info(self, name, default=None):
        print(self.name, 'get_extra_info', name)
        return f'{name}?{default}'


async def reading():
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('limit 0:', e)
    r = asyncio.StreamReader(limit=4)
    print(repr(r))
    r.set_transport(FakeTransport('t1'))
    r.feed_data(b'')
    r.feed_data(b'ab\ncd')
    print(repr(r), r.at_eof())
    print(await r.readline(), await r.read(0), await r.readexactly(0))
    r.feed_data(b'efghij')
    print(repr(r))
    print(await r.read(3))
    print(await r.read(3), repr(r))
    r.feed_data(b'xyz123456')
    try:
        await r.readline()
    except ValueError as e:
        print('readline overrun:', e, repr(r))
    r.feed_data(b'12345\nrest')
    try:
        await r.readline()
    except ValueError as e:
        print('readline found late:', e, repr(r))
    for bad in (b'', ()):
        try:
            await r.readuntil(bad)
        except (ValueError, TypeError) as e:
            print('readuntil', bad, type(e).__name__, e)
    r.feed_data(b'--;;+')
    if sys.version_info >= (3, 13):
        print(await r.readuntil((b';;', b'-', b'+')), await r.readuntil((b'+', b';;')))
    else:
        print(await r.readuntil(b'-'), await r.readuntil(b'-'))
    print(repr(r))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('readexactly -1:', e)

    async def second():
        try:
            await r.read(1)
        except RuntimeError as e:
            print('second reader:', e)

    first = asyncio.create_task(r.readexactly(8))
    await asyncio.sleep(0)
    await second()
    r.feed_data(b'ab')
    await asyncio.sleep(0)
    print(repr(r).replace(hex(id(first)), 'ID')[:60])
    r.feed_eof()
    try:
        await first
    except asyncio.IncompleteReadError as e:
        print('incomplete:', e, e.partial, e.expected, isinstance(e, EOFError))
    print(r.at_eof(), await r.read(), repr(r))

    r2 = asyncio.StreamReader()
    r2.feed_data(b'one\ntwo\nthree')
    r2.feed_eof()
    print([line async for line in r2])
    r3 = asyncio.StreamReader()
    r3.feed_data(b'abc')
    waiter = asyncio.create_task(r3.readuntil(b'!'))
    await asyncio.sleep(0)
    r3.set_exception(OSError('boom'))
    for coro in (waiter, r3.read(1), r3.readexactly(1), r3.readuntil(b'x')):
        try:
            await coro
        except OSError as e:
            print('after set_exception:', e)
    print(repr(r3), r3.exception())
    r4 = asyncio.StreamReader(limit=3)
    r4.feed_data(b'abcdefg')
    try:
        await r4.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('overrun:', e, e.consumed)
    r4.feed_data(b'!')
    try:
        await r4.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('overrun:', e, e.consumed)
    r4.feed_eof()
    print(await r4.read(-1))


async def protocol():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print('handler:', sorted(ctx), ctx['message'].split('(')[0], repr(ctx.get('exception'))))

    async def failing(reader, writer):
        print('handler got', repr(writer), writer.transport, writer.get_extra_info('peer', 1))
        writer.write(b'w')
        writer.writelines([b'a', b'b'])
        print(writer.can_write_eof(), writer.write_eof(), writer.is_closing())
        await writer.drain()
        raise KeyError('handler')

    r = asyncio.StreamReader()
    p = asyncio.StreamReaderProtocol(r, failing)
    t = FakeTransport('t2')
    p.connection_made(t)
    p.data_received(b'data')
    print(p.eof_received(), repr(r))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.connection_lost(None)
    print(await p._get_close_waiter(None), repr(r))

    held = []

    async def stalled(reader, writer):
        held.append(writer)
        await asyncio.sleep(10)

    r = asyncio.StreamReader()
    p = asyncio.StreamReaderProtocol(r, stalled)
    t = FakeTransport('t3')
    p.connection_made(t)
    await asyncio.sleep(0)
    p._task.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after cancel', t.closing)
    p.connection_lost(ConnectionResetError('reset'))
    print(repr(r))
    try:
        await r.read()
    except ConnectionResetError as e:
        print('reader:', e)
    t.closing = True
    held.clear()

    r = asyncio.StreamReader()
    p = asyncio.StreamReaderProtocol(r)
    t = FakeTransport('t4')
    p.connection_made(t)
    w = asyncio.StreamWriter(t, p, None, loop)
    print(repr(w))
    t.closing = True
    p.connection_lost(OSError('gone'))
    for what in (w.drain(), w.wait_closed()):
        try:
            await what
        except OSError as e:
            print(type(e).__name__, e)
    w = asyncio.StreamWriter(t, p, r, loop)
    try:
        await w.drain()
    except OSError as e:
        print('drain with reader:', type(e).__name__, e)


asyncio.run(reading())
asyncio.run(protocol())
