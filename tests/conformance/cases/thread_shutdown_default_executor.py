# asyncio.run waits for the default executor's threads at its end: a to_thread call abandoned by
# wait_for's timeout keeps its thread running, and the program ends when that thread does. A
# daemon thread still sleeping at the end is not waited for; a non-daemon one is.
import asyncio
import threading
import time


def slow(label, seconds):
    time.sleep(seconds)
    print(label, "finished at", round(time.monotonic(), 2))


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, "abandoned", 2), timeout=0.5)
    except TimeoutError:
        print("gave up at", round(asyncio.get_running_loop().time(), 2))
    threading.Thread(target=slow, args=("daemon", 10), daemon=True).start()
    threading.Thread(target=slow, args=("non-daemon", 3)).start()
    print("main returns")


asyncio.run(main())
print("asyncio.run returned at", round(time.monotonic(), 2))
