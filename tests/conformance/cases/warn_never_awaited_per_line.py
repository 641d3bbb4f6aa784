import asyncio
async def f():
    pass
for i in range(3):
    f()
f()
async def main():
    f()
    f()
asyncio.run(main())
