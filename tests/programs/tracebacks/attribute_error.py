# An uncaught AttributeError on an instance attribute inside a method.
class Account:
    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return self.owner + " has " + str(self.balance)

acct = Account("ann")
print(acct.owner)
print(acct.describe())
