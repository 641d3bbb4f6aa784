# os.kill of a child whose exit status was collected (Popen.wait/communicate, a with block, asyncio's
# child watcher) finds no process; Popen's own send_signal/terminate/kill after wait are silent.
import asyncio, os, signal, subprocess, sys


def popen_part():
    p = subprocess.Popen(['sleep', '5'])
    print('poll while running:', p.poll())
    os.kill(p.pid, 0)
    print('running child takes signal 0')
    p.terminate()
    os.kill(p.pid, 0)
    print('ended, not reaped: signal 0 still reaches it')
    print('wait:', p.wait())
    for sig in (0, signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(p.pid, sig)
        except ProcessLookupError as e:
            print('os.kill after wait:', sig, type(e).__name__, e, e.errno, e.strerror)
    p.send_signal(signal.SIGTERM)
    p.terminate()
    p.kill()
    print('send_signal/terminate/kill after wait are silent; returncode', p.returncode)

    q = subprocess.Popen(['python3', '-c', 'pass'])
    print('q wait:', q.wait())
    try:
        os.kill(q.pid, signal.SIGUSR1)
    except ProcessLookupError as e:
        print('reaped by poll/wait:', repr(e))

    r = subprocess.Popen(['echo', 'hi'], stdout=subprocess.PIPE)
    print('communicate:', r.communicate())
    try:
        os.kill(r.pid, 0)
    except OSError as e:
        print('reaped by communicate:', e.__class__.__name__, e.args)
    with subprocess.Popen(['true']) as s:
        pass
    try:
        os.kill(s.pid, 0)
    except ProcessLookupError:
        print('reaped by the with block')


async def asyncio_part():
    proc = await asyncio.create_subprocess_exec('sleep', '5')
    proc.terminate()
    print('asyncio wait:', await proc.wait())
    try:
        os.kill(proc.pid, 0)
    except ProcessLookupError as e:
        print('asyncio child reaped by the watcher:', e)
    try:
        proc.send_signal(signal.SIGTERM)
        print('asyncio send_signal after wait: silent')
    except ProcessLookupError as e:
        print('asyncio send_signal after wait:', repr(e))


popen_part()
# (3.11's child watcher is a thread: when its loop hears of the exit is the OS's choice.)
if sys.version_info >= (3, 12):
    asyncio.run(asyncio_part())
