class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"account {self.id} has {self.balance:.2f}, needs {amount:.2f}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = self._balance * self.rate
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)
    def total(self):
        return round(sum(a._balance for a in self.accounts.values()), 2)
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 250, rate=0.1)
carol = bank.open(Account, "carol")
bank.transfer(alice.id, carol.id, 40)
print(bob.add_interest(), bank.total())
operations = [(alice.id, bob.id, 100), (9, 1, 5), (bob.id, alice.id, 75.5), (carol.id, alice.id, -1)]
for src, dst, amount in operations:
    try:
        bank.transfer(src, dst, amount)
        print("ok", src, "->", dst, amount)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except LookupError as e:
        print("lookup:", e, e.__cause__, e.__suppress_context__)
    except ValueError as e:
        print("invalid:", e)
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct, acct.history)
print(bank.total(), isinstance(bob, Account), type(bob).__mro__[1].__name__)
