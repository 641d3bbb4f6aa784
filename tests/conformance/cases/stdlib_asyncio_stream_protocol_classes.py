import asyncio
async def main():
    r = asyncio.StreamReader()
    p = asyncio.StreamReaderProtocol(r)
    print(isinstance(p, asyncio.Protocol), [c.__name__ for c in type(p).__mro__])
    print(hasattr(asyncio, 'FlowControlMixin'), hasattr(asyncio, 'TransportSocket'))
    print([c.__name__ for c in asyncio.subprocess.SubprocessStreamProtocol.__mro__])
asyncio.run(main())
