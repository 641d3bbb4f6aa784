# concurrent.futures holds its submodule _base from its import on; reading one of its executors
# imports that executor's submodule (thread, process), which the package then holds too, before
# the executor itself. Reading ProcessPoolExecutor starts no process: CPU work in this program
# still takes no time on the clock.
import concurrent.futures as cf
import sys
import time


def submodules():
    return sorted(k for k in sys.modules if k.startswith('concurrent.'))


def held():
    return [k for k in ('_base', 'thread', 'process', 'ThreadPoolExecutor', 'ProcessPoolExecutor') if k in vars(cf)]


print(submodules(), held())
print(cf._base.Future is cf.Future, cf._base.wait is cf.wait, cf._base.__name__)
pool_class = cf.ThreadPoolExecutor
print(submodules(), held())
print(cf.thread.ThreadPoolExecutor is pool_class)
start = time.monotonic()
process_pool_class = cf.ProcessPoolExecutor
print(submodules(), held())
print(cf.process.ProcessPoolExecutor is process_pool_class, process_pool_class.__module__)
names = list(vars(cf))
print(names[names.index('thread'):])
total = 0
for n in range(20000):
    total += n
with pool_class(max_workers=2) as pool:
    print(sorted(pool.map(abs, [-2, 1, -3])))
print(total, time.monotonic() - start)
