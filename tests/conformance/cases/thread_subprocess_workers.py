# Threads that run child processes: each blocks on its child while the others go on.
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = {}
lock = threading.Lock()

def worker(n):
    time.sleep(0.1 * n)
    out = subprocess.check_output([sys.executable, '-c', f'print({n} * {n})'], text=True)
    with lock:
        results[n] = int(out)
    print(f'worker {n} got {out.strip()} at {time.time():.1f}')

threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

def shell(cmd):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return r.returncode, r.stdout

with ThreadPoolExecutor(max_workers=2) as ex:
    for code, out in ex.map(shell, ['echo a', 'exit 3', 'printf "%s\\n" x y', 'false || echo recovered']):
        print(code, repr(out))

def failing():
    try:
        subprocess.run(['python3', '-c', 'import sys; sys.exit(4)'], check=True)
    except subprocess.CalledProcessError as e:
        print('thread caught:', e)

t = threading.Thread(target=failing)
t.start()
t.join()
print('done at', time.time() > 0)
