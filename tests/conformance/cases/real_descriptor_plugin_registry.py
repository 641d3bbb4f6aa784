"""A plugin framework: handlers register themselves through __init_subclass__, their settings
are validated by descriptors that learn their names from __set_name__, and an async
dispatcher routes events to them."""
import asyncio


class Field:
    def __init__(self, kind, *, default=None, minimum=None):
        self.kind, self.default, self.minimum = kind, default, minimum

    def __set_name__(self, owner, name):
        self.public, self.private = name, "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public}={value} is below {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"Field({self.kind.__name__}, default={self.default!r})"


class Handler:
    registry = {}
    retries = Field(int, default=0, minimum=0)
    delay = Field(float, default=0.1, minimum=0.0)

    def __init_subclass__(cls, /, event=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if event is None:
            return
        if event in Handler.registry:
            raise KeyError(f"duplicate handler for {event!r}")
        Handler.registry[event] = cls
        cls.event = event

    def __init__(self, **settings):
        for k, v in settings.items():
            setattr(self, k, v)

    async def __call__(self, payload):
        await asyncio.sleep(self.delay)
        return self.handle(payload)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"


class Abstract(Handler):
    pass


class SignupHandler(Handler, event="signup"):
    def handle(self, payload):
        return f"welcome {payload['user']}"


class RefundHandler(Handler, event="refund"):
    threshold = Field(int, default=100)

    def handle(self, payload):
        return "manual review" if payload["amount"] > self.threshold else "auto refund"


try:
    class Duplicate(Handler, event="signup"):
        pass
except KeyError as exc:
    print("rejected class:", exc)


async def dispatch(events):
    instances = {"signup": SignupHandler(), "refund": RefundHandler(delay=0.05, threshold=50)}
    results = await asyncio.gather(*(instances[name](payload) for name, payload in events))
    return results, instances


async def main():
    print(sorted(Handler.registry), SignupHandler.event, "event" in vars(Abstract))
    print(Handler.retries, RefundHandler._fields)
    results, inst = await dispatch([("signup", {"user": "ann"}), ("refund", {"amount": 20}), ("refund", {"amount": 75})])
    print(results)
    print(inst)
    for bad in ({"retries": -1}, {"delay": 1}, {"retries": 2}):
        try:
            print("ok:", SignupHandler(**bad))
        except (TypeError, ValueError) as exc:
            print(type(exc).__name__, exc)
    print(vars(inst["refund"]), asyncio.get_running_loop().time())


asyncio.run(main())
