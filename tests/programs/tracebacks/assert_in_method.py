# A failing assert with a message inside a method called from a loop.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        assert amount <= self.balance, f"insufficient funds: {self.balance} < {amount}"
        self.balance -= amount
acct = Account(10)
for amount in [3, 4, 5]:
    acct.withdraw(amount)
    print("balance", acct.balance)
