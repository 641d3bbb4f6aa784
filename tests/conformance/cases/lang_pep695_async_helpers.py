# Generic async helpers written with PEP 695's syntax: a retrying wrapper over a ParamSpec, a
# gather of typed results, a TypeVarTuple, constraints; each definition makes its own TypeVars.
import asyncio
from collections.abc import Awaitable, Callable


def retry[**P, R](times: int) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    def wrap(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        async def run(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"attempt {attempt} of {fn.__name__} failed: {e}")
                    await asyncio.sleep(0.1 * attempt)
            raise RuntimeError(f"{fn.__name__} gave up")

        return run

    return wrap


calls = 0


@retry(3)
async def flaky(n: int) -> int:
    global calls
    calls += 1
    await asyncio.sleep(0.05)
    if calls < 3:
        raise ConnectionError(f"call {calls}")
    return n * 10


async def first_done[T](*aws: Awaitable[T]) -> T:
    done, pending = await asyncio.wait([asyncio.ensure_future(a) for a in aws], return_when=asyncio.FIRST_COMPLETED)
    for p in pending:
        p.cancel()
    return done.pop().result()


async def delayed[T](value: T, delay: float) -> T:
    await asyncio.sleep(delay)
    return value


def pair[*Ts](*args) -> tuple:
    return args


def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, x))


async def main():
    print(await flaky(4), calls)
    print(await first_done(delayed("slow", 0.3), delayed("fast", 0.1)))
    print(pair(1, "a"), clamp(15, 0, 10), clamp(-0.5, 0.0, 1.0))

    P, R = retry.__type_params__
    print(retry.__type_params__, type(P).__name__, type(R).__name__, P.args, P.kwargs)
    print(first_done.__type_params__, delayed.__type_params__)
    print(first_done.__type_params__[0] is delayed.__type_params__[0])
    print(first_done.__type_params__[0] == delayed.__type_params__[0])
    (Ts,) = pair.__type_params__
    print(Ts, type(Ts).__name__, Ts.__name__, pair.__annotations__)
    (N,) = clamp.__type_params__
    print(N.__constraints__, N.__bound__, clamp.__annotations__)
    print(asyncio.iscoroutinefunction(first_done), first_done.__name__, first_done.__qualname__)

    makers = []
    for i in range(2):
        def ident[T](x: T) -> T:
            return x
        makers.append(ident)
    a, b = (m.__type_params__[0] for m in makers)
    print(a, b, a is b, a.__name__ == b.__name__)


asyncio.run(main())
