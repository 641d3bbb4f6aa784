# Process.terminate() and kill(): the child ends where it is (its finally block does not run), with
# exit code -15 or -9, which its repr names by the signal; an ended child keeps its exit code; an
# unstarted one has nothing to signal.
import multiprocessing as mp
import re
import time


def sleeper(label):
    print(label, 'started', flush=True)
    try:
        time.sleep(5)
    finally:
        print(label, 'finally ran', flush=True)


def quick():
    pass


def shown(p):
    return re.sub(r' (pid|parent)=\d+', '', repr(p))


if __name__ == '__main__':
    t0 = time.monotonic()
    p = mp.Process(target=sleeper, args=('terminated',))
    p.start()
    time.sleep(0.2)
    print('alive before:', p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print('after terminate:', p.is_alive(), p.exitcode, shown(p))
    k = mp.Process(target=sleeper, args=('killed',), name='victim')
    k.start()
    time.sleep(0.2)
    k.kill()
    k.join()
    print('after kill:', k.exitcode, shown(k))
    done = mp.Process(target=quick)
    done.start()
    done.join()
    done.terminate()
    print('ended first:', done.exitcode, shown(done))
    for method in ('terminate', 'kill'):
        try:
            getattr(mp.Process(target=quick), method)()
        except AttributeError as e:
            print(method, 'unstarted:', e)
    print('elapsed', round(time.monotonic() - t0, 1))
