"""Tutorial Barrier phases: three workers with seeded random sleeps meet at a Barrier with an action
three times; a Barrier whose wait times out breaks."""
import threading, time, random

random.seed(3)
N = 3
def phase_done():
    print(f'--- all arrived at {time.monotonic():.2f}')
barrier = threading.Barrier(N, action=phase_done)

def runner(i):
    for phase in range(3):
        d = round(random.uniform(0.1, 0.5), 2)
        time.sleep(d)
        print(f'{time.monotonic():.2f} worker {i} phase {phase} slept {d}')
        idx = barrier.wait()
        if idx == 0:
            print(f'worker {i} was index 0 in phase {phase}')

ts = [threading.Thread(target=runner, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(barrier.n_waiting, barrier.broken, barrier.parties)
b2 = threading.Barrier(2, timeout=0.2)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken', type(e).__name__, b2.broken, round(time.monotonic(), 2))
