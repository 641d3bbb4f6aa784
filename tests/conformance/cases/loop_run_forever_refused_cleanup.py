"""loop.run_forever() called inside a running coroutine is refused; on 3.13 the refused run cleans up after itself (its setup is inside the try whose finally resets the running loop): the coroutine then has no running loop, so asyncio.sleep fails too. Other versions keep the loop running."""
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('refused:', e)
    try:
        print(asyncio.get_running_loop() is loop)
    except RuntimeError as e:
        print('after:', e)
    try:
        await asyncio.sleep(0.1)
        print('slept')
    except RuntimeError as e:
        print('sleep:', e)
asyncio.run(main())
