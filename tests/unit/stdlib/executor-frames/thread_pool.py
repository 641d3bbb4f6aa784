import concurrent.futures as cf
import time
import traceback


def work(n):
    time.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f'bad {n}')
    return n


def show():
    traceback.print_exc()
    print('--')


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    waiting = ex.submit(work, 1)
    queued = ex.submit(work, 2)
    print(queued.cancel())
    try:
        waiting.result()
    except ValueError:
        show()
    try:
        waiting.result()
    except ValueError:
        show()
    try:
        queued.result()
    except cf.CancelledError:
        show()
    try:
        queued.exception()
    except cf.CancelledError:
        show()
    slow = ex.submit(work, 4)
    try:
        slow.result(timeout=0.05)
    except TimeoutError:
        show()
    try:
        slow.exception(timeout=0.05)
    except TimeoutError:
        show()
    try:
        for f in cf.as_completed([slow], timeout=0.05):
            pass
    except TimeoutError:
        show()
    try:
        for r in ex.map(work, [4, 2], timeout=0.05):
            pass
    except TimeoutError:
        show()
    for r in ex.map(work, [2, 3]):
        print(r)
