# asyncio debug mode's flag: asyncio.run(debug=...) and Runner(debug=...) set the new loop's
# get_debug() before it runs, loop.set_debug keeps the value as given, slow_callback_duration is
# the loop's 0.1 s.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    return 'done'


print(asyncio.run(main(), debug=True))
print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
with asyncio.Runner(debug=True) as runner:
    print(runner.run(main()), runner.get_loop().get_debug())
loop = asyncio.new_event_loop()
print(loop.get_debug(), loop.slow_callback_duration)
loop.set_debug(1)
loop.slow_callback_duration = 0.25
print(loop.get_debug(), loop.slow_callback_duration)
print(loop.run_until_complete(main()))
loop.set_debug(False)
print(loop.get_debug())
loop.close()
