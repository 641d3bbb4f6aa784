"""Tutorial multiprocessing: a shared Value incremented under get_lock() by three processes, Pool.map_async
with a callback, apply() re-raising a worker exception."""
import multiprocessing as mp, time
def add(counter, n):
    for _ in range(n):
        time.sleep(0.01)
        with counter.get_lock():
            counter.value += 1
def report(result):
    print('callback', result)
if __name__ == '__main__':
    c = mp.Value('i', 0)
    ps = [mp.Process(target=add, args=(c, 5)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(c.value, [p.exitcode for p in ps])
    with mp.Pool(2) as pool:
        r = pool.map_async(abs, [-1, -2, 3], callback=report)
        r.wait()
        print(r.get(), r.ready())
        try:
            pool.apply(divmod, (1, 0))
        except ZeroDivisionError as e:
            print('error', e)
