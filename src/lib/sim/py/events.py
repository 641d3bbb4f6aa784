# asyncio's get_running_loop() is native TypeScript; this alias is what the other parts call.
# Mirrors https://github.com/python/cpython/blob/3.13/Lib/asyncio/events.py

def _running_loop():
    return get_running_loop()
