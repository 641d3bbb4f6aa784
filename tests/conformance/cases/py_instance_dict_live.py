import asyncio


class Config:
    def __init__(self, **options):
        self.name = "default"
        self.__dict__.update(options)

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))


class Job:
    pass


async def run_job(job, delay):
    await asyncio.sleep(delay)
    job.__dict__["done"] = True
    return job


async def main():
    c = Config(retries=3, timeout=0.5)
    print(c.retries, c.timeout, c.name, c.describe())
    d = c.__dict__
    d["name"] = "svc"
    del d["timeout"]
    print(c.name, hasattr(c, "timeout"), d is c.__dict__ or d == c.__dict__, vars(c) == d)
    c.extra = 1
    print(sorted(d), len(d), "extra" in d, d.get("extra"))
    snapshot = dict(c.__dict__)
    copy = c.__dict__.copy()
    c.retries = 9
    print(snapshot["retries"], copy["retries"], d["retries"], c.__dict__.pop("extra"), hasattr(c, "extra"))
    vars(c).setdefault("owner", "ops")
    print(c.owner, list(vars(c)))
    try:
        for k in c.__dict__:
            c.__dict__["k_" + k] = 1
    except RuntimeError as e:
        print("RuntimeError", e)
    c.__dict__.clear()
    print(vars(c), hasattr(c, "name"))
    jobs = [Job() for _ in range(3)]
    for i, j in enumerate(jobs):
        j.__dict__.update(id=i, done=False)
    done = await asyncio.gather(*(run_job(j, 0.1 * (3 - j.id)) for j in jobs))
    print([(j.id, j.done) for j in done])


asyncio.run(main())
