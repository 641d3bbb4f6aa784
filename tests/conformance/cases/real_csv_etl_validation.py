"""ETL: read CSV, validate and transform, write JSON lines and a CSV summary, read them back."""
import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import date

RAW = """id;name;email;joined;plan;monthly
1;Ada Lovelace;ada@example.com;2023-02-11;pro;29.0
2;Alan Turing;alan@example;2023-05-01;free;0
3;Grace Hopper;grace@example.com;2022-12-31;team;99.5
4;;nobody@example.com;2024-01-01;pro;29.0
5;Edsger Dijkstra;edsger@example.com;2024-02-30;pro;29.0
6;Barbara Liskov;barbara@example.com;2021-07-19;team;99.5
"""


@dataclass
class Customer:
    id: int
    name: str
    email: str
    joined: date
    plan: str
    monthly: float


class Invalid(ValueError):
    pass


def parse(row):
    if not row["name"]:
        raise Invalid("missing name")
    if "." not in row["email"].split("@")[-1]:
        raise Invalid(f"bad email {row['email']!r}")
    try:
        joined = date.fromisoformat(row["joined"])
    except ValueError as e:
        raise Invalid(str(e)) from None
    return Customer(int(row["id"]), row["name"], row["email"], joined, row["plan"], float(row["monthly"]))


good, errors = [], []
for row in csv.DictReader(io.StringIO(RAW), delimiter=";"):
    try:
        good.append(parse(row))
    except Invalid as e:
        errors.append((row["id"], str(e)))
print(f"{len(good)} valid, {len(errors)} rejected")
for rid, msg in errors:
    print(f"  row {rid}: {msg}")

jsonl = io.StringIO()
for c in good:
    d = asdict(c)
    d["joined"] = c.joined.isoformat()
    jsonl.write(json.dumps(d, separators=(",", ":")) + "\n")
print(jsonl.getvalue(), end="")

summary = io.StringIO()
w = csv.writer(summary, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["plan", "customers", "mrr", "oldest"])
plans = sorted({c.plan for c in good})
for plan in plans:
    members = [c for c in good if c.plan == plan]
    oldest = min(members, key=lambda c: c.joined)
    w.writerow([plan, len(members), sum(c.monthly for c in members), oldest.name])
print(summary.getvalue(), end="")

back = [json.loads(line, object_hook=lambda d: {**d, "joined": date.fromisoformat(d["joined"])} if "joined" in d else d)
        for line in jsonl.getvalue().splitlines()]
print("round trip equal:", [Customer(**d) for d in back] == good)
tenure = {c.name.split()[0]: (date(2024, 6, 1) - c.joined).days for c in good}
print(json.dumps(tenure, sort_keys=True))
print(json.dumps({"total_mrr": sum(c.monthly for c in good), "plans": plans}, indent=1))
for rec in csv.reader(io.StringIO(summary.getvalue())):
    print(rec)
