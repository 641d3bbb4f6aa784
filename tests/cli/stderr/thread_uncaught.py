# A thread's uncaught exception as threading's default excepthook writes it: threading.py's
# frames (_bootstrap_inner, run; Timer.run), then the program's.
import threading


def fail(n):
    raise ValueError(f'worker {n} failed')


class Worker(threading.Thread):
    def run(self):
        {}['missing']


for t in [threading.Thread(target=fail, args=(1,)), Worker(name='worker'), threading.Timer(0.01, fail, args=(2,))]:
    t.start()
    t.join()
print('main goes on')
