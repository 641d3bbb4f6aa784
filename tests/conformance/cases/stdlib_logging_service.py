"""A small job service: workers pull jobs from a queue and log what they do.

Logging goes to stdout with the virtual clock in %(asctime)s and the asyncio task's name
in %(taskName)s; a failing job is logged with logger.exception and its traceback.
"""
import asyncio
import logging
import os
import random
import sys

LOG_FORMAT = "%(asctime)s [%(levelname)-7s] %(name)s (%(taskName)s) %(message)s"


class ShortPaths(logging.Formatter):
    """Tracebacks show the file's base name (CPython prints the full path)."""

    def formatException(self, ei):
        text = super().formatException(ei)
        lines = text.replace(__file__, os.path.basename(__file__)).splitlines()
        return "\n".join(line for line in lines if line.strip(" ~^"))


def setup_logging(level=logging.INFO):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(ShortPaths(LOG_FORMAT))
    app = logging.getLogger("jobs")
    app.setLevel(level)
    app.addHandler(handler)
    app.propagate = False
    return app


log = setup_logging()
worker_log = log.getChild("worker")


class JobFailed(Exception):
    pass


async def run_job(job_id, cost):
    await asyncio.sleep(cost)
    if job_id % 4 == 3:
        raise JobFailed(f"job {job_id} hit a bad record")
    return job_id * 10


async def worker(name, queue, results):
    worker_log.debug("%s ready", name)
    while True:
        job_id, cost = await queue.get()
        worker_log.info("picked job %d (cost %.2fs)", job_id, cost)
        try:
            results[job_id] = await run_job(job_id, cost)
        except JobFailed:
            worker_log.exception("job %d failed", job_id)
            results[job_id] = None
        else:
            worker_log.info("job %d done -> %s", job_id, results[job_id])
        finally:
            queue.task_done()


async def main():
    rng = random.Random(7)
    queue = asyncio.Queue()
    for job_id in range(8):
        queue.put_nowait((job_id, round(rng.uniform(0.1, 0.5), 2)))
    log.info("queued %d jobs", queue.qsize())

    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results), name=f"worker-{i}") for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    failed = sorted(j for j, r in results.items() if r is None)
    log.warning("finished: %d ok, %d failed %s", len(results) - len(failed), len(failed), failed)
    if failed:
        log.error("some jobs need a retry")
    log.debug("not shown at INFO")


asyncio.run(main())
