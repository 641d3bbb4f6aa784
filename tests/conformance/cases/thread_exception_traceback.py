"""A thread's uncaught exception reaches threading.excepthook with its traceback, whose frames
include threading.py's (_bootstrap_inner; Thread.run calling the target, Timer.run its function);
the default hook writes 'Exception in thread NAME:' and the traceback to sys.stderr as it is then
(redirect_stderr catches it), and a hook that raises is reported as 'Exception in
threading.excepthook:'. Library paths are cut to the file name (they differ by installation)."""
import contextlib
import io
import re
import threading
import time
import traceback


def tidy(text):
    text = re.sub(r'File "[^"]*/(threading\.py)"', r'File "\1"', text)
    return re.sub(r'File "[^"]*/([a-z_]+\.py)"', r'File "\1"', text)


def boom(n):
    time.sleep(0.01)
    raise ValueError(f'thread failed {n}')


class Worker(threading.Thread):
    def run(self):
        time.sleep(0.02)
        raise KeyError('in run')


def show(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is args.exc_value.__traceback__)
    print(tidy(''.join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))))


threading.excepthook = show
for t in [threading.Thread(target=boom, args=(1,)), Worker(name='worker'),
          threading.Timer(0.01, boom, args=(2,))]:
    t.start()
    t.join()
print(threading.__excepthook__ is not show)

threading.excepthook = threading.__excepthook__
captured = io.StringIO()
with contextlib.redirect_stderr(captured):
    t = threading.Thread(target=boom, args=(3,), name='default-hook')
    t.start()
    t.join()
print(tidy(captured.getvalue()))


def broken_hook(args):
    raise RuntimeError(f'hook broke on {args.exc_value!r}')


threading.excepthook = broken_hook
captured = io.StringIO()
with contextlib.redirect_stderr(captured):
    t = threading.Thread(target=lambda: 1 / 0, name='bad-hook')
    t.start()
    t.join()
print(tidy(captured.getvalue()))
print('main thread goes on', t.is_alive())
