# With origin tracking on, a coroutine never awaited warns with where it was made: "Coroutine
# created at (most recent call last)", its frames outermost first with their lines; then the
# tracemalloc hint, as for any coroutine never awaited.
import sys


async def work():
    return 1


def make():
    return work()


def setup():
    c = make()
    c = None
    print("dropped")


sys.set_coroutine_origin_tracking_depth(2)
setup()
sys.set_coroutine_origin_tracking_depth(1)
make()
print("end")
