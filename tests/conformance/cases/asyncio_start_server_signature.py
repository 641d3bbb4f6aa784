# asyncio.start_server hands backlog and start_serving on to loop.create_server through **kwds: a
# tool that reads its signature (to build options, or to check a wrapper's keywords) sees CPython's.
import asyncio
import inspect

sig = inspect.signature(asyncio.start_server)
print(sig)
print([(p.name, p.kind.name) for p in sig.parameters.values()])
print(asyncio.start_server.__kwdefaults__, asyncio.start_server.__code__.co_kwonlyargcount)
print(asyncio.start_server.__code__.co_varnames[:5])


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=5, start_serving=False)
    print(server.is_serving())
    await server.start_serving()
    print(server.is_serving())
    server.close()
    await server.wait_closed()
    try:
        await asyncio.start_server(handle, "127.0.0.1", 0, bogus=1)
    except TypeError as e:
        print("TypeError")


asyncio.run(main())
