"""A legacy blocking sensor driver runs in its own thread and hands readings to the asyncio
side with call_soon_threadsafe; the loop asks the thread for calibration through
run_coroutine_threadsafe's opposite (a concurrent Future wrapped for await), and a Timer thread
raises an alarm."""
import asyncio
import threading
import time
from concurrent.futures import Future


class SensorDriver(threading.Thread):
    def __init__(self, loop, queue, readings):
        super().__init__(name="sensor-driver", daemon=True)
        self.loop, self.queue, self.readings = loop, queue, readings
        self.stop_event = threading.Event()
        self.calibration = Future()

    def run(self):
        offset = self.calibration.result(timeout=5)
        for i, raw in enumerate(self.readings):
            if self.stop_event.wait(0.2):
                break
            value = round(raw + offset, 2)
            self.loop.call_soon_threadsafe(self.queue.put_nowait, (i, value, threading.current_thread().name))
        self.loop.call_soon_threadsafe(self.queue.put_nowait, None)


async def calibrate(driver):
    await asyncio.sleep(0.3)
    driver.calibration.set_result(-0.5)
    return "calibrated"


async def remote_check(value):
    await asyncio.sleep(0.05)
    return value < 30


def alarm(loop, flagged):
    fut = asyncio.run_coroutine_threadsafe(remote_check(max(flagged, default=0)), loop)
    print(f"{time.monotonic():.2f} alarm thread asks the loop: safe={fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    driver = SensorDriver(loop, queue, [21.0, 22.5, 35.25, 23.0, 40.0, 22.0])
    driver.start()
    print(await calibrate(driver), "at", loop.time())
    flagged = []
    timer = threading.Timer(1.0, alarm, args=(loop, flagged))
    timer.start()
    while (item := await queue.get()) is not None:
        i, value, who = item
        print(f"{loop.time():.2f} reading {i} = {value} from {who}")
        if value > 30:
            flagged.append(value)
        if len(flagged) == 2:
            driver.stop_event.set()
    await asyncio.to_thread(timer.join)
    await asyncio.to_thread(driver.join, 1)
    print("flagged:", flagged, "driver alive:", driver.is_alive(), f"end {loop.time():.2f}")


asyncio.run(main())
