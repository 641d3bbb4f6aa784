"""Tutorial threading.Timer: timers with args/kwargs, one cancelled before it fires; a repeating timer
subclass built on finished.wait(interval)."""
import threading, time

def ring(msg):
    print(f'{time.monotonic():.2f} ring: {msg}')

t1 = threading.Timer(0.5, ring, args=('half second',))
t2 = threading.Timer(1.0, ring, kwargs={'msg': 'one second'})
t3 = threading.Timer(0.3, ring, args=('cancelled',))
for t in (t1, t2, t3):
    t.start()
t3.cancel()
print('timers started', t1.name, t1.daemon, t3.is_alive())
t1.join(); t2.join(); t3.join()
print(f'{time.monotonic():.2f} all done', t3.finished.is_set())

class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)

count = 0
def tick():
    global count
    count += 1
    print(f'{time.monotonic():.2f} tick {count}')
r = Repeater(0.2, tick)
r.start()
time.sleep(0.9)
r.cancel()
r.join()
print('ticks', count)
