# run: python
# What crosses between processes is pickled: a lambda or a local function cannot be (CPython 3.13 agrees).
from multiprocessing import Pool, Process, Queue
from concurrent.futures import ProcessPoolExecutor

def make_adder(k):
    def add(x):
        return x + k
    return add

def square(x):
    return x * x

if __name__ == "__main__":
    with Pool(2) as pool:
        for fn in (square, lambda x: x, make_adder(1)):
            try:
                print(pool.map(fn, [1, 2]))
            except Exception as e:
                print(type(e).__name__, str(e).split(" at 0x")[0])
    q = Queue()
    data = {"xs": [1, 2]}
    q.put(data)
    got = q.get()
    got["xs"].append(3)
    print(got, got is data, data)
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(square, 7)
        print(f.result())
        try:
            ex.submit(lambda: 0).result()
        except Exception as e:
            print(type(e).__name__)
