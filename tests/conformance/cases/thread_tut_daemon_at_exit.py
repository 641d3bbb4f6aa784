"""Tutorial daemon thread: a heartbeat daemon loops forever and is dropped at exit; a non-daemon job
finishes first."""
import threading, time

def heartbeat():
    n = 0
    while True:
        time.sleep(0.3)
        n += 1
        print(f'{time.monotonic():.1f} heartbeat {n}')

def job():
    time.sleep(0.7)
    print(f'{time.monotonic():.1f} job finished')

d = threading.Thread(target=heartbeat, daemon=True, name='hb')
j = threading.Thread(target=job)
d.start(); j.start()
print(d.daemon, j.daemon, d.is_alive())
print(sorted(t.name for t in threading.enumerate()))
time.sleep(1.0)
print(f'{time.monotonic():.1f} main exits; daemon alive {d.is_alive()}')
