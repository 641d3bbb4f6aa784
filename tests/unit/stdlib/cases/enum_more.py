import asyncio
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    @property
    def active(self):
        return self is State.RUNNING

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Color(StrEnum):
    RED = auto()
    GREEN = 'g'


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


async def worker(name, state_log):
    state_log.append((name, State.RUNNING))
    await asyncio.sleep(0.5)
    state_log.append((name, State.DONE))


async def main():
    log = []
    await asyncio.gather(worker('a', log), worker('b', log))
    print(log)
    print([s.name for s in State], State.parse('done'), State.RUNNING.active, State(2), State['IDLE'].value)
    print(Level.MID > Level.LOW, Level.HIGH * 2, max(Level), Level(5), Level.MID == 5, sorted([Level.HIGH, Level.LOW]), list(Level)[-1])
    print(Color.RED, Color.GREEN.value, Color('g') is Color.GREEN, f'{Color.RED}-{Color.GREEN}', Color.RED.upper())
    rw = Perm.READ | Perm.WRITE
    print(rw, Perm.ALL, repr(Perm.ALL), Perm.WRITE in rw, Perm.EXEC in rw, list(Perm), Perm(0), bool(Perm(0)), len(Perm.ALL), list(rw))
    print({State.IDLE: 'i'}, State.IDLE in {State.IDLE}, len(State), State.DONE == State.DONE, State.DONE != State.IDLE)
    try:
        State(99)
    except ValueError as e:
        print(e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 2
            C = 1
            D = 2
    except ValueError as e:
        print(e)
    print(type(State.IDLE).__name__, State.IDLE.__class__ is State, isinstance(State.DONE, Enum), issubclass(Level, Enum), State.__name__)


asyncio.run(main())
