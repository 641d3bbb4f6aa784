import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import ClassVar, List, Optional


@dataclass
class Base:
    id: int
    tags: List[str] = field(default_factory=list)


@dataclass
class Child(Base):
    name: str = 'child'
    extra: Optional[int] = None


c = Child(1, ['a'], 'c')
print(c, [f.name for f in fields(c)], asdict(c), astuple(c))
print(Child(2), Child(3) == Child(3), Child(3) == Base(3), Base(3) == Child(3))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3), Opts(level=1, verbose=True))
try:
    Opts(1)
except TypeError as e:
    print(e)


@dataclass(repr=False, eq=False)
class Plain:
    a: int

    def __repr__(self):
        return f'<Plain {self.a}>'


print(Plain(1), Plain(1) == Plain(1), hash(Plain(1)) != 0)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default='x', hash=False)


print(hash(Key(1, 'p')) == hash(Key(1, 'q')), {Key(1): 'one'}[Key(1)], Key(1) == Key(1, 'y'))


@dataclass
class Counter:
    count: int = 0
    total: ClassVar[int] = 0
    history: list = field(default_factory=list, repr=False, compare=False)

    def bump(self):
        self.count += 1
        Counter.total += 1
        self.history.append(self.count)
        return self

    @property
    def doubled(self):
        return self.count * 2


k = Counter().bump().bump()
print(k, k.doubled, Counter.total, k.history, k == Counter(2), [f.name for f in fields(Counter)])


@dataclass(frozen=True)
class FBase:
    x: int


@dataclass(frozen=True)
class FChild(FBase):
    y: int = 0


fc = FChild(1, 2)
print(fc, replace(fc, y=5), fc == FChild(1, 2), len({fc, FChild(1, 2)}))
try:
    @dataclass
    class Bad(FBase):
        z: int = 0
except TypeError as e:
    print(e)
try:
    replace(fc, z=1)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(FChild)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    pairs: tuple = ()

inv = Inventory({'a': [Base(1)]}, (Base(2), 3))
print(asdict(inv), astuple(inv))


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b'), Task(1, 'z')]
print(sorted(tasks), min(tasks), Task(1, 'x') == Task(1, 'y'), Task(1, 'x') <= Task(0, 'y'))
try:
    Task(1, 'a') < Base(1)
except TypeError as e:
    print(e)
print(dataclasses.is_dataclass(Task), Task.__match_args__, Task(5, 'n').__eq__(3))
match Task(2, 'two'):
    case Task(priority=2, name=n):
        print('matched', n)
