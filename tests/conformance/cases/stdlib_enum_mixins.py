"""Enums with int/str bases in a job service: IntEnum/StrEnum/IntFlag members are real ints and strs
(json, isinstance, hashing as the value), a custom __new__ makes members, lookups do not rerun
__init__, pseudo-flags name their unknown bits, and 3.11's `in` takes members only."""
import asyncio
import json
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto


class Priority(IntEnum):
    LOW = 1
    HIGH = "3"


class State(StrEnum):
    QUEUED = auto()
    DONE = "Done"


class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Coin(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = 1, "penny"
    NICKEL = 5, "nickel"


class Step(Enum):
    def __new__(cls, doc):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.doc = doc
        return obj

    FETCH = "fetch the page"
    PARSE = "parse it"


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


async def job(name, prio):
    await asyncio.sleep(0.1 * (4 - prio))
    return {"job": name, "prio": prio, "state": State.DONE, "perm": Perm.READ | Perm.WRITE}


async def main():
    results = await asyncio.gather(job("a", Priority.LOW), job("b", Priority.HIGH))
    print(json.dumps(results))
    print(json.dumps({Priority.HIGH: 1, State.QUEUED: 2}))
    try:
        json.dumps({Priority.HIGH: 1, State.QUEUED: 2}, sort_keys=True)
    except TypeError as e:
        print("TypeError:", e)
    print(isinstance(Priority.LOW, int), isinstance(State.DONE, str), issubclass(Perm, int))
    print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW], {Priority.HIGH: "h"}[3])
    print(Priority.HIGH.value, type(Priority.HIGH.value).__name__, Priority.LOW.bit_length(), State.DONE.upper())
    print(str(Priority.HIGH), f"{Priority.LOW:>4}|", "%d %s" % (Priority.HIGH, State.QUEUED), str(State.DONE))
    print(repr(Perm.READ | 8), repr(Perm(8)), Perm(24).name, (Perm.READ | 8).name, str(Perm.READ | 8))
    print(Coin(5), repr(Coin.PENNY), Coin.PENNY.label, Coin.NICKEL + 1, isinstance(Coin.PENNY, int))
    print(list(Step), Step(2).doc, Planet((3.303e23, 2.4397e6)), Planet.EARTH.radius)
    print(repr(Enum), repr(Flag), type(Enum).__name__, Priority.__mro__)
    print(Perm(3) in Perm, Perm.EXEC in Perm)
    try:
        print(2 in Priority)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Priority()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
