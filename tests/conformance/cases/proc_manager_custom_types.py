"""A BaseManager subclass sharing a program's own class (an inventory service) with worker
processes: the object lives in the manager's process, every method call is a round trip, and a
pool of workers reserves items concurrently."""
import multiprocessing as mp
from multiprocessing.managers import BaseManager
import time


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.orders = []

    def reserve(self, item, n, who):
        time.sleep(0.1)  # the manager's thread for this caller does the work
        have = self.stock.get(item, 0)
        if have < n:
            raise ValueError(f"{who}: only {have} {item} left")
        self.stock[item] = have - n
        self.orders.append((who, item, n))
        return self.stock[item]

    def snapshot(self):
        return dict(self.stock), list(self.orders)

    def _hidden(self):
        return "private"


class InventoryManager(BaseManager):
    pass


InventoryManager.register("Inventory", Inventory)


def customer(args):
    inv, name, item, n, delay = args
    time.sleep(delay)
    try:
        left = inv.reserve(item, n, name)
        return f"{name} got {n} {item} ({left} left) at {time.time():.1f}"
    except ValueError as e:
        return f"refused: {e}"


if __name__ == "__main__":
    with InventoryManager() as manager:
        inv = manager.Inventory({"apple": 5, "pear": 2})
        print(type(inv).__name__, repr(inv).split(" at ")[0], sorted(type(inv)._exposed_))
        orders = [(inv, "ann", "apple", 2, 0.0), (inv, "bob", "pear", 2, 0.01),
                  (inv, "cy", "apple", 2, 0.02), (inv, "dee", "pear", 1, 0.03),
                  (inv, "eve", "apple", 2, 0.04)]
        with mp.Pool(3) as pool:
            for line in pool.map(customer, orders):
                print(line)
        stock, done = inv.snapshot()
        print("stock:", stock, "orders:", sorted(done))
        try:
            inv._hidden()
        except AttributeError as e:
            print("AttributeError", e)
        print(manager.address is not None, mp.active_children()[0].name)
    print(f"total {time.time():.1f}s")
