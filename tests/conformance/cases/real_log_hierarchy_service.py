"""An order service that logs the way production code does: a logger tree under "shop",
two handlers with their own levels and formats, a filter that adds a request id, and a
LoggerAdapter for per-connection context."""
import asyncio
import logging
import sys


class RequestIdFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.current = "-"

    def filter(self, record):
        record.request_id = self.current
        return True


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper() if record.levelno >= logging.ERROR else super().format(record)


request_filter = RequestIdFilter()

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s [%(request_id)s] %(message)s"))
console.addFilter(request_filter)

audit = logging.StreamHandler(sys.stdout)
audit.setLevel(logging.WARNING)
audit.setFormatter(Upper("AUDIT %(msecs)d ms %(name)s:%(funcName)s %(message)s"))

root = logging.getLogger("shop")
root.setLevel(logging.DEBUG)
root.addHandler(console)

payments = logging.getLogger("shop.payments")
payments.addHandler(audit)
inventory = logging.getLogger("shop.inventory")
inventory.setLevel(logging.WARNING)
quiet = logging.getLogger("shop.metrics")
quiet.propagate = False

STOCK = {"apple": 3, "pear": 0, "plum": 5}


async def reserve(item, qty):
    await asyncio.sleep(0.05)
    inventory.info("checking %s", item)  # filtered out by the level
    if STOCK.get(item, 0) < qty:
        inventory.warning("out of %s (have %d, want %d)", item, STOCK.get(item, 0), qty)
        return False
    STOCK[item] -= qty
    return True


async def charge(conn, amount):
    await asyncio.sleep(0.1)
    if amount > 20:
        conn.error("card declined for %.2f", amount)
        return False
    conn.info("charged %.2f", amount)
    return True


async def handle(order_id, item, qty, price):
    request_filter.current = f"req-{order_id}"
    conn = logging.LoggerAdapter(payments, {"request_id": f"req-{order_id}"})
    root.debug("order %s: %d x %s", order_id, qty, item)
    if not await reserve(item, qty):
        return "rejected"
    request_filter.current = f"req-{order_id}"
    ok = await charge(conn, qty * price)
    quiet.critical("never shown anywhere: %s", order_id)
    return "paid" if ok else "declined"


async def main():
    orders = [(1, "apple", 2, 4.5), (2, "pear", 1, 3.0), (3, "plum", 5, 5.0), (4, "apple", 1, 4.5)]
    results = []
    for order in orders:
        results.append(await handle(*order))
    root.info("results: %s", results)
    print("effective levels:", [logging.getLevelName(lg.getEffectiveLevel()) for lg in (root, payments, inventory)])
    print("handlers:", len(root.handlers), len(payments.handlers), payments.hasHandlers(), quiet.hasHandlers())


asyncio.run(main())
