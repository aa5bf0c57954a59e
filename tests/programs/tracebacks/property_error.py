# An error raised from a property getter.
class Account:
    def __init__(self):
        self.entries = []
    @property
    def average(self):
        return sum(self.entries) / len(self.entries)
acct = Account()
print(acct.average)
