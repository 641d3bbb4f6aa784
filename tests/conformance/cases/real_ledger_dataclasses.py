"""A double-entry ledger with dataclasses: frozen/slots/order, defaults, post-init, replace."""
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from enum import Enum


class Kind(Enum):
    ASSET = "asset"
    LIABILITY = "liability"
    INCOME = "income"
    EXPENSE = "expense"


@dataclass(frozen=True, slots=True, order=True)
class Account:
    code: int
    name: str = field(compare=False)
    kind: Kind = field(compare=False, default=Kind.ASSET)


@dataclass(slots=True)
class Posting:
    account: Account
    amount: Decimal

    def __post_init__(self):
        if not isinstance(self.amount, Decimal):
            self.amount = Decimal(str(self.amount))


@dataclass(order=True)
class Entry:
    day: date
    memo: str = field(compare=False)
    postings: list = field(default_factory=list, compare=False, repr=False)
    number: int = field(default=0, compare=True)

    def __post_init__(self):
        total = sum((p.amount for p in self.postings), Decimal(0))
        if total != 0:
            raise ValueError(f"entry {self.memo!r} does not balance: {total}")


CASH = Account(1000, "Cash")
BANK = Account(1010, "Bank")
LOAN = Account(2000, "Loan", Kind.LIABILITY)
SALES = Account(4000, "Sales", Kind.INCOME)
RENT = Account(5000, "Rent", Kind.EXPENSE)

journal = [
    Entry(date(2024, 1, 5), "loan received", [Posting(BANK, 5000), Posting(LOAN, -5000)], 1),
    Entry(date(2024, 1, 3), "cash sale", [Posting(CASH, "120.50"), Posting(SALES, "-120.50")], 2),
    Entry(date(2024, 1, 31), "rent", [Posting(RENT, 800), Posting(BANK, -800)], 3),
    Entry(date(2024, 1, 5), "card sale", [Posting(BANK, "99.99"), Posting(SALES, "-99.99")], 4),
]
try:
    Entry(date(2024, 2, 1), "typo", [Posting(CASH, 10), Posting(SALES, -1)])
except ValueError as e:
    print("rejected:", e)

balances = {}
for entry in sorted(journal):
    print(entry.day.isoformat(), f"#{entry.number}", entry.memo)
    for p in entry.postings:
        balances[p.account] = balances.get(p.account, Decimal(0)) + p.amount
for acct in sorted(balances):
    print(f"  {acct.code} {acct.name:<6} {acct.kind.value:<9} {balances[acct]:>9}")
print("sum of balances:", sum(balances.values()))

print(CASH, CASH == Account(1000, "Petty cash"), CASH < BANK)
try:
    CASH.name = "Money"
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    CASH.extra = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print("has __dict__:", hasattr(CASH, "__dict__"), Account.__slots__)
renamed = replace(CASH, name="Cash on hand")
print(renamed, hash(renamed) == hash(CASH))
print(asdict(journal[1])["postings"][0])
print(astuple(Posting(SALES, 1))[1])
print([f.name for f in fields(Entry)], [f.name for f in fields(Entry) if f.compare])
print(journal[0])
