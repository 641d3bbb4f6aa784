# Private name mangling: inside a class (and the functions and lambdas in it) `__name` stands
# for `_Class__name` in attributes, variables, parameters, nested defs and except targets; a
# subclass's `__name` is its own; keyword arguments, dunder names and a class named only
# underscores are left alone; __name__ and __qualname__ keep the name as written.


class Account:
    __rate = 0.05

    def __init__(self, owner, __balance=100):
        self.owner = owner
        self.__balance = __balance

    def __interest(self):
        return self.__balance * Account.__rate

    def report(self):
        grow = lambda: self.__balance + self.__interest()
        try:
            raise ValueError("checked")
        except ValueError as __err:
            note = str(__err)
        return grow(), note, dict(__key=1)

    class __Ledger:
        def entries(self):
            return "ledger"

    def ledger(self):
        return self.__Ledger().entries(), self.__Ledger.__name__, self.__Ledger.__qualname__


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 50)
        self.__balance = "shadow"


class __(Account):
    def mark(self):
        self.__flag = True
        return sorted(vars(self))


a = Account("ann")
print(sorted(vars(a)), a.report(), a.ledger())
print(Account._Account__interest.__name__, Account._Account__interest.__qualname__)
print(sorted(k for k in vars(Account) if not k.endswith("__")))
s = Savings("sam")
print(sorted(vars(s)), s._Account__balance, s._Savings__balance)
print(__("x").mark())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    Account("bob", __balance=1)
except TypeError as e:
    print("TypeError:", e)


class Probe:
    def missing(self):
        return self.__nothing


try:
    Probe().missing()
except AttributeError as e:
    print("AttributeError:", e)
