# A realistic delegating proxy with access control and an audit log.
class AuditedProxy:
    __slots__ = ("_target", "_log", "_readonly")
    def __init__(self, target, readonly=()):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
        object.__setattr__(self, "_readonly", frozenset(readonly))
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        if name in self._readonly:
            raise AttributeError(f"{name!r} is read-only through this proxy")
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
    def __repr__(self):
        return f"AuditedProxy({self._target!r})"

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ann", 10)
proxy = AuditedProxy(acct, readonly=("owner",))
print(proxy, proxy.owner, proxy.balance)
print(proxy.deposit(5), acct.balance)
proxy.balance = 100
print(acct)
try:
    proxy.owner = "mallory"
except AttributeError as e:
    print("AttributeError", e)
proxy.note = "added through proxy"
print(acct.note)
del proxy.note
print(hasattr(acct, "note"))
try:
    proxy.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del proxy.missing
except AttributeError as e:
    print("AttributeError", e)
for entry in proxy._log:
    print(entry)
print(hasattr(proxy, "__dict__"), type(proxy).__name__)

# Chained proxies.
inner = AuditedProxy(acct)
outer = AuditedProxy(inner)
print(outer.deposit(1), inner._log[-1], outer._log[-1])

# Proxy that wraps return values of methods.
class Upper:
    def __init__(self, wrapped):
        self._wrapped = wrapped
    def __getattr__(self, name):
        attr = getattr(self._wrapped, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                result = attr(*args, **kwargs)
                return result.upper() if isinstance(result, str) else result
            wrapper.__name__ = name
            return wrapper
        return attr
u = Upper("hello world")
print(u.title(), u.split(), u.count("o"), u.replace("world", "there"), u.upper.__name__)
try:
    u.nonexistent
except AttributeError as e:
    print("AttributeError", e)
