from .. import rates as parent_rates
class Entry:
    def __init__(self, kind, amount):
        self.kind, self.amount = kind, amount
    def __repr__(self):
        return f"Entry({self.kind!r}, {self.amount})"
def parent_rate():
    return parent_rates.RATE
