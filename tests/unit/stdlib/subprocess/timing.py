import subprocess, sys, threading, time
t0 = time.time()
def el(): return f'{time.time() - t0:.1f}'
r = subprocess.run('sleep 0.3; echo slept', shell=True, capture_output=True, text=True)
print(el(), r.stdout, end='')
try:
    subprocess.run('echo partial; sleep 2; echo never', shell=True, capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(el(), e, repr(e.output), repr(e.stderr))
p = subprocess.Popen([sys.executable, '-c', 'import time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.2)'], stdout=subprocess.PIPE, text=True)
print(p.poll())
for line in p.stdout:
    print(el(), 'got', line.strip())
print(p.wait(), el())
p = subprocess.Popen(['sleep', '1'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(el(), e)
p.terminate()
print(p.wait(), el())
p = subprocess.Popen(['sleep', '1m'])
p.kill()
print(p.wait(), el())
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(el(), e)
def worker(n):
    out = subprocess.check_output(f'sleep 0.{n}; echo w{n}', shell=True, text=True)
    print(el(), 'thread', out.strip())
ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
for t in ts: t.start()
for t in ts: t.join()
subprocess.run(['echo', 'inherited stdout'])
print(el(), 'end')
