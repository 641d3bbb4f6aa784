"""A loop that one thread runs, run again by another thread: the second run_forever fails with
'This event loop is already running' (in the thread's excepthook output). On 3.13 the failed run
cleans up after itself (its setup is inside the try): the loop then says it is not running and
closes while the first thread still runs it; 3.11 and 3.12 refuse to close a running loop."""
import asyncio, threading

loop = asyncio.new_event_loop()
a = threading.Thread(target=loop.run_forever, name='A', daemon=True)
a.start()
b = threading.Thread(target=loop.run_forever, name='B')
b.start()
b.join()
print('after B: running?', loop.is_running())
try:
    loop.close()
    print('closed', loop.is_closed())
except RuntimeError as e:
    print('close:', e)
try:
    loop.call_soon_threadsafe(loop.stop)
    a.join()
    print('A stopped:', not a.is_alive(), 'running?', loop.is_running())
    loop.close()
except RuntimeError as e:
    print('stop:', e)
print('A alive:', a.is_alive())
