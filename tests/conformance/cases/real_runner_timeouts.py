"""A CLI-style tool that drives several phases with asyncio.Runner, sharing one loop and
one context, and bounds each phase with asyncio.timeout / timeout_at / wait_for."""
import asyncio
import contextvars

phase = contextvars.ContextVar("phase", default="boot")


async def step(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}:{seconds}"


async def warmup():
    phase.set("warmup")
    results = []
    async with asyncio.timeout(1.0) as cm:
        results.append(await step("cache", 0.3))
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        results.append(await step("index", 0.4))
    print("warmup", results, "expired:", cm.expired(), "when:", round(cm.when(), 2))
    return len(results)


async def migrate():
    phase.set("migrate")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.6
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(5):
                await step(f"batch{i}", 0.25)
                print(f"  batch {i} done at {loop.time():.2f}")
    except TimeoutError as exc:
        print("migrate timed out at", round(loop.time(), 2), type(exc.__cause__).__name__ if exc.__cause__ else None)
    try:
        await asyncio.wait_for(step("final", 2), timeout=0.1)
    except TimeoutError:
        print("final step too slow")
    return phase.get()


async def current_phase():
    return phase.get(), asyncio.get_running_loop().time()


def main():
    with asyncio.Runner() as runner:
        loop = runner.get_loop()
        print("loop running before run:", loop.is_running())
        print("warmup steps:", runner.run(warmup()))
        print("after warmup:", runner.run(current_phase()))
        print("migrate returned:", runner.run(migrate()))
        print("after migrate:", runner.run(current_phase()))
        ctx = contextvars.copy_context()
        print("ctx phase:", ctx.get(phase, "unset"), phase in ctx, len(ctx) >= 0)
    print("closed:", loop.is_closed())
    try:
        runner.run(current_phase())
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("fresh run:", asyncio.run(current_phase()))


main()
