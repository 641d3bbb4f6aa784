# multiprocessing's names, reprs and errors (CPython 3.13 prints the same but for its own cpu_count, pids
# and which pool worker takes which job).
import multiprocessing as mp, os, time
from concurrent.futures import ProcessPoolExecutor
def sq(x): return x*x
def who(x):
    return mp.current_process().name
def boom(x):
    raise ValueError('bad %d' % x)
def child():
    print('child', mp.current_process().name, mp.current_process().pid != os.getpid())
if __name__ == "__main__":
    print(mp.current_process(), mp.current_process().name)
    p = mp.Process(target=child)
    print(p, p.name, p.pid, p.exitcode, p.is_alive())
    p.start(); p.join()
    print(p.exitcode, p.is_alive(), repr(p)[:30])
    q = mp.Process(target=boom, args=(3,), name='Boomer'); q.start(); q.join(); print('exit', q.exitcode, q)
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(5)))
        print(sorted(set(pool.map(who, range(8)))))
        try: pool.map(lambda x: x, [1])
        except Exception as e: print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])
        r = pool.apply_async(boom, (1,))
        try: r.get()
        except Exception as e: print('apply', type(e).__name__, e)
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(sq, range(3))))
        print(sorted(set(ex.map(who, range(8)))))
        try: ex.submit(lambda: 1).result()
        except Exception as e: print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])
        f = ex.submit(boom, 2)
        try: f.result()
        except Exception as e: print('ppe', type(e).__name__, e)
        print(ex._max_workers)
    print(mp.cpu_count())
    print(mp.get_start_method())
