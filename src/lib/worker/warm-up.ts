/**
 * The program a new simulation worker runs before any request, so that asyncio's Python library
 * is compiled and the interpreter's hot paths are warm when the user's program arrives.
 */
export const WARM_UP_PROGRAM = `import asyncio

async def tick(i):
    await asyncio.sleep(i / 10)
    return i

async def main():
    await asyncio.gather(*(tick(i) for i in range(20)))

asyncio.run(main())
`;
