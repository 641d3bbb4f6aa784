# An app that logs to size-rotated files on disk, then shows what is on disk.
import logging
import logging.handlers
import os

os.makedirs("logs", exist_ok=True)


def show(title):
    print(f"--- {title}")
    for name in sorted(os.listdir("logs")):
        with open(os.path.join("logs", name)) as f:
            lines = f.read().splitlines()
        print(f"{name:<14}{os.path.getsize(os.path.join('logs', name)):>4}B {lines}")


def make_logger(name, handler):
    handler.setFormatter(logging.Formatter("%(levelname).1s %(message)s"))
    log = logging.getLogger(name)
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    return log, handler


app, h = make_logger("app", logging.handlers.RotatingFileHandler("logs/app.log", maxBytes=40, backupCount=2))
for i in range(7):
    app.info("request %d served in %dms", i, 10 * i)
h.close()
show("app: 40 bytes, 2 backups")
print(h.baseFilename.endswith("logs/app.log"), h.mode, h.maxBytes, h.backupCount)

# A first message longer than maxBytes, to an empty file.
big, h2 = make_logger("big", logging.handlers.RotatingFileHandler("logs/big.log", mode="w", maxBytes=10, backupCount=1))
big.warning("this message is longer than ten bytes")
big.warning("second")
h2.close()
# One long record and nothing else: 3.11 and 3.12 roll the empty file over first, 3.13 does not.
huge, h5 = make_logger("huge", logging.handlers.RotatingFileHandler("logs/huge.log", maxBytes=10, backupCount=1))
huge.critical("a single record longer than the limit")
h5.close()
show("big: tiny maxBytes")

# namer and rotator: rotated files get a different name and an upper-cased copy.
h3 = logging.handlers.RotatingFileHandler("logs/audit.txt", maxBytes=30, backupCount=3, delay=True)
h3.namer = lambda default: default.replace(".txt", "") + ".old"
moves = []


def rotator(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    with open(src) as f:
        data = f.read()
    with open(dst, "w") as f:
        f.write(data.upper())
    os.remove(src)


h3.rotator = rotator
audit, _ = make_logger("audit", h3)
print("delay: file exists before first record?", os.path.exists("logs/audit.txt"))
for user in ["kim", "lee", "park", "choi", "jung"]:
    audit.error("login failed for %s", user)
h3.close()
print(moves)
show("audit with namer/rotator")

# No backups: a rollover just reopens the same file, which keeps growing.
h4 = logging.handlers.RotatingFileHandler("logs/nobak.log", maxBytes=25, backupCount=0)
nb, _ = make_logger("nb", h4)
for i in range(4):
    nb.debug("entry %d", i)
h4.close()
show("no backups")
print(h4.shouldRollover(logging.makeLogRecord({"msg": "x" * 40})), h4.stream is not None)
h4.close()
print(isinstance(h4, logging.FileHandler), logging.handlers.BaseRotatingHandler.namer)

import shutil

shutil.rmtree("logs")
print("cleaned up:", os.path.exists("logs"))
