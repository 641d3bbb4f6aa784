# 3.14's asyncio call graphs: capture_call_graph, format_call_graph and print_call_graph show the
# current task's frames (sync functions between its coroutines included), another task's await
# chain, and who awaits each task (a task awaiting it, TaskGroup's parent, gather's and wait's
# caller, shield's). On 3.11-3.13 they do not exist. (The program's path is printed as FILE.)
import asyncio
import io


def show(text):
    print(text.replace(__file__, "FILE"))


def sync_helper():
    return asyncio.format_call_graph()


async def leaf(fut):
    show(asyncio.format_call_graph())
    out = io.StringIO()
    asyncio.print_call_graph(depth=2, file=out)
    show(out.getvalue())
    show(sync_helper())
    await fut


async def middle(fut):
    await leaf(fut)


async def wait_on(task):
    await task


async def child(fut):
    await fut
    graph = asyncio.capture_call_graph()
    print(type(graph).__name__, graph.future is asyncio.current_task(), len(graph.call_stack))
    print(graph.call_stack[0].frame.f_code.co_name, type(graph.call_stack[0]).__name__)
    show(asyncio.format_call_graph(limit=1))
    show(asyncio.format_call_graph(limit=0))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    worker = asyncio.create_task(middle(fut), name="worker")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(worker))
    waiter = asyncio.create_task(wait_on(worker), name="waiter")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(worker))
    print(worker._asyncio_awaited_by == {waiter}, fut._asyncio_awaited_by == {worker})
    fut.set_result(None)
    await waiter
    for how in ("taskgroup", "gather", "wait", "shield"):
        gate = loop.create_future()
        loop.call_later(0.1, gate.set_result, None)
        if how == "taskgroup":
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(gate), name="tg-child")
        elif how == "gather":
            await asyncio.gather(child(gate))
        elif how == "wait":
            await asyncio.wait([asyncio.create_task(child(gate), name="waited")])
        else:
            await asyncio.shield(asyncio.create_task(child(gate), name="shielded"))
    show(asyncio.format_call_graph(loop.create_future()))
    print(asyncio.capture_call_graph(worker).awaited_by, loop.create_future()._asyncio_awaited_by)


if not hasattr(asyncio, "capture_call_graph"):
    for name in ("capture_call_graph", "format_call_graph", "print_call_graph", "FutureCallGraph"):
        try:
            getattr(asyncio, name)
        except AttributeError as e:
            print("AttributeError:", e)
else:
    asyncio.run(main())
    try:
        asyncio.capture_call_graph()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.format_call_graph(42)
    except TypeError as e:
        print("TypeError:", e)
