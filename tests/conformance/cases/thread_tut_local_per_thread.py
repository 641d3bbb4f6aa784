"""Tutorial threading.local: each thread sees its own attributes (main's stay), vars() of the local
shows the running thread's."""
import threading, time

data = threading.local()
data.name = 'main'

def show():
    print(threading.current_thread().name, getattr(data, 'name', '<unset>'), getattr(data, 'count', None))

def worker(n):
    show()
    data.name = f'worker{n}'
    data.count = n
    time.sleep(0.1 * (3 - n))
    show()

ts = [threading.Thread(target=worker, args=(i,), name=f'T{i}') for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
show()
print(sorted(k for k in vars(data)))
print(threading.get_ident() == threading.main_thread().ident, threading.get_native_id() > 0)
