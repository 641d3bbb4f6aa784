# put_nowait on a full queue and get_nowait on an empty one raise from queues.py: a traceback
# (printed, logged, or left uncaught) shows that frame under the program's call.
import asyncio
import re
import traceback


def shown(text):
    # The library's folder differs from one installation to another: from asyncio/ on; the
    # program by its own name.
    text = re.sub(r'"[^"]*/(asyncio/[a-z_]+\.py)"', r'"\1"', text)
    return re.sub(r'"(?:[^"]*/)?(asyncio_queue_nowait_frames\.py)"', r'"\1"', text)


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print(shown(traceback.format_exc()))
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(shown("".join(traceback.format_exception(e))))
        print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
    pq = asyncio.PriorityQueue(1)
    pq.put_nowait((1, "x"))
    try:
        pq.put_nowait((0, "y"))
    except asyncio.QueueFull as e:
        print(shown(traceback.format_exception(e)[-2]))
    lq = asyncio.LifoQueue(1)
    lq.put_nowait(1)
    lq.put_nowait(2)


asyncio.run(main())
