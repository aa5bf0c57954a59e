"""Properties, a validating data descriptor, class and static methods,
and __slots__ classes: attribute access that goes through descriptors."""


class Positive:
    """A data descriptor that validates what is stored through it."""

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.slot)

    def __set__(self, instance, value):
        if value < 0:
            raise ValueError("negative")
        setattr(instance, self.slot, value)


class Account:
    balance = Positive()
    rate = Positive()

    def __init__(self, balance, rate):
        self.balance = balance
        self.rate = rate
        self._history = 0

    @property
    def interest(self):
        return self.balance * self.rate // 100

    @property
    def history(self):
        return self._history

    @history.setter
    def history(self, value):
        self._history = value

    @classmethod
    def opened(cls, amount):
        return cls(amount, 2)

    @staticmethod
    def fee(amount):
        return amount // 50


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y


def run(n):
    account = Account.opened(1000)
    v = Vector(3, 4)
    total = 0
    for i in range(n):
        account.balance = account.balance + i % 7
        total += account.interest + Account.fee(account.balance)
        account.history = account.history + 1
        v.x = i % 10
        total += v.length2 + v.y
    return total, account.history, account.balance


print(run(300_000))
