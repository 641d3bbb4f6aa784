# A closed loop refuses callbacks, tasks and runs (BaseEventLoop._check_closed), each with the same RuntimeError.
import asyncio
loop = asyncio.new_event_loop()
loop.close()
for what in ("call_soon", "call_later", "call_at", "create_task", "run_forever", "call_soon_threadsafe", "run_in_executor"):
    try:
        if what == "call_soon": loop.call_soon(print)
        elif what == "call_later": loop.call_later(1, print)
        elif what == "call_at": loop.call_at(1, print)
        elif what == "create_task":
            async def c(): pass
            co = c()
            try:
                loop.create_task(co)
            finally:
                co.close()
        elif what == "run_forever": loop.run_forever()
        elif what == "call_soon_threadsafe": loop.call_soon_threadsafe(print)
        elif what == "run_in_executor": loop.run_in_executor(None, print)
        print(what, "ok")
    except RuntimeError as e:
        print(what, "RuntimeError", e)
