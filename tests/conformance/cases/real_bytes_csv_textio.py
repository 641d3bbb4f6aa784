# A report tool that gets CSV as bytes (as from a download or an upload), reads it through
# io.TextIOWrapper, and writes an Excel-friendly UTF-8 (with BOM) CSV back into memory.
import csv
import io
from decimal import Decimal

UPLOAD = "지점,월,매출\r\n서울,1,1200.50\r\n부산,1,830\r\n서울,2,990.25\r\n대구,2,400\r\n".encode("utf-8")

raw = io.BytesIO(UPLOAD)
text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
print(repr(text), text.encoding, isinstance(text, io.TextIOWrapper), type(text).__name__)
header = text.readline()
print(repr(header), text.tell())
totals = {}
for row in csv.DictReader(text, fieldnames=header.strip().split(",")):
    totals[row["지점"]] = totals.get(row["지점"], Decimal(0)) + Decimal(row["매출"])
print({k: str(v) for k, v in totals.items()})
text.seek(0)
print(sum(1 for _ in text), "lines; at", text.tell())

out = io.BytesIO()
report = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
w = csv.writer(report)
w.writerow(["branch", "total"])
for branch, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    w.writerow([branch, f"{total:,.2f}"])
print("before flush:", out.getvalue())
report.flush()
data = out.getvalue()
print(data[:3], len(data), data.decode("utf-8-sig").splitlines())

# Universal newlines when reading, translation when writing.
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"))
print(t.readlines())
crlf = io.TextIOWrapper(io.BytesIO(), newline="\r\n", line_buffering=True)
crlf.write("a\nb")
print(crlf.buffer.getvalue())
crlf.write("c\n")
print(crlf.buffer.getvalue(), crlf.tell())

# Reading part, then writing: the text read ahead is dropped, the write lands at the end.
rw = io.TextIOWrapper(io.BytesIO(b"abc\ndef"))
print(rw.read(2), rw.tell())
rw.write("Z")
print(rw.buffer.getvalue())
rw.flush()
print(rw.buffer.getvalue(), rw.tell())

big = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
big.write("x" * 9000)
big.write("y")
print(len(big.buffer.getvalue()), big.tell(), len(big.buffer.getvalue()))

buf = io.BytesIO()
with io.TextIOWrapper(buf, encoding="latin-1") as t2:
    t2.write("café\n")
    print(buf.getvalue())
print(buf.closed, t2.closed)
try:
    t2.read()
except ValueError as e:
    print("ValueError:", e)

t3 = io.TextIOWrapper(io.BytesIO(b"keep"))
inner = t3.detach()
print(inner.read())
try:
    t3.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.TextIOWrapper(io.BytesIO(b"\xff")).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print(io.TextIOWrapper(io.BytesIO(b"\xff"), errors="replace").read())
