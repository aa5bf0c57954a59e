# A bank account ledger with classes, exceptions and formatting.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance:,.2f})"
    def __lt__(self, other):
        return self.balance < other.balance
accounts = [Account("ann", 100), Account("bob"), Account("cy", 2500.5)]
accounts[1].deposit(50).deposit(25.25)
for account, amount in [(accounts[0], 30), (accounts[1], 500), (accounts[2], 0.5)]:
    try:
        account.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e, e.needed)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("refused:", e)
for account in sorted(accounts, reverse=True):
    print(account, account.history)
print(max(accounts), min(accounts).owner, sum(a.balance for a in accounts))
print("{:<6}|{:>10}".format("owner", "balance"))
for a in accounts:
    print(f"{a.owner:<6}|{a.balance:>10.2f}")
