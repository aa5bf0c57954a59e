from .rates import interest_for
from ._ledger.entries import Entry
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.entries = []
    def deposit(self, amount):
        self.balance += amount
        self.entries.append(Entry("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amount}")
        self.balance -= amount
        self.entries.append(Entry("withdraw", amount))
    def add_interest(self):
        gained = interest_for(self.balance)
        self.deposit(gained)
        return gained
