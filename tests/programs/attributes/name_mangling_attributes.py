# Private name mangling for attributes: __x becomes _Class__x; getattr/setattr don't mangle.
class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1
    def balance(self):
        return self.__balance
    def deposit(self, amount):
        self.__balance += amount
        return self
    @classmethod
    def count(cls):
        return cls.__count

a = Account("ann", 10)
print(a.deposit(5).balance(), Account.count(), sorted(vars(a)))
print(a._Account__owner, a._Account__balance, Account._Account__count)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError", e)
print(getattr(a, "_Account__owner"), hasattr(a, "__owner"), hasattr(a, "_Account__owner"))
a.__owner = "outside"
print(sorted(vars(a)), a.__owner, a._Account__owner)

# Subclasses get their own mangled names.
class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "savings-private"
        self.__rate = rate
    def info(self):
        return (self.__balance, self.balance(), self.__rate)
s = Savings("bob", 100, 0.05)
print(s.info(), sorted(vars(s)))

# Dunder names (leading and trailing __) are not mangled; single underscore isn't either.
class Names:
    def __init__(self):
        self.__dunder__ = 1
        self._single = 2
        self.__private = 3
        self.__trailing_ = 4
print(sorted(vars(Names())))

# Mangling applies inside methods for getattr-like expressions only when written literally.
class Probe:
    def __init__(self):
        self.__hidden = "h"
    def literal(self):
        return self.__hidden
    def dynamic(self):
        return getattr(self, "__hidden", "not found by getattr")
p = Probe()
print(p.literal(), p.dynamic())

# Leading underscores in the class name are stripped for the mangled prefix.
class _Private:
    def __init__(self):
        self.__x = 1
class __Dunderish:
    def __init__(self):
        self.__y = 2
print(sorted(vars(_Private())), sorted(vars(__Dunderish())))

# Mangled method names.
class M:
    def __helper(self):
        return "helper"
    def call(self):
        return self.__helper()
print(M().call(), M()._M__helper(), sorted(k for k in vars(M) if "helper" in k))
