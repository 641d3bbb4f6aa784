# create_eager_task_factory with a Task subclass: the factory calls the subclass with
# eager_start=True, and the subclass's own __init__ runs first.
import asyncio


class LoggedTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        print("LoggedTask init, eager_start =", eager_start)
        super().__init__(coro, loop=loop, name=name, context=context, eager_start=eager_start)
        print("LoggedTask made", self.get_name(), "done:", self.done())

    def describe(self):
        return f"{type(self).__name__}({self.get_name()})"


async def step(n):
    print("step", n, "in", type(asyncio.current_task()).__name__)
    if n % 2:
        await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.create_eager_task_factory(LoggedTask))
    tasks = [asyncio.create_task(step(n)) for n in range(3)]
    print([t.describe() for t in tasks])
    print([isinstance(t, asyncio.Task) for t in tasks])
    print(await asyncio.gather(*tasks))


asyncio.run(main())
