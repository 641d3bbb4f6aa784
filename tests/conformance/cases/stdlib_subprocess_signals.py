# Signals to child processes: os.kill and Popen.send_signal/terminate/kill end a child with -N
# (a Python child, a shell, a program); the signals ignored by default leave it running; a child
# that has ended takes terminate() silently; a pid that is not there is ProcessLookupError.
import os
import signal
import subprocess
import sys
import time

p = subprocess.Popen([sys.executable, "-c", "import time; print('child up', flush=True); time.sleep(5); print('never')"],
                     stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
p.terminate()
print("python child:", p.wait(), p.stdout.read() == "")
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
os.kill(p.pid, signal.SIGCHLD)
os.kill(p.pid, signal.SIGWINCH)
os.kill(p.pid, 0)
print("still running:", p.poll())
print("ended:", p.communicate(b"fed after the signals"), p.returncode)
p = subprocess.Popen("sleep 3; echo late", shell=True, stdout=subprocess.PIPE)
time.sleep(0.1)
os.kill(p.pid, signal.SIGKILL)
print("shell:", p.wait(), p.stdout.read())
p = subprocess.Popen(["sleep", "5"])
os.kill(p.pid, signal.SIGTERM)
print("wait", p.wait())
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGUSR1)
print("wait", p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
p.terminate()
print("after the end:", p.returncode)
try:
    os.kill(999999, signal.SIGTERM)
except ProcessLookupError as e:
    print(type(e).__name__, e)
